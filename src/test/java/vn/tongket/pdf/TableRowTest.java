package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * How tall a table row is, as LibreOffice lays out its cells (figures measured on LibreOffice 7.4's PDF of the same
 * tables: 9 pt text in a 14 pt document, bordered cells). LibreOffice gives a paragraph's first line no extra of
 * proportional line spacing, puts that extra above every other line, and below a cell's last paragraph puts the
 * extra of the paragraph style's font (here 14 pt), not of the text's.
 */
class TableRowTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Bảng", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "tables");

    @Test
    void aCellEndsWithTheExtraOfTheParagraphStylesFontNotOfItsText() {
        // LibreOffice: one 9 pt line at 1.1 lines makes a 12.50 pt row, at single spacing 10.80 pt
        float spaced = rowBelow(cell(264, "A"));
        float single = rowBelow(cell(240, "A"));

        assertThat(spaced - single).isCloseTo(1.70f, within(0.15f));
    }

    @Test
    void eachFurtherParagraphOfACellTakesItsLineAndTheExtraOfTheOneBefore() {
        // LibreOffice: 23.80 pt for two 9 pt paragraphs at 1.1 lines against 12.50 pt for one
        float one = rowBelow(cell(264, "A"));
        float two = rowBelow(cell(264, "A", "B"));

        assertThat(two - one).isCloseTo(11.30f, within(0.15f));
    }

    @Test
    void theFirstLineOfACellStandsWhereItWouldAtSingleSpacing() {
        // LibreOffice draws the first baseline 8.65 pt below the row's top border at both spacings
        float spaced = firstLineBelow(cell(264, "A"));
        float single = firstLineBelow(cell(240, "A"));

        assertThat(spaced).isCloseTo(single, within(0.1f));
    }

    /** How far below the baseline of a paragraph above the table the baseline of the paragraph after it lies. */
    private static float rowBelow(String cell) {
        PdfInspection pdf = convert(cell);
        return pdf.baseline(1, "Sau bảng.") - pdf.baseline(1, "Trước bảng.");
    }

    private static float firstLineBelow(String cell) {
        PdfInspection pdf = convert(cell);
        return pdf.baseline(1, "A") - pdf.baseline(1, "Trước bảng.");
    }

    private static PdfInspection convert(String cell) {
        String body = RawDocx.paragraph("Trước bảng.")
                + "<w:tbl><w:tblPr><w:tblW w:type=\"dxa\" w:w=\"3000\"/><w:tblBorders>"
                + border("top") + border("left") + border("bottom") + border("right") + border("insideH")
                + border("insideV") + "</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid>"
                + "<w:tr>" + cell + "</w:tr></w:tbl>" + RawDocx.paragraph("Sau bảng.");
        return new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf());
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    }

    /** A cell of 9 pt paragraphs at the given line spacing (240ths of a line). */
    private static String cell(int line, String... paragraphs) {
        StringBuilder cell = new StringBuilder("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"3000\"/></w:tcPr>");
        for (String text : paragraphs) {
            cell.append("<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"").append(line)
                    .append("\" w:lineRule=\"auto\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>")
                    .append(text).append("</w:t></w:r></w:p>");
        }
        return cell.append("</w:tc>").toString();
    }
}
