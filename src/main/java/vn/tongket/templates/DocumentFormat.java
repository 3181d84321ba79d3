package vn.tongket.templates;

/**
 * The page and type rules of an official document format, in one place. {@link #PARTY} follows the Central Party
 * Office's guidance (Hướng dẫn 36-HD/VPTW): A4, margins 20/20/30/15 mm, Times New Roman 14 pt. A state format
 * (Nghị định 30/2020) would be another constant.
 *
 * <p>Lengths are in twentieths of a point (twips), sizes in points.
 */
public record DocumentFormat(
        String font,
        int pageWidth, int pageHeight,
        int marginTop, int marginBottom, int marginLeft, int marginRight, int headerDistance,
        int bodySize, int nationalTitleSize, int documentTypeSize, int recipientsSize, int pageNumberSize,
        int firstLineIndent, int spacingAfter, int lineSpacing240ths,
        int headerLeftWidth, int headerRightWidth) {

    public static final DocumentFormat PARTY = new DocumentFormat(
            "Times New Roman",
            11906, 16838,
            1134, 1134, 1701, 850, 567,
            14, 15, 16, 12, 14,
            567, 120, 264,
            4500, 4855);

    /** The width of the text between the margins. */
    public int textWidth() {
        return pageWidth - marginLeft - marginRight;
    }
}
