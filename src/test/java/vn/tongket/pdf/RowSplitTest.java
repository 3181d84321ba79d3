package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.pdf.RawDocx.filler;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Which table rows break across a page end: a row breaks unless it says {@code w:cantSplit}, row by row, and a
 * row that cannot split but is taller than a page is split all the same. The page holds 45 single-spaced 14 pt
 * lines; 38 lines of text leave room for about six 14 pt lines of table. Each figure here was measured in
 * LibreOffice 7.4's PDF of the same document.
 */
class RowSplitTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Hàng bảng", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "rows");
    private static final String CANT_SPLIT = "<w:trPr><w:cantSplit/></w:trPr>";

    @Test
    void aRowThatMayBreakIsSplitAtThePageEnd() {
        PdfInspection pdf = convert(row("", "A", 2) + row("", "B", 8) + row("", "C", 2));

        // LibreOffice: B1-B5 on page 1, B6-B8 on page 2
        assertThat(pdf.words(1)).contains("A2 B1 B2 B3 B4 B5").doesNotContain("B6");
        assertThat(pdf.words(2)).startsWith("B6 B7 B8 C1 C2");
    }

    @Test
    void aRowThatCannotSplitGoesWholeToTheNextPage() {
        PdfInspection pdf = convert(row("", "A", 2) + row(CANT_SPLIT, "B", 8) + row("", "C", 2));

        assertThat(pdf.words(1)).contains("A2").doesNotContain("B1");
        assertThat(pdf.words(2)).startsWith("B1 B2 B3 B4 B5 B6 B7 B8 C1 C2");
    }

    @Test
    void anotherRowThatCannotSplitDoesNotKeepThisOneWhole() {
        PdfInspection pdf = convert(row("", "A", 2) + row("", "B", 8) + row(CANT_SPLIT, "C", 2));

        assertThat(pdf.words(1)).contains("A2 B1 B2 B3 B4 B5").doesNotContain("B6");
        assertThat(pdf.words(2)).startsWith("B6 B7 B8 C1 C2");
    }

    @Test
    void aRowThatCannotSplitButIsTallerThanAPageIsSplitAllTheSame() {
        PdfInspection pdf = convert(row("", "A", 2) + row(CANT_SPLIT, "B", 60) + row("", "C", 2));

        // LibreOffice moves the row to page 2 and splits it there, after 45 lines
        assertThat(pdf.words(1)).contains("A2").doesNotContain("B1");
        assertThat(pdf.words(2)).startsWith("B1 B2").contains("B45").doesNotContain("B46");
        assertThat(pdf.words(3)).startsWith("B46").contains("B60 C1 C2");
    }

    private static PdfInspection convert(String rows) {
        String table = "<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid>" + rows + "</w:tbl>";
        byte[] docx = RawDocx.withBody(filler(38) + table + paragraph("Hết."));
        return new PdfInspection(CONVERTER.convert(docx, META).pdf());
    }

    /** A one-cell row whose cell holds the given number of one-line paragraphs "B1", "B2", … */
    private static String row(String properties, String name, int lines) {
        StringBuilder row = new StringBuilder("<w:tr>").append(properties)
                .append("<w:tc><w:tcPr><w:tcW w:w=\"9000\" w:type=\"dxa\"/></w:tcPr>");
        for (int i = 1; i <= lines; i++) {
            row.append(paragraph(name + i));
        }
        return row.append("</w:tc></w:tr>").toString();
    }
}
