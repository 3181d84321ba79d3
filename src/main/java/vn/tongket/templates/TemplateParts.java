package vn.tongket.templates;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tongket.templates.WordWriter.Look;

/** The parts every shipped template shares: header block, title, items by area, signature block, sources. */
final class TemplateParts {

    /** Opens a note to the drafter where the data is silent; the drafter replaces it with text. */
    static final String DRAFTER = "[Phần này người soạn thảo viết: ";

    private TemplateParts() {
    }

    /** The header block, the draft mark, "BÁO CÁO" and the summary line under it. */
    static void opening(WordWriter w, DocumentFormat f) {
        w.pageNumberHeader();
        headerBlock(w, f);
        w.right("${doc.draftMark}", Look.BOLD_ITALIC, f.bodySize());
        w.centered("BÁO CÁO", Look.BOLD, f.documentTypeSize()).setSpacingAfter(0);
        w.centered("${doc.summaryLine}", Look.BOLD, f.bodySize()).setSpacingAfter(0);
        w.centered("-----", Look.PLAIN, f.bodySize());
    }

    /** Items grouped by area: "a) Kinh tế" in italics, then one paragraph per item. */
    static void byArea(WordWriter w, String areas, String itemParagraph) {
        w.directive("<#list " + areas + " as a>");
        w.body("${a.letter} ${a.label}", Look.ITALIC);
        w.directive("<#list a.items as item>");
        w.body(itemParagraph);
        w.directive("</#list>");
        w.directive("</#list>");
    }

    static void headerBlock(WordWriter w, DocumentFormat f) {
        XWPFTable table = w.layoutTable(1, f.headerLeftWidth(), f.headerRightWidth());
        XWPFTableRow row = table.getRow(0);
        w.cell(row.getCell(0), "${doc.superiorOrganisation}", Look.PLAIN, f.bodySize(), ParagraphAlignment.CENTER);
        w.cell(row.getCell(0), "${doc.committee}", Look.BOLD, f.bodySize(), ParagraphAlignment.CENTER);
        w.cell(row.getCell(0), "*", Look.PLAIN, f.bodySize(), ParagraphAlignment.CENTER);
        w.cell(row.getCell(0), "${doc.numberLine}", Look.PLAIN, f.bodySize(), ParagraphAlignment.CENTER);
        w.cell(row.getCell(1), "ĐẢNG CỘNG SẢN VIỆT NAM", Look.BOLD_UNDERLINE, f.nationalTitleSize(),
                ParagraphAlignment.CENTER);
        w.cell(row.getCell(1), "", Look.PLAIN, f.bodySize(), ParagraphAlignment.CENTER);
        w.cell(row.getCell(1), "${doc.placeDate}", Look.ITALIC, f.bodySize(), ParagraphAlignment.CENTER);
    }

    static void signatureBlock(WordWriter w, DocumentFormat f) {
        XWPFTable table = w.layoutTable(1, f.headerLeftWidth(), f.headerRightWidth());
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        w.cell(row.getCell(0), "Nơi nhận:", Look.UNDERLINE, f.bodySize(), ParagraphAlignment.LEFT);
        w.cell(row.getCell(0), "<#list recipients as r>", Look.PLAIN, f.recipientsSize(), ParagraphAlignment.LEFT);
        w.cell(row.getCell(0), "- ${r}", Look.PLAIN, f.recipientsSize(), ParagraphAlignment.LEFT);
        w.cell(row.getCell(0), "</#list>", Look.PLAIN, f.recipientsSize(), ParagraphAlignment.LEFT);
        w.cell(row.getCell(1), "${signature.authority}", Look.BOLD, f.bodySize(), ParagraphAlignment.CENTER);
        w.cell(row.getCell(1), "${signature.position}", Look.PLAIN, f.bodySize(), ParagraphAlignment.CENTER);
        for (int i = 0; i < 4; i++) {
            w.cell(row.getCell(1), "", Look.PLAIN, f.bodySize(), ParagraphAlignment.CENTER);
        }
        w.cell(row.getCell(1), "${signature.name}", Look.BOLD, f.bodySize(), ParagraphAlignment.CENTER);
    }

    /**
     * A bordered table: a header row (repeated on each page), then one row per item of {@code list} (a FreeMarker
     * {@code <#list …>} opening tag), written from {@code cells}; the first column is centred.
     */
    static XWPFTable listTable(WordWriter w, int size, int[] widths, String[] heads, String list, String[] cells) {
        XWPFTable table = w.gridTable(4, widths);
        for (int c = 0; c < widths.length; c++) {
            w.cell(table.getRow(0).getCell(c), heads[c], Look.BOLD, size, ParagraphAlignment.CENTER);
            String[] paragraphs = cells[c].split("\n");
            for (String paragraph : paragraphs) {
                w.cell(table.getRow(2).getCell(c), paragraph, Look.PLAIN, size,
                        c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            }
        }
        table.getRow(0).setRepeatHeader(true);
        w.cell(table.getRow(1).getCell(0), list, Look.PLAIN, size, ParagraphAlignment.LEFT);
        w.cell(table.getRow(3).getCell(0), "</#list>", Look.PLAIN, size, ParagraphAlignment.LEFT);
        return table;
    }

    /**
     * One paragraph per item of {@code list} (after an optional {@code intro} paragraph), or {@code otherwise} in
     * italics where the list is empty.
     */
    static void bulletsOrElse(WordWriter w, String list, String intro, String paragraph, String otherwise) {
        w.directive("<#list " + list + ">");
        if (intro != null) {
            w.body(intro);
        }
        w.directive("<#items as item>");
        w.body(paragraph);
        w.directive("</#items>");
        w.directive("<#else>");
        w.body(otherwise, Look.ITALIC);
        w.directive("</#list>");
    }

    /** Items grouped by area with their count: "a) Kinh tế: 3 kết quả (năm 2020; năm 2023)", then the items. */
    static void countedByArea(WordWriter w, String areas, String noun, String itemParagraph) {
        w.directive("<#list " + areas + " as a>");
        w.body("${a.letter} ${a.label}: ${a.count} " + noun + "<#if a.periods?has_content> (${a.periods})</#if>",
                Look.ITALIC);
        w.directive("<#list a.items as item>");
        w.body(itemParagraph);
        w.directive("</#list>");
        w.directive("</#list>");
    }

    /** "Phần thứ nhất" over its title, both centred and bold, kept with what follows. */
    static void part(WordWriter w, DocumentFormat f, String part, String title) {
        XWPFParagraph over = w.centered(part, Look.BOLD, f.bodySize());
        over.setKeepNext(true);
        over.setSpacingAfter(0);
        w.centered(title, Look.BOLD, f.bodySize()).setKeepNext(true);
    }

    /** The meetings the draft draws on, and the notes of the data check. */
    static void sourcesAndNotes(WordWriter w, String meetingsHeading, String notesHeading) {
        w.heading(meetingsHeading);
        w.directive("<#list meetings as m>");
        w.body("- ${m.title}, ngày ${m.date}. Nguồn: ${m.source}. Mã dữ liệu: ${m.id}.");
        w.directive("</#list>");
        w.heading(notesHeading);
        w.directive("<#list dataNotes>");
        w.directive("<#items as note>");
        w.body("- ${note}");
        w.directive("</#items>");
        w.directive("<#else>");
        w.body("Các số liệu có thể kiểm tra lại (tỷ lệ, số trên tổng số) đều khớp với số liệu thành phần.");
        w.directive("</#list>");
    }
}
