package vn.tongket.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A small vocabulary for writing the shipped Word templates with POI in the document format: paragraphs of the
 * kinds a report uses, borderless layout tables, data tables and the page-number header.
 */
final class WordWriter implements AutoCloseable {

    enum Look { PLAIN, BOLD, ITALIC, BOLD_ITALIC, UNDERLINE, BOLD_UNDERLINE }

    private final XWPFDocument document = new XWPFDocument();
    private final DocumentFormat format;

    WordWriter(DocumentFormat format) {
        this.format = format;
        defaults();
        page();
    }

    XWPFDocument document() {
        return document;
    }

    /** A justified body paragraph with the first-line indent. */
    XWPFParagraph body(String text, Look look) {
        XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(format.firstLineIndent());
        run(p, text, look, format.bodySize());
        return p;
    }

    XWPFParagraph body(String text) {
        return body(text, Look.PLAIN);
    }

    /** A heading of the body: bold, justified, indented like the text, kept with the next paragraph. */
    XWPFParagraph heading(String text) {
        XWPFParagraph p = body(text, Look.BOLD);
        p.setKeepNext(true);
        return p;
    }

    /** A paragraph holding only FreeMarker directives; the engine replaces it with them. */
    XWPFParagraph directive(String text) {
        XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.LEFT);
        run(p, text, Look.PLAIN, format.bodySize());
        return p;
    }

    XWPFParagraph centered(String text, Look look, int size) {
        XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.CENTER);
        run(p, text, look, size);
        return p;
    }

    XWPFParagraph right(String text, Look look, int size) {
        XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.RIGHT);
        run(p, text, look, size);
        return p;
    }

    void pageBreak() {
        XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.LEFT);
        p.createRun().addBreak(BreakType.PAGE);
    }

    /** A borderless table used for layout (the header block, the signature block). */
    XWPFTable layoutTable(int rows, int... widths) {
        return borders(table(rows, widths), XWPFTable.XWPFBorderType.NONE, 0, "auto");
    }

    /** A data table with single borders. */
    XWPFTable gridTable(int rows, int... widths) {
        return borders(table(rows, widths), XWPFTable.XWPFBorderType.SINGLE, 4, "000000");
    }

    private static XWPFTable borders(XWPFTable table, XWPFTable.XWPFBorderType type, int size, String color) {
        table.setTopBorder(type, size, 0, color);
        table.setBottomBorder(type, size, 0, color);
        table.setLeftBorder(type, size, 0, color);
        table.setRightBorder(type, size, 0, color);
        table.setInsideHBorder(type, size, 0, color);
        table.setInsideVBorder(type, size, 0, color);
        return table;
    }

    private XWPFTable table(int rows, int... widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        table.setWidth(Integer.toString(total));
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
            }
        }
        return table;
    }

    /** Writes text into a cell: the first call reuses the cell's empty paragraph, later calls add paragraphs. */
    XWPFParagraph cell(XWPFTableCell cell, String text, Look look, int size, ParagraphAlignment alignment) {
        List<XWPFParagraph> existing = cell.getParagraphs();
        boolean untouched = existing.size() == 1 && existing.getFirst().getCTP().getPPr() == null;
        XWPFParagraph p = untouched ? existing.getFirst() : cell.addParagraph();
        paragraph(p, alignment);
        p.setSpacingAfter(0);
        if (!text.isEmpty()) {
            run(p, text, look, size);
        }
        return p;
    }

    /** The page number: 14 pt, centred in the header from page 2 on; page 1 has an empty first-page header. */
    void pageNumberHeader() {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        fieldRun(p).getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        fieldRun(p).setText("2");
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private XWPFRun fieldRun(XWPFParagraph p) {
        XWPFRun run = p.createRun();
        style(run, Look.PLAIN, format.pageNumberSize());
        return run;
    }

    XWPFRun run(XWPFParagraph p, String text, Look look, int size) {
        XWPFRun run = p.createRun();
        style(run, look, size);
        run.setText(text);
        return run;
    }

    private void style(XWPFRun run, Look look, int size) {
        run.setFontFamily(format.font());
        run.setFontSize(size);
        run.setLang("vi-VN");
        run.setBold(look == Look.BOLD || look == Look.BOLD_ITALIC || look == Look.BOLD_UNDERLINE);
        run.setItalic(look == Look.ITALIC || look == Look.BOLD_ITALIC);
        if (look == Look.UNDERLINE || look == Look.BOLD_UNDERLINE) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private XWPFParagraph paragraph(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingAfter(format.spacingAfter());
        p.setSpacingBetween(format.lineSpacing240ths() / 240.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A bottom border under a short paragraph: the line under "ĐẢNG CỘNG SẢN VIỆT NAM". */
    static void underline(XWPFParagraph p) {
        p.setBorderBottom(Borders.SINGLE);
    }

    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr runDefaults = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = runDefaults.addNewRFonts();
        fonts.setAscii(format.font());
        fonts.setHAnsi(format.font());
        fonts.setCs(format.font());
        fonts.setEastAsia(format.font());
        runDefaults.addNewSz().setVal(BigInteger.valueOf(format.bodySize() * 2L));
        runDefaults.addNewSzCs().setVal(BigInteger.valueOf(format.bodySize() * 2L));
        runDefaults.addNewLang().setVal("vi-VN");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(format.spacingAfter()));
        document.createStyles().setStyles(styles);
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(format.pageWidth()));
        size.setH(BigInteger.valueOf(format.pageHeight()));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(format.marginTop()));
        margins.setBottom(BigInteger.valueOf(format.marginBottom()));
        margins.setLeft(BigInteger.valueOf(format.marginLeft()));
        margins.setRight(BigInteger.valueOf(format.marginRight()));
        margins.setHeader(BigInteger.valueOf(format.headerDistance()));
        margins.setFooter(BigInteger.valueOf(format.headerDistance()));
        margins.setGutter(BigInteger.ZERO);
    }

    void write(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

}
