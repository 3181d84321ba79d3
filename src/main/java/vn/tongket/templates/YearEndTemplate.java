package vn.tongket.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.tongket.templates.WordWriter.Look;

/**
 * Writes the shipped year-end review template (báo cáo kiểm điểm tập thể Ban Thường vụ), laid out in the Party
 * document format, with the outline of Hướng dẫn 25-HD/BTCTW (sections I-VII). Users edit the .docx it writes;
 * this class only makes the first version: {@code java -cp target/tongket.jar ... YearEndTemplate templates}.
 */
public final class YearEndTemplate {

    private YearEndTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "templates").resolve("year-end");
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve("bao-cao-kiem-diem.docx"))) {
            write(DocumentFormat.PARTY, out);
        }
    }

    public static void write(DocumentFormat f, OutputStream out) throws IOException {
        try (WordWriter w = new WordWriter(f)) {
            TemplateParts.opening(w, f);
            w.body("Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị năm ${doc.year}, tập thể "
                    + "${doc.reviewedBody} ${unit.name} kiểm điểm với các nội dung chủ yếu sau:");

            w.heading("I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC");
            w.heading("1. Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ;"
                    + " thực hiện quy chế làm việc");
            w.body(TemplateParts.DRAFTER + "đánh giá việc chấp hành nguyên tắc tập trung dân chủ và quy chế làm việc.]",
                    Look.ITALIC);
            w.heading("2. Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ năm ${doc.year}");
            w.directive("<#if tally??>");
            w.body("Năm ${doc.year}, ${unit.kind} đã ${tally.text} ${tally.fraction} chỉ tiêu ${tally.setBy}.");
            w.directive("</#if>");
            w.directive("<#if indicators?has_content>");
            w.body("Kết quả một số chỉ tiêu chủ yếu:");
            w.directive("<#list indicators as i>");
            w.body("- ${i.sentence}");
            w.directive("</#list>");
            w.body("(Chi tiết tại Phụ lục, mục 1.)", Look.ITALIC);
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị trong năm không nêu số liệu chỉ tiêu; bổ sung kết quả thực hiện"
                    + " các chỉ tiêu.]", Look.ITALIC);
            w.directive("</#if>");
            w.body("Các hội nghị trong năm ghi nhận ${achievementCount} kết quả nổi bật trên"
                    + " ${achievementAreaCount} lĩnh vực:");
            TemplateParts.byArea(w, "achievementAreas", "- ${item.text}");
            w.heading("3. Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; trách nhiệm nêu gương;"
                    + " phòng, chống tham nhũng, tiêu cực; kiểm tra, giám sát");
            w.body(TemplateParts.DRAFTER + "bổ sung ngoài các kết quả đã nêu ở mục 2.]", Look.ITALIC);
            w.heading("4. Trách nhiệm của tập thể lãnh đạo trong thực hiện nhiệm vụ chính trị của địa phương");
            w.body(TemplateParts.DRAFTER + "tự đánh giá trách nhiệm của tập thể.]", Look.ITALIC);

            w.heading("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
            w.heading("1. Hạn chế, khuyết điểm");
            w.directive("<#if shortcomingCount gt 0>");
            w.body("Các hội nghị trong năm chỉ ra ${shortcomingCount} hạn chế, khuyết điểm trên"
                    + " ${shortcomingAreaCount} lĩnh vực:");
            TemplateParts.byArea(w, "shortcomingAreas",
                    "- ${item.text}<#if item.responsible??> (trách nhiệm: ${item.responsible})</#if>");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị trong năm không nêu hạn chế, khuyết điểm; tập thể tự kiểm điểm.]",
                    Look.ITALIC);
            w.directive("</#if>");
            w.heading("2. Nguyên nhân của hạn chế, khuyết điểm");
            w.directive("<#list causes>");
            w.directive("<#items as c>");
            w.body("- ${c.text}");
            w.directive("</#items>");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "nguyên nhân khách quan và chủ quan, nhấn mạnh nguyên nhân chủ quan.]", Look.ITALIC);
            w.directive("</#list>");

            w.heading("III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CẤP CÓ THẨM QUYỀN KẾT LUẬN"
                    + " HOẶC ĐƯỢC CHỈ RA Ở CÁC KỲ KIỂM ĐIỂM TRƯỚC");
            w.directive("<#if previous??>");
            w.body("Những hạn chế, khuyết điểm đã chỉ ra năm ${previous.year}:");
            w.directive("<#list previous.areas as a>");
            w.directive("<#list a.items as item>");
            w.body("- ${item.text}");
            w.directive("</#list>");
            w.directive("</#list>");
            w.body(TemplateParts.DRAFTER + "kết quả khắc phục từng nội dung trên.]", Look.ITALIC);
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "dữ liệu không có kỳ kiểm điểm trước; nêu kết quả khắc phục nếu có.]", Look.ITALIC);
            w.directive("</#if>");

            w.heading("IV. GIẢI TRÌNH NHỮNG VẤN ĐỀ ĐƯỢC GỢI Ý KIỂM ĐIỂM (NẾU CÓ)");
            w.directive("<#if directives?has_content>");
            w.body("Ý kiến chỉ đạo tại hội nghị:");
            w.directive("<#list directives as d>");
            w.body("- <#if d.by?has_content>Đồng chí ${d.by}: </#if>${d.text}");
            w.directive("</#list>");
            w.directive("</#if>");
            w.body(TemplateParts.DRAFTER + "giải trình những vấn đề được gợi ý kiểm điểm, nếu có.]", Look.ITALIC);

            w.heading("V. TRÁCH NHIỆM CỦA TẬP THỂ, CÁ NHÂN");
            w.body(TemplateParts.DRAFTER + "làm rõ trách nhiệm của tập thể và cá nhân đối với hạn chế, khuyết điểm.]",
                    Look.ITALIC);

            w.heading("VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM");
            w.directive("<#if directionAreas?has_content>");
            TemplateParts.byArea(w, "directionAreas", "- ${item}");
            w.directive("</#if>");
            w.body(TemplateParts.DRAFTER + "biện pháp, thời hạn và người chịu trách nhiệm khắc phục từng hạn chế.]", Look.ITALIC);

            w.heading("VII. TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG");
            w.body("Trên cơ sở kết quả kiểm điểm, ${doc.reviewedBody} tự đánh giá, xếp loại chất lượng năm"
                    + " ${doc.year} đạt mức: " + "[Hoàn thành xuất sắc nhiệm vụ / Hoàn thành tốt nhiệm vụ /"
                    + " Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ].");
            w.body("Trên đây là báo cáo kiểm điểm tập thể ${doc.reviewedBody} năm ${doc.year}.");

            TemplateParts.signatureBlock(w, f);
            annex(w, f);
            w.write(out);
        }
    }

    private static void indicatorTable(WordWriter w, DocumentFormat f) {
        int[] widths = {850, 2950, 2355, 2200, 1000};
        XWPFTable table = w.gridTable(4, widths);
        String[] heads = {"STT", "Chỉ tiêu", "Kết quả thực hiện", "So với kế hoạch", "Đánh giá"};
        String[] cells = {"${i.no}", "${i.name}", "${i.value}", "${i.against}", "${i.status}"};
        int small = f.recipientsSize() + 1;
        for (int c = 0; c < widths.length; c++) {
            w.cell(table.getRow(0).getCell(c), heads[c], Look.BOLD, small, ParagraphAlignment.CENTER);
            w.cell(table.getRow(2).getCell(c), cells[c], Look.PLAIN, small,
                    c == 0 || c == 4 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
        table.getRow(0).setRepeatHeader(true);
        w.cell(table.getRow(1).getCell(0), "<#list indicators as i>", Look.PLAIN, small, ParagraphAlignment.LEFT);
        w.cell(table.getRow(3).getCell(0), "</#list>", Look.PLAIN, small, ParagraphAlignment.LEFT);
    }

    private static void annex(WordWriter w, DocumentFormat f) {
        w.pageBreak();
        w.centered("PHỤ LỤC", Look.BOLD, f.bodySize()).setSpacingAfter(0);
        w.centered("Kết quả các chỉ tiêu, nguồn số liệu và ghi chú kiểm tra số liệu", Look.BOLD_ITALIC,
                f.bodySize());
        w.heading("1. Kết quả thực hiện các chỉ tiêu năm ${doc.year}");
        w.directive("<#if indicators?has_content>");
        indicatorTable(w, f);
        w.directive("<#else>");
        w.body("Các hội nghị trong năm không nêu số liệu chỉ tiêu.", Look.ITALIC);
        w.directive("</#if>");
        TemplateParts.sourcesAndNotes(w, "2. Các hội nghị được tổng hợp", "3. Ghi chú kiểm tra số liệu");
    }
}
