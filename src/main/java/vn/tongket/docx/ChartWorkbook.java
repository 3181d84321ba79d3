package vn.tongket.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The workbook embedded with a chart, which Word opens on "Edit Data": one sheet, {@value #SHEET}, with the
 * categories down column A from row 2 and each series in a column from B on, its name in row 1. The chart's
 * formulas ({@link #categories}, {@link #values}, {@link #name}) point into it. Written by hand rather than with
 * POI so that the same data gives the same bytes (no creation time, fixed zip entry times).
 */
final class ChartWorkbook {

    static final String SHEET = "Sheet1";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private ChartWorkbook() {
    }

    static String categories(int count) {
        return SHEET + "!$A$2:$A$" + (count + 1);
    }

    static String values(int series, int count) {
        String column = column(series + 1);
        return SHEET + "!$" + column + "$2:$" + column + "$" + (count + 1);
    }

    static String name(int series) {
        return SHEET + "!$" + column(series + 1) + "$1";
    }

    /** A1-style column letters: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    static byte[] xlsx(ChartData data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            DocxZip.Output zip = new DocxZip.Output(bytes);
            add(zip, ContentTypes.PART, "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + ContentTypes.overrideXml("xl/workbook.xml", SML + "sheet.main+xml")
                    + ContentTypes.overrideXml("xl/worksheets/sheet1.xml", SML + "worksheet+xml")
                    + ContentTypes.overrideXml("xl/styles.xml", SML + "styles+xml")
                    + "</Types>");
            add(zip, "_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_TYPES + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            add(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + Relationships.R_NS + "\">"
                    + "<sheets><sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            add(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_TYPES + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL_TYPES + "styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            add(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Times New Roman\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>");
            add(zip, "xl/worksheets/sheet1.xml", sheet(data));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheet(ChartData data) {
        int rows = data.categories().size() + 1;
        StringBuilder s = new StringBuilder(256 + rows * 64 * (data.series().size() + 1));
        s.append("<worksheet xmlns=\"").append(MAIN).append("\"><dimension ref=\"A1:")
                .append(column(data.series().size())).append(rows).append("\"/>")
                .append("<cols><col min=\"1\" max=\"1\" width=\"28\" customWidth=\"1\"/>")
                .append("<col min=\"2\" max=\"").append(data.series().size() + 1)
                .append("\" width=\"16\" customWidth=\"1\"/></cols><sheetData><row r=\"1\">");
        for (int j = 0; j < data.series().size(); j++) {
            text(s, column(j + 1) + "1", data.series().get(j).name());
        }
        s.append("</row>");
        for (int i = 0; i < data.categories().size(); i++) {
            int row = i + 2;
            s.append("<row r=\"").append(row).append("\">");
            text(s, "A" + row, data.categories().get(i));
            for (int j = 0; j < data.series().size(); j++) {
                BigDecimal v = data.series().get(j).values().get(i);
                if (v != null) {
                    s.append("<c r=\"").append(column(j + 1)).append(row).append("\"><v>").append(ChartData.plain(v))
                            .append("</v></c>");
                }
            }
            s.append("</row>");
        }
        return s.append("</sheetData></worksheet>").toString();
    }

    private static void text(StringBuilder s, String cell, String value) {
        s.append("<c r=\"").append(cell).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        XmlText.text(WordXmlOutputFormat.INSTANCE.withoutForbiddenCharacters(value), s);
        s.append("</t></is></c>");
    }

    private static void add(DocxZip.Output zip, String name, String xml) throws IOException {
        zip.add(name, DocxZip.compress((XmlText.DECLARATION + xml).getBytes(StandardCharsets.UTF_8)));
    }
}
