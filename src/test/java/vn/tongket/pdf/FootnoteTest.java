package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Footnotes ({@code w:footnoteReference}, {@code footnotes.xml}): numbered in reading order, drawn at the foot of
 * the page where their mark lands, under a short separator line, the last note ending on the bottom margin, and
 * the body text kept clear of them. RawDocx pages: A4, 2 cm bottom margin (785.2 pt from the top).
 */
class FootnoteTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Chú thích", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "notes");
    private static final float BOTTOM_LIMIT = 841.9f - 56.7f;

    @Test
    void notesAreNumberedAndDrawnAtTheFootOfThePageOfTheirMark() throws Exception {
        String body = "<w:p><w:r><w:t>Số liệu năm 2023</w:t></w:r>" + reference(2) + "<w:r><w:t>, năm 2024</w:t></w:r>"
                + reference(3) + "<w:r><w:t>.</w:t></w:r></w:p>";

        PdfResult result = CONVERTER.convert(withNotes(body), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.words(1)).contains("Số liệu năm 20231, năm 20242.", "1 Theo báo cáo số 215/BC-TNMT.",
                "2 Số liệu ước tính.");
        // 10 pt notes: the second one's descent (2.2 pt) ends on the bottom margin, the first 11.5 pt above it
        assertThat(pdf.baseline(1, "Số liệu ước tính.")).isCloseTo(BOTTOM_LIMIT - 2.16f, within(0.3f));
        assertThat(pdf.baseline(1, "Theo báo cáo")).isCloseTo(BOTTOM_LIMIT - 2.16f - 11.49f, within(0.3f));
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    @Test
    void theBodyEndsAboveTheNotesOfItsPage() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 44; i++) {
            lines.append(RawDocx.paragraph("Dòng " + i + "."));
        }
        String body = "<w:p><w:r><w:t>Có chú thích</w:t></w:r>" + reference(2) + "</w:p>" + lines;

        PdfInspection with = new PdfInspection(CONVERTER.convert(withNotes(body), META).pdf());
        PdfInspection without = new PdfInspection(CONVERTER.convert(RawDocx.withBody(RawDocx.paragraph(
                "Có chú thích") + lines), META).pdf());

        // 45 lines fill a page; the note (11.5 pt) and its separator (6.2 pt) take the room of one more
        assertThat(without.words(1)).contains("Dòng 44.");
        assertThat(with.words(1)).contains("Dòng 43.", "1 Theo báo cáo số 215/BC-TNMT.").doesNotContain("Dòng 44.");
        assertThat(with.words(2)).startsWith("Dòng 44.").doesNotContain("Theo báo cáo");
    }

    @Test
    void aReferenceToAMissingNoteIsNamed() {
        PdfResult result = CONVERTER.convert(withNotes("<w:p><w:r><w:t>Chữ</w:t></w:r>" + reference(9) + "</w:p>"),
                META);

        assertThat(result.warnings()).containsExactly(
                "paragraph 1: footnote 9 not rendered: the document has no such footnote");
    }

    private static String reference(int id) {
        return "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"" + id
                + "\"/></w:r>";
    }

    /** The body with a footnotes part as LibreOffice writes it: two separators, then notes 2 and 3. */
    private static byte[] withNotes(String body) {
        String notes = "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:footnote w:id=\"0\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\" w:type=\"continuationSeparator\"><w:p><w:r><w:continuationSeparator/>"
                + "</w:r></w:p></w:footnote>" + note(2, "Theo báo cáo số 215/BC-TNMT.") + note(3, "Số liệu ước tính.")
                + "</w:footnotes>";
        Map<String, RawDocx.Part> parts = new LinkedHashMap<>();
        parts.put("footnotes.xml", new RawDocx.Part(notes.getBytes(StandardCharsets.UTF_8), "footnotes",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"));
        return RawDocx.withBodyAndParts(body, parts);
    }

    private static String note(int id, String text) {
        return "<w:footnote w:id=\"" + id + "\"><w:p><w:pPr><w:ind w:left=\"340\" w:hanging=\"340\"/></w:pPr>"
                + "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val=\"20\"/>"
                + "</w:rPr><w:tab/><w:t>" + text + "</w:t></w:r></w:p></w:footnote>";
    }
}
