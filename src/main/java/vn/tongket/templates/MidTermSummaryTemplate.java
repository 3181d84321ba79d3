package vn.tongket.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.tongket.templates.WordWriter.Look;

/**
 * Writes the shipped template of the mid-term summary across the units under one superior: the units and their
 * gaps, the ranking rule, and one comparison table per indicator that at least two units report. A working paper,
 * not an official report, so it has no header block or signature. Users edit the .docx it writes:
 * {@code java -cp ... MidTermSummaryTemplate templates}.
 */
public final class MidTermSummaryTemplate {

    static final String FILE = "tong-hop-giua-nhiem-ky.docx";

    private MidTermSummaryTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "templates").resolve("mid-term-summary");
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
            write(DocumentFormat.PARTY, out);
        }
    }

    public static void write(DocumentFormat f, OutputStream out) throws IOException {
        try (WordWriter w = new WordWriter(f)) {
            w.pageNumberHeader();
            w.right("${doc.draftMark}", Look.BOLD_ITALIC, f.bodySize());
            w.centered("${doc.superiorHeading}", Look.BOLD, f.bodySize()).setSpacingAfter(0);
            w.centered("BÁO CÁO", Look.BOLD, f.documentTypeSize()).setSpacingAfter(0);
            w.centered("${doc.summaryLine}", Look.BOLD, f.bodySize()).setSpacingAfter(0);
            w.centered("(số liệu đến ${doc.asOfLine})", Look.ITALIC, f.bodySize()).setSpacingAfter(0);
            w.centered("-----", Look.PLAIN, f.bodySize());
            w.body("Bảng tổng hợp so sánh kết quả nửa đầu ${doc.termLabel} của ${doc.unitCount} đơn vị trực thuộc"
                    + " ${doc.superiorCommittee}, lập từ dữ liệu các hội nghị của từng đơn vị. Đây là tài liệu làm"
                    + " việc, không thay cho báo cáo sơ kết của các đơn vị.");

            int small = f.recipientsSize() - 1;
            w.heading("I. CÁC ĐƠN VỊ VÀ SỐ LIỆU CÓ ĐƯỢC");
            TemplateParts.listTable(w, small, new int[] {560, 2095, 1500, 1300, 1500, 1300, 1100},
                    new String[] {"TT", "Đơn vị", "Năm có số liệu cả năm", "Chỉ có số liệu 6 tháng",
                        "Năm không có số liệu", "Số liệu cả giai đoạn", "Số hội nghị"},
                    "<#list units as u>",
                    new String[] {"${u.no}", "${u.name}", "${u.fullYears}", "${u.halfYearOnly}", "${u.gaps}",
                        "${u.termFigures}", "${u.meetingCount}"});
            TemplateParts.bulletsOrElse(w, "gapUnits", "Các đơn vị có năm không có số liệu (không tính thay, không"
                    + " bỏ qua):", "- ${item}", "Các đơn vị đều có số liệu của tất cả các năm đã đến kỳ tổng kết.");

            w.heading("II. NGUYÊN TẮC SO SÁNH, XẾP HẠNG");
            w.directive("<#list rankingRule as r>");
            w.body("- ${r}");
            w.directive("</#list>");

            w.heading("III. SO SÁNH CÁC CHỈ TIÊU");
            w.directive("<#list indicators>");
            w.directive("<#items as i>");
            w.heading("${i.no}. ${i.name} (${i.area})");
            w.body("${i.basis}", Look.ITALIC);
            TemplateParts.listTable(w, small, new int[] {850, 1900, 1450, 2155, 1600, 1400},
                    new String[] {"Hạng", "Đơn vị", "Kỳ số liệu", "Số liệu", "So với kế hoạch", "Ghi chú"},
                    "<#list i.rows as r>",
                    new String[] {"${r.rank}", "${r.unit}", "${r.span}", "${r.value}", "${r.ratio}", "${r.note}"});
            w.directive("<#if i.total??>");
            w.body("${i.total}.");
            w.directive("</#if>");
            w.directive("</#items>");
            w.directive("<#else>");
            w.body("Không có chỉ tiêu nào được ít nhất hai đơn vị báo cáo.", Look.ITALIC);
            w.directive("</#list>");

            w.heading("IV. GHI CHÚ KIỂM TRA SỐ LIỆU");
            TemplateParts.bulletsOrElse(w, "dataNotes", null, "- ${item}", "Không có.");

            w.heading("V. TỆP DỮ LIỆU ĐẦU VÀO");
            w.directive("<#list inputs as file>");
            w.body("- ${file.name}");
            w.directive("</#list>");
            w.write(out);
        }
    }
}
