package vn.tongket.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * DOCX documents built with POI for the converter tests, laid out like a Party committee report (36-HD/VPTW):
 * A4, margins 20/20/30/15 mm, page number 14 pt centred in the header 10 mm from the top, none on page 1.
 */
final class SampleDocx {

    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String PLACE_AND_DATE = "Thường Tín, ngày 25 tháng 12 năm 2023";
    static final String SIGNER = "Nguyễn Tiến Minh";
    static final String MONEY = "1.528 tỷ đồng";
    static final String PERCENT = "87,67%";
    static final String PAGE_TWO_HEADING = "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024";

    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman"
                            w:cs="Times New Roman"/>
                  <w:sz w:val="28"/><w:lang w:val="vi-VN"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="BodyText">
                <w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/>
                  <w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="BodyText"/>
                <w:pPr><w:keepNext/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:b/></w:rPr>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/>
                <w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
                  <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
              </w:style>
              <w:style w:type="table" w:styleId="TableGrid">
                <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                  <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                  <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                </w:tblBorders></w:tblPr>
              </w:style>
            </w:styles>
            """;

    private static final String JUSTIFIED_TEXT = "Năm 2023, Ban Thường vụ Huyện ủy đã tập trung lãnh đạo, chỉ đạo "
            + "thực hiện thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh; "
            + "công tác xây dựng Đảng và hệ thống chính trị được chú trọng, chất lượng hoạt động của các tổ chức cơ "
            + "sở đảng tiếp tục được nâng lên. ";

    private final XWPFDocument document = new XWPFDocument();

    private SampleDocx() {
        try {
            CTStyles styles = StylesDocument.Factory.parse(STYLES).getStyles();
            document.createStyles().setStyles(styles);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A two-page report: header block, title, justified text, a bordered table, a page break, a signature. */
    static byte[] partyReport() {
        SampleDocx sample = new SampleDocx();
        sample.partyPageSetup();
        sample.pageNumberHeader();
        sample.headerBlock();
        sample.title();
        sample.bodyText();
        sample.indicatorTable();
        sample.pageBreak();
        sample.secondPage();
        sample.signatureBlock();
        return sample.toBytes();
    }

    /** A one-page document with a picture between two paragraphs. */
    static byte[] withPicture() {
        SampleDocx sample = new SampleDocx();
        sample.partyPageSetup();
        sample.paragraph("BodyText").run("Trước hình ảnh.");
        XWPFRun run = sample.document.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png()), PictureType.PNG, "chart.png", 914400, 914400);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
        sample.paragraph("BodyText").run("Sau hình ảnh.");
        return sample.toBytes();
    }

    /** A three-page document whose footer says "Trang N/M" with simple PAGE and NUMPAGES fields. */
    static byte[] withPageCountFooter() {
        SampleDocx sample = new SampleDocx();
        sample.partyPageSetup();
        XWPFFooter footer = sample.document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.createRun().setText("Trang ");
        simpleField(p, "PAGE", "1");
        p.createRun().setText("/");
        simpleField(p, "NUMPAGES", "1");
        for (int page = 1; page <= 3; page++) {
            sample.paragraph("BodyText").run("Nội dung trang " + page + ".");
            if (page < 3) {
                sample.pageBreak();
            }
        }
        return sample.toBytes();
    }

    private static void simpleField(XWPFParagraph p, String instruction, String cached) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(cached);
    }

    private void partyPageSetup() {
        CTSectPr sectPr = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** Page number centred, 14 pt, as a complex field; an empty first-page header so page 1 has none. */
    private void pageNumberHeader() {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        sized(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        sized(p.createRun()).getCTR().addNewInstrText().setStringValue(" PAGE ");
        sized(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        sized(p.createRun()).setText("1");
        sized(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        CTSectPr sectPr = document.getDocument().getBody().getSectPr();
        if (!sectPr.isSetTitlePg()) {
            sectPr.addNewTitlePg();
        }
    }

    private static XWPFRun sized(XWPFRun run) {
        run.setFontSize(14);
        return run;
    }

    /** The borderless two-column block at the top of page 1. */
    private void headerBlock() {
        XWPFTable table = document.createTable(1, 2);
        noBorders(table);
        grid(table, 4000, 5355);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(left, 0).run("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
        centred(left, 1).bold("HUYỆN ỦY THƯỜNG TÍN");
        centred(left, 2).run("*");
        centred(left, 3).run("Số 125-BC/HU");
        centred(right, 0).boldUnderlined(PARTY, 15);
        centred(right, 1);
        centred(right, 2).italic(PLACE_AND_DATE);
    }

    private void title() {
        Builder type = paragraph("Normal");
        type.paragraph.setAlignment(ParagraphAlignment.CENTER);
        type.paragraph.setSpacingBefore(480);
        type.boldSized("BÁO CÁO", 16);
        Builder summary = paragraph("Normal");
        summary.paragraph.setAlignment(ParagraphAlignment.CENTER);
        summary.bold("kiểm điểm sự lãnh đạo, chỉ đạo của Ban Thường vụ Huyện ủy năm 2023");
        Builder dashes = paragraph("Normal");
        dashes.paragraph.setAlignment(ParagraphAlignment.CENTER);
        dashes.run("-----");
    }

    private void bodyText() {
        paragraph("Heading1").run("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023");
        paragraph("BodyText").run(JUSTIFIED_TEXT.repeat(2))
                .bold("Tổng thu ngân sách đạt " + MONEY + ", ")
                .italic("bằng " + PERCENT + " dự toán; ")
                .underlined("tỷ lệ hộ nghèo giảm còn 0,8%.");
        paragraph("BodyText").run(JUSTIFIED_TEXT.repeat(3));
        paragraph("Normal");
    }

    /** A bordered table (Table Grid style) with a column span in the header and a row span in the first column. */
    private void indicatorTable() {
        XWPFTable table = document.createTable(4, 4);
        table.getCTTbl().getTblPr().addNewTblStyle().setVal("TableGrid");
        table.removeBorders();
        grid(table, 700, 4255, 2200, 2200);
        String[][] text = {
                {"TT", "Chỉ tiêu", "Kết quả", null},
                {"1", "Thu ngân sách", "Kế hoạch", "Thực hiện"},
                {null, "(tỷ đồng)", "1.450", "1.528"},
                {"2", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ", "85%", PERCENT},
        };
        for (int r = 0; r < text.length; r++) {
            for (int c = 0; c < 4; c++) {
                if (text[r][c] != null) {
                    Builder cell = centred(table.getRow(r).getCell(c), 0);
                    if (r == 0) {
                        cell.bold(text[r][c]);
                    } else {
                        cell.run(text[r][c]);
                    }
                }
            }
        }
        CTTcPr spanning = table.getRow(0).getCell(2).getCTTc().addNewTcPr();
        spanning.addNewGridSpan().setVal(BigInteger.TWO);
        table.getRow(0).removeCell(3);
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
        table.getRow(1).getCell(0).getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
    }

    private void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private void secondPage() {
        paragraph("Heading1").run(PAGE_TWO_HEADING);
        paragraph("BodyText").run(JUSTIFIED_TEXT);
    }

    private void signatureBlock() {
        XWPFTable table = document.createTable(1, 2);
        noBorders(table);
        grid(table, 4355, 5000);
        XWPFTableCell left = table.getRow(0).getCell(0);
        Builder label = new Builder(left.getParagraphs().getFirst());
        label.underlined("Nơi nhận:");
        XWPFParagraph recipients = left.addParagraph();
        XWPFRun run = recipients.createRun();
        run.setFontSize(12);
        run.setText("- Thành ủy Hà Nội (để báo cáo),");
        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(right, 0).bold("T/M BAN THƯỜNG VỤ");
        centred(right, 1).run("PHÓ BÍ THƯ");
        for (int i = 2; i < 6; i++) {
            centred(right, i);
        }
        centred(right, 6).bold(SIGNER);
    }

    private static void noBorders(XWPFTable table) {
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "auto");
        table.setBottomBorder(none, 0, 0, "auto");
        table.setLeftBorder(none, 0, 0, "auto");
        table.setRightBorder(none, 0, 0, "auto");
        table.setInsideHBorder(none, 0, 0, "auto");
        table.setInsideVBorder(none, 0, 0, "auto");
    }

    private static void grid(XWPFTable table, int... twips) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
            total += width;
        }
        table.setWidth(String.valueOf(total));
    }

    /** The n-th paragraph of a cell, created if needed, centred. */
    private static Builder centred(XWPFTableCell cell, int index) {
        while (cell.getParagraphs().size() <= index) {
            cell.addParagraph();
        }
        XWPFParagraph p = cell.getParagraphs().get(index);
        p.setAlignment(ParagraphAlignment.CENTER);
        return new Builder(p);
    }

    private Builder paragraph(String styleId) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(styleId);
        return new Builder(p);
    }

    /** Adds runs to a paragraph. */
    private record Builder(XWPFParagraph paragraph) {

        Builder run(String text) {
            paragraph.createRun().setText(text);
            return this;
        }

        Builder bold(String text) {
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setText(text);
            return this;
        }

        Builder boldSized(String text, int size) {
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setFontSize(size);
            run.setText(text);
            return this;
        }

        Builder boldUnderlined(String text, int size) {
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setUnderline(UnderlinePatterns.SINGLE);
            run.setFontSize(size);
            run.setText(text);
            return this;
        }

        Builder italic(String text) {
            XWPFRun run = paragraph.createRun();
            run.setItalic(true);
            run.setText(text);
            return this;
        }

        Builder underlined(String text) {
            XWPFRun run = paragraph.createRun();
            run.setUnderline(UnderlinePatterns.SINGLE);
            run.setText(text);
            return this;
        }
    }

    private byte[] toBytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
