package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.awt.Color;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Paragraph borders and shading. RawDocx pages: A4, left margin 85.05 pt, right margin 42.5 pt. */
class ParagraphBoxTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Khung", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "boxes");
    private static final float LEFT_MARGIN = 85.05f;
    private static final float RIGHT_EDGE = 595.3f - 42.5f;
    private static final Color RED = new Color(0xFF0000);
    private static final Color YELLOW = new Color(0xFFFF00);

    @Test
    void bottomBorderIsALineUnderTheTextBetweenTheIndents() {
        String body = "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"1\" w:color=\"FF0000\"/>"
                + "</w:pBdr><w:ind w:left=\"2000\" w:right=\"2000\"/><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p>" + paragraph("Sau đường kẻ.");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area line = pdf.areaOfColour(1, RED);

        assertThat(result.warnings()).isEmpty();
        assertThat(line).isNotNull();
        assertThat(line.left()).isCloseTo(LEFT_MARGIN + 100f, within(1f));
        assertThat(line.right()).isCloseTo(RIGHT_EDGE - 100f, within(1f));
        assertThat(line.bottom() - line.top()).isCloseTo(1.5f, within(0.6f));
        assertThat(line.top()).isGreaterThan(pdf.baseline(1, "ĐẢNG"))
                .isLessThan(pdf.baseline(1, "Sau đường kẻ.") - 10f);
    }

    @Test
    void theBorderAndItsDistanceFromTheTextPushTheNextParagraphDown() {
        String plain = paragraph("Trên") + paragraph("Dưới");
        String bordered = "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"4\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"2\"/></w:pBdr></w:pPr>"
                + "<w:r><w:t>Trên</w:t></w:r></w:p>" + paragraph("Dưới");

        PdfInspection without = new PdfInspection(CONVERTER.convert(RawDocx.withBody(plain), META).pdf());
        PdfInspection with = new PdfInspection(CONVERTER.convert(RawDocx.withBody(bordered), META).pdf());

        assertThat(with.baseline(1, "Trên") - without.baseline(1, "Trên")).isCloseTo(5f, within(0.2f));
        assertThat(with.baseline(1, "Dưới") - without.baseline(1, "Dưới")).isCloseTo(8f, within(0.2f));
        assertThat(with.left(1, "Trên")).isCloseTo(without.left(1, "Trên"), within(0.1f));
    }

    /**
     * In a document whose settings ask for HTML paragraph spacing (LibreOffice writes such settings), the space
     * between a paragraph and a bordered one is the larger of the two spaces, as between plain paragraphs
     * (measured in LibreOffice: 20 pt after and 10 pt before give 20 pt above the border).
     */
    @Test
    void theSpaceAboveABorderedParagraphCollapsesLikeThatOfAnyParagraph() {
        String above = "<w:p><w:pPr><w:spacing w:after=\"400\"/></w:pPr><w:r><w:t>Trên</w:t></w:r></w:p>";
        String plain = above + "<w:p><w:pPr><w:spacing w:before=\"200\"/></w:pPr><w:r><w:t>Khung</w:t></w:r></w:p>";
        String boxed = above + "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"4\"/></w:pBdr>"
                + "<w:spacing w:before=\"200\"/></w:pPr><w:r><w:t>Khung</w:t></w:r></w:p>";
        var settings = java.util.Map.of("settings.xml", new RawDocx.Part(("<w:settings xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:compat/></w:settings>").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "settings",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"));

        PdfInspection without = new PdfInspection(CONVERTER.convert(RawDocx.withBodyAndParts(plain, settings), META)
                .pdf());
        PdfInspection with = new PdfInspection(CONVERTER.convert(RawDocx.withBodyAndParts(boxed, settings), META)
                .pdf());

        assertThat(without.baseline(1, "Khung") - without.baseline(1, "Trên")).isCloseTo(16.1f + 20f, within(0.1f));
        // the border (1 pt) and its distance from the text (4 pt) come on top
        assertThat(with.baseline(1, "Khung") - without.baseline(1, "Khung")).isCloseTo(5f, within(0.2f));
    }

    @Test
    void shadingFillsTheParagraphBetweenTheIndentsAndKeepsTheText() {
        String body = paragraph("Trước.") + "<w:p><w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFF00\"/>"
                + "<w:ind w:left=\"567\"/></w:pPr><w:r><w:t>Đoạn có nền vàng.</w:t></w:r></w:p>" + paragraph("Sau.");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area fill = pdf.areaOfColour(1, YELLOW);

        assertThat(result.warnings()).isEmpty();
        assertThat(fill).isNotNull();
        assertThat(fill.left()).isCloseTo(LEFT_MARGIN + 28.35f, within(0.5f));
        assertThat(fill.right()).isCloseTo(RIGHT_EDGE, within(0.5f));
        assertThat(pdf.left(1, "Đoạn")).isCloseTo(LEFT_MARGIN + 28.35f, within(0.5f));
        assertThat(pdf.baseline(1, "Đoạn")).isBetween(fill.top(), fill.bottom());
        assertThat(fill.top()).isGreaterThan(pdf.baseline(1, "Trước."));
        assertThat(fill.bottom()).isLessThan(pdf.baseline(1, "Sau."));
    }

    @Test
    void bordersFromTheParagraphStyleAreDrawn() {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Boxed\"><w:name w:val=\"Boxed\"/><w:pPr><w:pBdr>"
                + "<w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"FF0000\"/>"
                + "<w:left w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"FF0000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"FF0000\"/>"
                + "<w:right w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"FF0000\"/>"
                + "</w:pBdr><w:ind w:left=\"1134\" w:right=\"1134\"/></w:pPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Boxed\"/></w:pPr><w:r><w:t>Trong khung.</w:t></w:r></w:p>";

        PdfResult result = CONVERTER.convert(RawDocx.withBodyAndStyles(body, styles), META);
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area box = pdf.areaOfColour(1, RED);

        assertThat(result.warnings()).isEmpty();
        assertThat(box.left()).isCloseTo(LEFT_MARGIN + 56.7f - 5f, within(1f));
        assertThat(box.right()).isCloseTo(RIGHT_EDGE - 56.7f + 5f, within(1f));
        assertThat(pdf.left(1, "Trong")).isCloseTo(LEFT_MARGIN + 56.7f, within(0.5f));
        assertThat(pdf.baseline(1, "Trong")).isBetween(box.top(), box.bottom());
    }
}
