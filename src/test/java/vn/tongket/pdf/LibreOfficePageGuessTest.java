package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.pdf.RawDocx.filler;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Keep with next where LibreOffice's page guess at load decides it ({@link LibreOfficePageGuess}): the documents
 * have fewer than 100 paragraphs, so LibreOffice first puts 25 on each page. The page holds 45 single-spaced 14 pt
 * lines; every document has 44 lines of text, a heading that keeps with the next paragraph on line 45, and a
 * four-line paragraph after it. Only where the heading is the 25th paragraph and the one after it the 26th does
 * LibreOffice leave the heading alone at the foot of the page (each outcome measured in LibreOffice 7.4's PDF).
 */
class LibreOfficePageGuessTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Trang", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "guess");

    @Test
    void aHeadingThatEndsAGuessedPageStaysAloneAtTheFootOfThePage() {
        PdfInspection pdf = convert(20, 4);

        assertThat(pdf.words(1)).endsWith("Tiêu đề");
        assertThat(pdf.words(2)).startsWith("Dòng A Dòng B");
    }

    @Test
    void aHeadingThatStartsAGuessedPageGoesWithTheNextParagraph() {
        PdfInspection pdf = convert(19, 6);

        assertThat(pdf.words(1)).doesNotContain("Tiêu đề");
        assertThat(pdf.words(2)).startsWith("Tiêu đề Dòng A Dòng B");
    }

    @Test
    void aHeadingOnTheSamePageGuessAsTheNextParagraphGoesWithIt() {
        PdfInspection pdf = convert(21, 2);

        assertThat(pdf.words(1)).doesNotContain("Tiêu đề");
        assertThat(pdf.words(2)).startsWith("Tiêu đề Dòng A Dòng B");
    }

    @Test
    void theGuessCountsATableAsItsRowsAndStartsAPageAfterTwentyFiveParagraphs() throws Exception {
        String table = "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid>"
                + "<w:gridCol w:w=\"5000\"/></w:tblGrid>" + "<w:tr><w:tc><w:p/></w:tc></w:tr>".repeat(3) + "</w:tbl>";
        String body = paragraph("1") + table + paragraph("5").repeat(21) + paragraph("26");
        DocumentModel model = DocxReader.read(DocxPackage.read(RawDocx.withBody(body)), new Warnings());

        LibreOfficePageGuess guess = LibreOfficePageGuess.of(model.sections());

        assertThat(guess.page(0)).isEqualTo(1);
        assertThat(guess.page(1)).isEqualTo(1);
        assertThat(guess.page(22)).isEqualTo(1);
        assertThat(guess.page(23)).isEqualTo(2);
    }

    /**
     * {@code twoLine} paragraphs of two lines and {@code oneLine} of one (44 lines: 2 × twoLine + oneLine = 44), the
     * heading, and a four-line paragraph.
     */
    private static PdfInspection convert(int twoLine, int oneLine) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= twoLine; i++) {
            body.append(paragraph("", "Đoạn " + i + " dòng 1", "Đoạn " + i + " dòng 2"));
        }
        for (int i = 1; i <= oneLine; i++) {
            body.append(paragraph("", "Câu " + i));
        }
        body.append(paragraph("<w:keepNext/>", "Tiêu đề"));
        body.append(paragraph("", "Dòng A", "Dòng B", "Dòng C", "Dòng D"));
        return new PdfInspection(CONVERTER.convert(RawDocx.withBody(body.toString()), META).pdf());
    }
}
