package vn.tongket.pdf;

/**
 * Where a floating graphic ({@code wp:anchor}) goes. Offsets are in points; an alignment, when given, replaces the
 * offset on its axis.
 *
 * @param inFlow           true when the graphic takes a band of the text column of its own, above its paragraph
 *                         (top-and-bottom wrapping; square and tight wrapping are drawn that way too); false when it
 *                         is drawn over or under the text without moving it (no wrapping)
 * @param behindText       whether it is drawn under the text ({@code behindDoc})
 * @param horizontalFrom   what the horizontal offset is measured from
 * @param horizontalAlign  "left", "center", "right" (also "inside", "outside"), or null to use {@code x}
 * @param x                distance of the left edge from the left edge of the reference
 * @param verticalFrom     what the vertical offset is measured from
 * @param verticalAlign    "top", "center", "bottom", or null to use {@code y}
 * @param y                distance of the top edge below the top of the reference
 * @param gapBelow         for a graphic that wraps text: the room kept free below it ({@code distB} and the
 *                         bottom of {@code wp:effectExtent})
 * @param spaceAbove       the space after the paragraph before the graphic's paragraph, which LibreOffice puts
 *                         between the graphic and the text again when the graphic pushes the text down
 * @param allowOverlap     whether it may overlap another floating graphic ({@code allowOverlap}); when not, a
 *                         graphic that wraps text goes below an earlier one of its paragraph that it would overlap
 */
record FloatPlacement(boolean inFlow, boolean behindText, HorizontalFrom horizontalFrom, String horizontalAlign,
                      float x, VerticalFrom verticalFrom, String verticalAlign, float y, float gapBelow,
                      float spaceAbove, boolean allowOverlap) {

    FloatPlacement withSpaceAbove(float space) {
        return new FloatPlacement(inFlow, behindText, horizontalFrom, horizontalAlign, x, verticalFrom, verticalAlign,
                y, gapBelow, space, allowOverlap);
    }

    /** The page edge, or the margin (column, character and the other references are taken as the margin). */
    enum HorizontalFrom { PAGE, MARGIN }

    /** The page edge, the top margin, or the top of the paragraph the graphic is anchored in (and its line). */
    enum VerticalFrom { PAGE, MARGIN, PARAGRAPH }

    /** The left edge, in points from the left edge of the page. */
    float left(float width, PageSetup page) {
        float referenceLeft = horizontalFrom == HorizontalFrom.PAGE ? 0f : page.marginLeft();
        float referenceWidth = horizontalFrom == HorizontalFrom.PAGE ? page.width() : page.textWidth();
        if (horizontalAlign == null) {
            return referenceLeft + x;
        }
        return switch (horizontalAlign) {
            case "center" -> referenceLeft + (referenceWidth - width) / 2f;
            case "right", "outside" -> referenceLeft + referenceWidth - width;
            default -> referenceLeft;
        };
    }

    /** The top edge, in points down from the top edge of the page, for a page or margin reference. */
    float top(float height, PageSetup page) {
        float referenceTop = verticalFrom == VerticalFrom.PAGE ? 0f : page.marginTop();
        float referenceHeight = verticalFrom == VerticalFrom.PAGE ? page.height()
                : page.height() - page.marginTop() - page.marginBottom();
        if (verticalAlign == null) {
            return referenceTop + y;
        }
        return switch (verticalAlign) {
            case "center" -> referenceTop + (referenceHeight - height) / 2f;
            case "bottom", "outside" -> referenceTop + referenceHeight - height;
            default -> referenceTop;
        };
    }
}
