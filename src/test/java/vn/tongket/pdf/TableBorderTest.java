package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The room table borders take between rows, as in LibreOffice: a double line is as wide as its two lines and the
 * gap, and the line between two rows is the wider of the upper cell's bottom and the lower cell's top border
 * (LibreOffice's rendering of a table written there with a double-lined header row moves the rows below by it).
 */
class TableBorderTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Viền bảng", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "borders");

    @Test
    void aDoubleLineUnderAHeaderRowTakesTheRoomOfBothLinesAndTheGapBetweenTheRows() {
        String single = "<w:top w:val=\"single\" w:sz=\"6\"/><w:bottom w:val=\"single\" w:sz=\"6\"/>";
        String doubleLines = "<w:top w:val=\"double\" w:sz=\"6\"/><w:bottom w:val=\"double\" w:sz=\"6\"/>";

        PdfInspection plain = convert(table(single, single));
        PdfInspection header = convert(table(doubleLines, single));

        // 0.75 pt lines; a double one is 2.25 pt: the header's text 1.5 pt lower, the next row's 3 pt
        assertThat(header.baseline(1, "Tiêu đề") - plain.baseline(1, "Tiêu đề")).isCloseTo(1.5f, within(0.05f));
        assertThat(header.baseline(1, "Dòng một") - plain.baseline(1, "Dòng một")).isCloseTo(3f, within(0.05f));
    }

    private static PdfInspection convert(String body) {
        return new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf());
    }

    /** A one-column table: a header row with the first cell borders, a row with the second. */
    private static String table(String headerBorders, String rowBorders) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"5000\"/>"
                + "</w:tblGrid>" + row(headerBorders, "Tiêu đề") + row(rowBorders, "Dòng một") + "</w:tbl>"
                + RawDocx.paragraph("Sau bảng.");
    }

    private static String row(String borders, String text) {
        return "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"5000\" w:type=\"dxa\"/><w:tcBorders>" + borders
                + "</w:tcBorders></w:tcPr><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc></w:tr>";
    }
}
