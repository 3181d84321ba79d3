package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Where text lands on the page: tabs, indents after line breaks, alignment, line spacing. */
class ParagraphLayoutTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata(null, null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "layout");
    /** The left margin of the Party page set-up used by {@link RawDocx}: 30 mm. */
    private static final float LEFT_MARGIN = 85.05f;
    private static final float RIGHT_EDGE = 595.3f - 42.5f;

    @Test
    void lastLineOfAJustifiedParagraphKeepsNaturalWordSpacingWhileTheLinesAboveFillTheWidth() {
        String text = "Năm 2023, Ban Thường vụ Huyện ủy đã tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các mục "
                + "tiêu, nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh cuối cùng";
        PdfInspection pdf = convert("<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t>" + text
                + "</w:t></w:r></w:p>");

        // 14 pt Liberation Serif: a space is 3.5 pt wide
        assertThat(pdf.left(1, "cùng") - pdf.right(1, "cuối")).isCloseTo(3.5f, within(0.05f));
        assertThat(pdf.left(1, "2023,") - pdf.right(1, "Năm")).isGreaterThan(3.6f);
        assertThat(pdf.right(1, "thắng")).isLessThan(RIGHT_EDGE + 0.1f);
    }

    @Test
    void tabGoesToTheNextDefaultStopEveryHalfInch() {
        PdfInspection pdf = convert("<w:p><w:r><w:t>Số</w:t></w:r><w:r><w:tab/><w:t>125-BC/HU</w:t></w:r></w:p>");

        assertThat(pdf.left(1, "125-BC/HU")).isCloseTo(LEFT_MARGIN + 36f, within(0.5f));
    }

    @Test
    void tabGoesToACustomStopOrTheHangingIndent() {
        String customStop = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"4536\"/></w:tabs></w:pPr>"
                + "<w:r><w:t>Nơi nhận:</w:t><w:tab/><w:t>Thành ủy</w:t></w:r></w:p>";
        String hanging = "<w:p><w:pPr><w:ind w:left=\"567\" w:hanging=\"567\"/></w:pPr>"
                + "<w:r><w:t>1.</w:t><w:tab/><w:t>Mục đầu</w:t></w:r></w:p>";

        PdfInspection pdf = convert(customStop + hanging);

        assertThat(pdf.left(1, "Thành ủy")).isCloseTo(LEFT_MARGIN + 226.8f, within(0.5f));
        assertThat(pdf.left(1, "Mục đầu")).isCloseTo(LEFT_MARGIN + 28.35f, within(0.5f));
    }

    @Test
    void linesAfterALineBreakStartAtTheLeftIndentNotTheFirstLineIndent() {
        PdfInspection pdf = convert("<w:p><w:pPr><w:ind w:left=\"283\" w:firstLine=\"567\"/></w:pPr>"
                + "<w:r><w:t>Dòng đầu</w:t><w:br/><w:t>Dòng sau</w:t></w:r></w:p>");

        assertThat(pdf.left(1, "Dòng đầu")).isCloseTo(LEFT_MARGIN + 14.15f + 28.35f, within(0.5f));
        assertThat(pdf.left(1, "Dòng sau")).isCloseTo(LEFT_MARGIN + 14.15f, within(0.5f));
        assertThat(pdf.baseline(1, "Dòng sau") - pdf.baseline(1, "Dòng đầu")).isCloseTo(16.1f, within(0.1f));
    }

    @Test
    void centredAndRightAlignedTextSitsBetweenTheMargins() {
        PdfInspection pdf = convert("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>GIỮA</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>PHẢI</w:t></w:r></w:p>");

        float middle = (pdf.left(1, "GIỮA") + pdf.right(1, "GIỮA")) / 2;
        assertThat(middle).isCloseTo((LEFT_MARGIN + RIGHT_EDGE) / 2, within(0.5f));
        assertThat(pdf.right(1, "PHẢI")).isCloseTo(RIGHT_EDGE, within(0.5f));
    }

    @Test
    void exactAndMultipleLineSpacingSetTheDistanceBetweenBaselines() {
        String exact = "<w:p><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr>"
                + "<w:r><w:t>Một</w:t><w:br/><w:t>Hai</w:t></w:r></w:p>";
        String oneAndHalf = "<w:p><w:pPr><w:spacing w:line=\"360\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:r><w:t>Ba</w:t><w:br/><w:t>Bốn</w:t></w:r></w:p>";

        PdfInspection pdf = convert(exact + oneAndHalf);

        assertThat(pdf.baseline(1, "Hai") - pdf.baseline(1, "Một")).isCloseTo(28f, within(0.1f));
        assertThat(pdf.baseline(1, "Bốn") - pdf.baseline(1, "Ba")).isCloseTo(1.5f * 16.1f, within(0.2f));
    }

    /**
     * The baseline lies where LibreOffice puts it (measured there with 14 pt Times New Roman): under the line gap
     * and the ascent in single spacing (56.7 pt margin + 0.59 + 12.47), at four fifths of an exact line, under the
     * extra space of an at-least line.
     */
    @Test
    void baselinesLieInTheLineWhereLibreOfficePutsThem() {
        String exact = "<w:p><w:pPr><w:spacing w:line=\"360\" w:lineRule=\"exact\"/></w:pPr>"
                + "<w:r><w:t>Chính xác</w:t></w:r></w:p>";
        String atLeast = "<w:p><w:pPr><w:spacing w:line=\"480\" w:lineRule=\"atLeast\"/></w:pPr>"
                + "<w:r><w:t>Tối thiểu</w:t></w:r></w:p>";

        PdfInspection pdf = convert(RawDocx.paragraph("Đầu trang") + exact + RawDocx.paragraph("Sau một")
                + atLeast + RawDocx.paragraph("Sau hai"));

        assertThat(pdf.baseline(1, "Đầu trang")).isCloseTo(69.8f, within(0.1f));
        // the single line's descent and gap (3.6 pt) and four fifths of 18 pt
        assertThat(pdf.baseline(1, "Chính xác") - pdf.baseline(1, "Đầu trang")).isCloseTo(17.4f, within(0.1f));
        // a fifth of 18 pt, then the gap and ascent
        assertThat(pdf.baseline(1, "Sau một") - pdf.baseline(1, "Chính xác")).isCloseTo(16.7f, within(0.1f));
        assertThat(pdf.baseline(1, "Tối thiểu") - pdf.baseline(1, "Sau một")).isCloseTo(24f, within(0.1f));
    }

    private static PdfInspection convert(String body) {
        return new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf());
    }
}
