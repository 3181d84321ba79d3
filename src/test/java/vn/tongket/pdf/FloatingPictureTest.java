package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Floating pictures ({@code wp:anchor}): placed where the document says, over the text when they do not wrap it,
 * in a band of their own above their paragraph when they do. The picture is 50 × 25 pt; the page A4 with a 3 cm
 * left and 2 cm top margin.
 */
class FloatingPictureTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Hình nổi", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "floats");
    private static final float LEFT_MARGIN = 85.05f;
    private static final float TOP_MARGIN = 56.7f;
    private static final float TEXT_WIDTH = 595.3f - 85.05f - 42.5f;

    @Test
    void pictureWithoutWrappingIsDrawnAtItsPlaceOnThePageAndLeavesTheTextWhereItWas() throws Exception {
        String anchored = anchor("wrapNone", "page", "<wp:posOffset>1270000</wp:posOffset>", "page",
                "<wp:posOffset>2540000</wp:posOffset>");
        PdfResult result = convert("<w:p>" + anchored + "<w:r><w:t>Chữ đầu trang</w:t></w:r></w:p>");
        PdfInspection plain = new PdfInspection(CONVERTER.convert(
                RawDocx.withBody(RawDocx.paragraph("Chữ đầu trang")), META).pdf());

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area picture = pdf.areaOfColour(1, Color.BLUE);
        assertThat(picture.left()).isCloseTo(100f, within(0.5f));
        assertThat(picture.top()).isCloseTo(200f, within(0.5f));
        assertThat(picture.right() - picture.left()).isCloseTo(50f, within(0.5f));
        assertThat(pdf.baseline(1, "Chữ đầu trang")).isCloseTo(plain.baseline(1, "Chữ đầu trang"), within(0.01f));
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    @Test
    void pictureAnchoredToItsParagraphWithoutWrappingFollowsTheParagraph() {
        String anchored = anchor("wrapNone", "margin", "<wp:posOffset>254000</wp:posOffset>", "paragraph",
                "<wp:posOffset>127000</wp:posOffset>");
        String body = RawDocx.paragraph("Đoạn trước.").repeat(10) + "<w:p>" + anchored
                + "<w:r><w:t>Đoạn có hình</w:t></w:r></w:p>";

        PdfInspection pdf = new PdfInspection(convert(body).pdf());

        PdfInspection.Area picture = pdf.areaOfColour(1, Color.BLUE);
        // ten lines of 16.1 pt above the paragraph, then 10 pt down from its top; 20 pt right of the margin
        assertThat(picture.top()).isCloseTo(TOP_MARGIN + 10 * 16.1f + 10f, within(0.6f));
        assertThat(picture.left()).isCloseTo(LEFT_MARGIN + 20f, within(0.5f));
    }

    @Test
    void pictureThatWrapsTextTakesABandAboveItsParagraphAtItsOffsetAndAlignment() {
        String anchored = anchor("wrapTopAndBottom", "margin", "<wp:align>center</wp:align>", "paragraph",
                "<wp:posOffset>127000</wp:posOffset>");
        String body = RawDocx.paragraph("Đoạn trước.") + "<w:p>" + anchored
                + "<w:r><w:t>Đoạn sau hình</w:t></w:r></w:p>";

        PdfResult result = convert(body);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area picture = pdf.areaOfColour(1, Color.BLUE);
        assertThat(picture.left()).isCloseTo(LEFT_MARGIN + (TEXT_WIDTH - 50f) / 2, within(0.6f));
        assertThat(picture.top()).isCloseTo(TOP_MARGIN + 16.1f + 10f, within(0.6f));
        assertThat(pdf.baseline(1, "Đoạn sau hình")).isGreaterThan(picture.bottom());
        assertThat(pdf.baseline(1, "Đoạn trước.")).isLessThan(picture.top());
    }

    @Test
    void theDistanceBelowAWrappingPictureKeepsTheTextAwayFromIt() {
        String anchored = anchor("wrapTopAndBottom", "margin", "<wp:posOffset>0</wp:posOffset>", "paragraph",
                "<wp:posOffset>0</wp:posOffset>").replace("distB=\"0\"", "distB=\"127000\"");

        PdfInspection pdf = new PdfInspection(convert("<w:p>" + anchored + "<w:r><w:t>Chữ</w:t></w:r></w:p>").pdf());

        PdfInspection.Area picture = pdf.areaOfColour(1, Color.BLUE);
        assertThat(picture.top()).isCloseTo(TOP_MARGIN, within(0.6f));
        // 10 pt below the picture, then the line gap and ascent of the text
        assertThat(pdf.baseline(1, "Chữ")).isCloseTo(picture.bottom() + 10f + 13.06f, within(0.6f));
    }

    @Test
    void squareWrappingAndPagePlacementOfAWrappingPictureAreApproximatedAndReported() {
        String anchored = anchor("wrapSquare wrapText=\"bothSides\"", "page", "<wp:posOffset>1270000</wp:posOffset>",
                "page", "<wp:posOffset>2540000</wp:posOffset>");

        PdfResult result = convert("<w:p>" + anchored + "<w:r><w:t>Chữ</w:t></w:r></w:p>");

        assertThat(result.warnings()).containsExactly(
                "paragraph 1: text wrapping around a floating picture drawn as top and bottom wrapping",
                "paragraph 1: floating picture placed relative to the page with text wrapping drawn above its "
                        + "paragraph instead");
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area picture = pdf.areaOfColour(1, Color.BLUE);
        assertThat(picture.top()).isCloseTo(TOP_MARGIN, within(0.6f));
        assertThat(pdf.baseline(1, "Chữ")).isGreaterThan(picture.bottom());
    }

    private static PdfResult convert(String body) {
        return CONVERTER.convert(PictureTest.withImage(body, PictureTest.png(Color.BLUE)), META);
    }

    /** A 50 × 25 pt floating picture of image rId2. */
    static String anchor(String wrap, String horizontalFrom, String horizontal, String verticalFrom,
                         String vertical) {
        return PictureTest.picture("rId2", 635_000, 317_500)
                .replace("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">",
                        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\""
                                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                                + "<wp:simplePos x=\"0\" y=\"0\"/>"
                                + "<wp:positionH relativeFrom=\"" + horizontalFrom + "\">" + horizontal
                                + "</wp:positionH><wp:positionV relativeFrom=\"" + verticalFrom + "\">" + vertical
                                + "</wp:positionV>")
                .replace("<wp:docPr", "<wp:" + wrap + "/><wp:docPr")
                .replace("</wp:inline>", "</wp:anchor>");
    }
}
