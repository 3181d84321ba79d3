package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.pdf.RawDocx.filler;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where paragraphs break across pages: widow and orphan control (on unless turned off, as in Word), keep lines
 * together, keep with next; widow control at every page end a long paragraph crosses. The page holds 45
 * single-spaced 14 pt lines (16.1 pt each in 728.5 pt).
 */
class PageBreakRulesTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Ngắt trang", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "breaks");
    private static final String WIDOW_CONTROL_OFF = "<w:widowControl w:val=\"0\"/>";

    @Test
    void orphanControlMovesAParagraphWhoseFirstLineAloneWouldEndThePage() {
        String lines = filler(44);

        PdfInspection controlled = convert(lines + paragraph("", "Dòng A", "Dòng B", "Dòng C"));
        PdfInspection uncontrolled = convert(lines + paragraph(WIDOW_CONTROL_OFF, "Dòng A", "Dòng B", "Dòng C"));

        assertThat(controlled.words(1)).doesNotContain("Dòng A");
        assertThat(controlled.words(2)).startsWith("Dòng A Dòng B Dòng C");
        assertThat(uncontrolled.words(1)).contains("Dòng A").doesNotContain("Dòng B");
    }

    @Test
    void widowControlTakesALineMoreToTheNextPageSoThatTheLastLineIsNotAlone() {
        String lines = filler(42);

        PdfInspection controlled = convert(lines + paragraph("", "Dòng A", "Dòng B", "Dòng C", "Dòng D"));
        PdfInspection uncontrolled = convert(lines + paragraph(WIDOW_CONTROL_OFF, "Dòng A", "Dòng B", "Dòng C",
                "Dòng D"));

        assertThat(controlled.words(1)).contains("Dòng A Dòng B").doesNotContain("Dòng C");
        assertThat(controlled.words(2)).startsWith("Dòng C Dòng D");
        assertThat(uncontrolled.words(1)).contains("Dòng A Dòng B Dòng C").doesNotContain("Dòng D");
    }

    @Test
    void aThreeLineParagraphThatWouldLeaveAWidowMovesWhole() {
        PdfInspection pdf = convert(filler(43) + paragraph("", "Dòng A", "Dòng B", "Dòng C"));

        assertThat(pdf.words(1)).doesNotContain("Dòng A");
        assertThat(pdf.words(2)).startsWith("Dòng A Dòng B Dòng C");
    }

    @Test
    void keepLinesTogetherMovesTheWholeParagraph() {
        String kept = "<w:keepLines/>" + WIDOW_CONTROL_OFF;

        PdfInspection pdf = convert(filler(41) + paragraph(kept, "Dòng A", "Dòng B", "Dòng C", "Dòng D", "Dòng E"));

        assertThat(pdf.words(1)).doesNotContain("Dòng A");
        assertThat(pdf.words(2)).startsWith("Dòng A Dòng B Dòng C Dòng D Dòng E");
    }

    @Test
    void headingThatKeepsWithNextNeedsTwoLinesOfTheNextParagraphUnderWidowControl() {
        String heading = "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:t>TIÊU ĐỀ</w:t></w:r></w:p>";

        PdfInspection pdf = convert(filler(43) + heading + paragraph("", "Dòng A", "Dòng B", "Dòng C"));

        assertThat(pdf.words(1)).doesNotContain("TIÊU ĐỀ");
        assertThat(pdf.words(2)).startsWith("TIÊU ĐỀ Dòng A Dòng B Dòng C");
    }

    /**
     * A line with 1.15 line spacing stays on the page while its font's descent is above the bottom margin, and
     * the extra spacing below it may reach into the margin (LibreOffice does the same with these two documents:
     * after 39 single lines, the fifth line of the paragraph fits with 10 pt before the paragraph and goes to the
     * next page with 11.4 pt, though its extra spacing would still fit in the margin).
     */
    @Test
    void aLineStaysOnThePageWhileItsDescentIsAboveTheMargin() {
        String oneFifteen = "<w:spacing w:line=\"276\" w:lineRule=\"auto\" w:before=\"%d\"/>" + WIDOW_CONTROL_OFF;

        PdfInspection fits = convert(filler(39) + paragraph(oneFifteen.formatted(200), "Dòng A", "Dòng B", "Dòng C",
                "Dòng D", "Dòng E"));
        PdfInspection cut = convert(filler(39) + paragraph(oneFifteen.formatted(228), "Dòng A", "Dòng B", "Dòng C",
                "Dòng D", "Dòng E"));

        assertThat(fits.pageCount()).isEqualTo(1);
        assertThat(cut.words(1)).contains("Dòng D").doesNotContain("Dòng E");
        assertThat(cut.words(2)).startsWith("Dòng E");
    }

    @Test
    void paragraphThatFitsIsNotMoved() {
        PdfInspection pdf = convert(filler(42) + paragraph("", "Dòng A", "Dòng B", "Dòng C"));

        assertThat(pdf.pageCount()).isEqualTo(1);
    }

    @Test
    void widowControlHoldsAtEveryPageEndThatALongParagraphCrosses() {
        String start = filler(40);
        // the shortest paragraph that, without widow control, starts on page 1 and runs onto page 3 (one line)
        int low = 100;
        int high = 3000;
        while (low < high) {
            int middle = (low + high) / 2;
            if (convert(start + longParagraph(WIDOW_CONTROL_OFF, middle)).pageCount() >= 3) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        PdfInspection uncontrolled = convert(start + longParagraph(WIDOW_CONTROL_OFF, low));
        PdfInspection controlled = convert(start + longParagraph("", low));

        assertThat(uncontrolled.pageCount()).isEqualTo(3);
        assertThat(lines(uncontrolled, 3)).containsExactly("từ" + low + ".");
        assertThat(lines(controlled, 1)).hasSize(45);
        assertThat(lines(controlled, 2)).hasSize(lines(uncontrolled, 2).size() - 1);
        assertThat(lines(controlled, 3)).hasSize(2).last().isEqualTo(lines(uncontrolled, 3).getFirst());
        assertThat(lines(controlled, 3).getFirst()).isEqualTo(lines(uncontrolled, 2).getLast());
    }

    @Test
    void aDocumentWithoutParagraphDefaultsHasNoWidowControlAsInLibreOffice() {
        String body = filler(42) + paragraph("", "Dòng A", "Dòng B", "Dòng C", "Dòng D");

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(RawDocx.withBodyWithoutParagraphDefaults(body), META)
                .pdf());

        assertThat(pdf.words(1)).contains("Dòng A Dòng B Dòng C").doesNotContain("Dòng D");
        assertThat(pdf.words(2)).startsWith("Dòng D");
    }

    private static List<String> lines(PdfInspection pdf, int page) {
        return Arrays.stream(pdf.text(page).strip().split("\\R")).map(String::strip).toList();
    }

    /** One paragraph of {@code words} words "từ1 từ2 …", the last ending with a full stop. */
    private static String longParagraph(String properties, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            text.append(i > 1 ? " " : "").append("từ").append(i);
        }
        return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t>" + text + ".</w:t></w:r></w:p>";
    }

    private static PdfInspection convert(String body) {
        return new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf());
    }
}
