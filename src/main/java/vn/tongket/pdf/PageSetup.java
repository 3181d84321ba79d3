package vn.tongket.pdf;

/**
 * The page set-up of a section ({@code w:sectPr}), in points.
 *
 * @param headerDistance  distance from the top edge of the page to the top of the header
 * @param footerDistance  distance from the bottom edge of the page to the bottom of the footer
 * @param titlePage       whether the first page has its own header and footer ({@code w:titlePg})
 * @param firstPageNumber the number of the section's first page ({@code w:pgNumType/@w:start}), or null when the
 *                        numbering goes on from the section before (from 1 in the first section)
 */
record PageSetup(float width, float height, float marginTop, float marginBottom, float marginLeft,
                 float marginRight, float headerDistance, float footerDistance, boolean titlePage,
                 Integer firstPageNumber) {

    /** The smallest text area, in points each way, that the converter lays text into. */
    private static final float MIN_TEXT_EXTENT_PT = 36f;

    /** The text width between the margins. */
    float textWidth() {
        return width - marginLeft - marginRight;
    }

    /** Whether the page size and margins leave room for at least a small block of text. */
    boolean leavesRoomForText() {
        return textWidth() >= MIN_TEXT_EXTENT_PT && height - marginTop - marginBottom >= MIN_TEXT_EXTENT_PT;
    }
}
