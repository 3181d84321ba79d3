package vn.tongket.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.tongket.templates.WordWriter.Look;

/**
 * Writes the shipped half-year review template (báo cáo sơ kết 6 tháng): results of the half year by area against
 * the year's plan, the overall assessment, and the tasks for the second half, in the customary outline of district
 * reports (see the shared report outlines), with the annex table of the main targets. Users edit the .docx it
 * writes: {@code java -cp ... HalfYearTemplate templates}.
 */
public final class HalfYearTemplate {

    private HalfYearTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "templates").resolve("half-year");
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve("bao-cao-so-ket-6-thang.docx"))) {
            write(DocumentFormat.PARTY, out);
        }
    }

    public static void write(DocumentFormat f, OutputStream out) throws IOException {
        try (WordWriter w = new WordWriter(f)) {
            TemplateParts.opening(w, f);
            w.body("Thực hiện Nghị quyết của Ban Chấp hành ${unit.organisation} về nhiệm vụ năm ${doc.year},"
                    + " ${doc.reviewedBody} báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị"
                    + " ${doc.period}; phương hướng, nhiệm vụ trọng tâm ${doc.nextPeriod} như sau:");

            TemplateParts.part(w, f, "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${vn.upper(doc.period)}");
            w.heading("I. TÌNH HÌNH CHUNG");
            w.body(TemplateParts.DRAFTER + "bối cảnh, thuận lợi và khó khăn trong ${doc.period}.]", Look.ITALIC);

            w.heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU");
            w.directive("<#if tally??>");
            w.body("${doc.period?cap_first}, ${unit.kind} đã ${tally.text} ${tally.fraction} chỉ tiêu"
                    + " ${tally.setBy}.");
            w.directive("</#if>");
            w.directive("<#if indicators?has_content>");
            w.directive("<#list indicators as i>");
            w.body("- ${i.sentence}");
            w.directive("</#list>");
            w.body("(Chi tiết tại Phụ lục, mục 1.)", Look.ITALIC);
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị không nêu số liệu chỉ tiêu; bổ sung kết quả thực"
                    + " hiện các chỉ tiêu so với kế hoạch năm và cùng kỳ.]", Look.ITALIC);
            w.directive("</#if>");

            w.heading("III. KẾT QUẢ TRÊN CÁC LĨNH VỰC");
            w.directive("<#if achievementCount gt 0>");
            w.body("Các hội nghị ghi nhận ${achievementCount} kết quả nổi bật trên ${achievementAreaCount}"
                    + " lĩnh vực:");
            TemplateParts.byArea(w, "achievementAreas", "- ${item.text}");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "kết quả trên từng lĩnh vực: kinh tế; văn hóa - xã hội; quốc phòng"
                    + " - an ninh; xây dựng Đảng và hệ thống chính trị.]", Look.ITALIC);
            w.directive("</#if>");

            w.heading("IV. ĐÁNH GIÁ CHUNG");
            w.heading("1. Ưu điểm");
            w.body(TemplateParts.DRAFTER + "đánh giá chung những ưu điểm nổi bật.]", Look.ITALIC);
            w.heading("2. Hạn chế, khuyết điểm");
            w.directive("<#if shortcomingCount gt 0>");
            w.body("Các hội nghị chỉ ra ${shortcomingCount} hạn chế, khuyết điểm trên ${shortcomingAreaCount}"
                    + " lĩnh vực:");
            TemplateParts.byArea(w, "shortcomingAreas",
                    "- ${item.text}<#if item.responsible??> (trách nhiệm: ${item.responsible})</#if>");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị không nêu hạn chế, khuyết điểm.]", Look.ITALIC);
            w.directive("</#if>");
            w.heading("3. Nguyên nhân");
            w.directive("<#list causes>");
            w.directive("<#items as c>");
            w.body("- ${c.text}");
            w.directive("</#items>");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "nguyên nhân khách quan và chủ quan.]", Look.ITALIC);
            w.directive("</#list>");
            w.directive("<#if lessons?has_content>");
            w.heading("4. Bài học kinh nghiệm");
            w.directive("<#list lessons as l>");
            w.body("- ${l}");
            w.directive("</#list>");
            w.directive("</#if>");

            TemplateParts.part(w, f, "Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ${vn.upper(doc.nextPeriod)}");
            w.directive("<#if directionAreas?has_content>");
            TemplateParts.byArea(w, "directionAreas", "- ${item}");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "nhiệm vụ, giải pháp trọng tâm ${doc.nextPeriod}.]", Look.ITALIC);
            w.directive("</#if>");
            w.directive("<#if directives?has_content>");
            w.body("Quán triệt ý kiến chỉ đạo tại hội nghị:");
            w.directive("<#list directives as d>");
            w.body("- <#if d.by?has_content>Đồng chí ${d.by}: </#if>${d.text}");
            w.directive("</#list>");
            w.directive("</#if>");
            w.body("Trên đây là báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị ${doc.period};"
                    + " phương hướng, nhiệm vụ trọng tâm ${doc.nextPeriod}, ${doc.reviewedBody} trình Hội nghị"
                    + " Ban Chấp hành ${unit.organisation} xem xét, cho ý kiến.");

            TemplateParts.signatureBlock(w, f);
            annex(w, f);
            w.write(out);
        }
    }

    private static void annex(WordWriter w, DocumentFormat f) {
        w.pageBreak();
        w.centered("PHỤ LỤC", Look.BOLD, f.bodySize()).setSpacingAfter(0);
        w.centered("Kết quả các chỉ tiêu chủ yếu, nguồn số liệu và ghi chú kiểm tra số liệu", Look.BOLD_ITALIC,
                f.bodySize());
        w.heading("1. Kết quả thực hiện các chỉ tiêu chủ yếu ${doc.period}");
        w.directive("<#if indicators?has_content>");
        indicatorTable(w, f);
        w.directive("<#else>");
        w.body("Các hội nghị không nêu số liệu chỉ tiêu.", Look.ITALIC);
        w.directive("</#if>");
        TemplateParts.sourcesAndNotes(w, "2. Các hội nghị được tổng hợp", "3. Ghi chú kiểm tra số liệu");
    }

    /** STT | Chỉ tiêu | Thực hiện | Kế hoạch năm | So với kế hoạch | So với cùng kỳ. */
    private static void indicatorTable(WordWriter w, DocumentFormat f) {
        int[] widths = {850, 2700, 1900, 1300, 1500, 1105};
        XWPFTable table = w.gridTable(4, widths);
        String[] heads = {"STT", "Chỉ tiêu", "Thực hiện", "Kế hoạch năm", "So với kế hoạch", "So với cùng kỳ"};
        String[] cells = {"${i.no}", "${i.name}", "${i.value}", "${i.plan}", "${i.against}", "${i.growth}"};
        int small = f.recipientsSize() + 1;
        for (int c = 0; c < widths.length; c++) {
            w.cell(table.getRow(0).getCell(c), heads[c], Look.BOLD, small, ParagraphAlignment.CENTER);
            w.cell(table.getRow(2).getCell(c), cells[c], Look.PLAIN, small,
                    c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
        table.getRow(0).setRepeatHeader(true);
        w.cell(table.getRow(1).getCell(0), "<#list indicators as i>", Look.PLAIN, small, ParagraphAlignment.LEFT);
        w.cell(table.getRow(3).getCell(0), "</#list>", Look.PLAIN, small, ParagraphAlignment.LEFT);
    }
}
