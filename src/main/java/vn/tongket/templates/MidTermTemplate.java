package vn.tongket.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.tongket.docx.WordCharts;
import vn.tongket.templates.WordWriter.Look;

/**
 * Writes the shipped mid-term assessment report template (báo cáo sơ kết giữa nhiệm kỳ) in the customary outline of
 * district reports (see the shared report outlines): Phần thứ nhất, results of the first half of the term (I
 * leadership, II main targets, III tasks by field, IV breakthroughs, V overall assessment); Phần thứ hai, goals and
 * tasks for the second half; Phần thứ ba, proposals; and the annex with the targets by year. Users edit the .docx
 * it writes: {@code java -cp ... MidTermTemplate templates}.
 */
public final class MidTermTemplate {

    static final String FILE = "bao-cao-so-ket-giua-nhiem-ky.docx";
    /** 1 mm, in twips: the annex table's left and right cell margins (Word's default is 1.9 mm). */
    private static final int NARROW_CELL_MARGIN = 57;
    /** Which periods reported an item, where the unit has meetings about more than one. */
    private static final String PERIODS = "<#if item.periods?has_content> (${item.periods})</#if>";
    private static final String AREA_PERIODS = "<#if a.periods?has_content> (${a.periods})</#if>";

    private MidTermTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "templates").resolve("mid-term");
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
            write(DocumentFormat.PARTY, out);
        }
    }

    public static void write(DocumentFormat f, OutputStream out) throws IOException {
        try (WordWriter w = new WordWriter(f)) {
            TemplateParts.opening(w, f);
            w.body("Thực hiện Kế hoạch của Ban Thường vụ ${doc.superiorCommittee} về sơ kết giữa nhiệm kỳ thực hiện"
                    + " Nghị quyết Đại hội đảng bộ các cấp, nhiệm kỳ ${doc.term}, ${doc.reviewedBody} báo cáo kết quả"
                    + " sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu ${doc.organisationKind}"
                    + " ${doc.congress}, nhiệm kỳ ${doc.term} (số liệu đến ${doc.asOfLine}) như sau:");

            TemplateParts.part(w, f, "Phần thứ nhất",
                    "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NỬA ĐẦU NHIỆM KỲ (${doc.firstHalf})");
            w.heading("Đặc điểm tình hình");
            w.body(TemplateParts.DRAFTER + "thuận lợi, khó khăn trong nửa đầu nhiệm kỳ.]", Look.ITALIC);
            w.body("Báo cáo tổng hợp số liệu của ${meetings?size} hội nghị của ${unit.fullName} trong nửa đầu"
                    + " nhiệm kỳ, theo từng năm:");
            w.directive("<#list years as y>");
            w.body("- Năm ${y.year}: ${y.text}.");
            w.directive("</#list>");
            w.directive("<#if gaps?has_content>");
            w.body("Không có số liệu năm ${gapYears}: báo cáo không tính thay số liệu của các năm này (xem Phụ lục,"
                    + " mục 2).", Look.ITALIC);
            w.directive("</#if>");

            w.heading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, CỤ THỂ HÓA NGHỊ QUYẾT");
            w.directive("<#if leadershipAchievements?has_content || leadershipIndicators?has_content>");
            w.directive("<#list leadershipAchievements as item>");
            w.body("- ${item.text}" + PERIODS);
            w.directive("</#list>");
            w.directive("<#list leadershipIndicators as i>");
            w.body("- ${i.sentence}");
            w.directive("</#list>");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "việc quán triệt Nghị quyết, ban hành chương trình hành động, chương"
                    + " trình công tác toàn khóa, đề án, nghị quyết chuyên đề.]", Look.ITALIC);
            w.directive("</#if>");

            w.heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU");
            w.directive("<#if termTally??>");
            w.body("Nửa đầu nhiệm kỳ, ${unit.kind} đã ${termTally.text} ${termTally.fraction} chỉ tiêu"
                    + " ${termTally.setBy} (${termTally.period}).");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị không nêu số chỉ tiêu Nghị quyết đạt và vượt của cả nửa"
                    + " đầu nhiệm kỳ; tổng hợp “…/… chỉ tiêu đạt và vượt; …/… có khả năng đạt; …/… khó đạt” theo"
                    + " Phụ lục.]", Look.ITALIC);
            w.directive("</#if>");
            w.directive("<#list yearTallies as t>");
            w.body("- ${t.period?cap_first}: ${t.text} ${t.fraction} chỉ tiêu ${t.setBy}.");
            w.directive("</#list>");
            w.directive("<#if fieldIndicators?has_content>");
            w.body("Kết quả các chỉ tiêu theo từng năm:");
            w.directive("<#list fieldIndicators as i>");
            w.body("- ${i.sentence}");
            w.directive("</#list>");
            w.body("${attainmentLine}");
            attainmentTable(w, f);
            w.body("(Chi tiết tại Phụ lục, mục 1.)", Look.ITALIC);
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị không nêu số liệu chỉ tiêu; bổ sung kết quả thực hiện các"
                    + " chỉ tiêu Nghị quyết.]", Look.ITALIC);
            w.directive("</#if>");

            w.heading("III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU");
            w.directive("<#if fieldAchievementAreas?has_content>");
            w.body("Kết quả nổi bật theo lĩnh vực, như các hội nghị trong nửa đầu nhiệm kỳ ghi nhận:");
            TemplateParts.countedByArea(w, "fieldAchievementAreas", "kết quả", "- ${item.text}" + PERIODS);
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "kết quả trên từng lĩnh vực: kinh tế; văn hóa - xã hội; quốc phòng - an"
                    + " ninh; xây dựng Đảng và hệ thống chính trị.]", Look.ITALIC);
            w.directive("</#if>");

            w.heading("IV. KẾT QUẢ THỰC HIỆN CÁC KHÂU ĐỘT PHÁ, NHIỆM VỤ TRỌNG TÂM, CHƯƠNG TRÌNH CÔNG TÁC TOÀN KHÓA");
            w.body(TemplateParts.DRAFTER + "kết quả từng khâu đột phá, nhiệm vụ trọng tâm và chương trình công tác"
                    + " toàn khóa.]", Look.ITALIC);

            w.heading("V. ĐÁNH GIÁ CHUNG");
            w.heading("1. Ưu điểm, kết quả nổi bật");
            w.directive("<#if achievementCount gt 0>");
            w.body("Các hội nghị trong nửa đầu nhiệm kỳ ghi nhận ${achievementCount} kết quả nổi bật trên"
                    + " ${achievementAreaCount} lĩnh vực:");
            w.directive("<#list achievementAreas as a>");
            w.body("- ${a.label}: ${a.count} kết quả" + AREA_PERIODS + ".");
            w.directive("</#list>");
            w.directive("</#if>");
            w.body(TemplateParts.DRAFTER + "đánh giá chung những ưu điểm, kết quả nổi bật.]", Look.ITALIC);
            w.heading("2. Hạn chế, khuyết điểm");
            w.directive("<#if shortcomingCount gt 0>");
            w.body("Các hội nghị trong nửa đầu nhiệm kỳ chỉ ra ${shortcomingCount} hạn chế, khuyết điểm trên"
                    + " ${shortcomingAreaCount} lĩnh vực:");
            TemplateParts.countedByArea(w, "shortcomingAreas", "hạn chế", "- ${item.text}" + PERIODS
                    + "<#if item.responsible??> (trách nhiệm: ${item.responsible})</#if>");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "các hội nghị không nêu hạn chế, khuyết điểm; tự đánh giá.]",
                    Look.ITALIC);
            w.directive("</#if>");
            w.heading("3. Nguyên nhân");
            TemplateParts.bulletsOrElse(w, "causes", null, "- <#if item.kind?has_content>${item.kind}: </#if>"
                    + "${item.text}", TemplateParts.DRAFTER + "nguyên nhân khách quan và chủ quan.]");
            w.heading("4. Bài học kinh nghiệm");
            TemplateParts.bulletsOrElse(w, "lessons", null, "- ${item}",
                    TemplateParts.DRAFTER + "bài học kinh nghiệm rút ra từ nửa đầu nhiệm kỳ.]");

            TemplateParts.part(w, f, "Phần thứ hai",
                    "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NỬA CUỐI NHIỆM KỲ (${doc.secondHalf})");
            w.heading("I. DỰ BÁO TÌNH HÌNH");
            w.body(TemplateParts.DRAFTER + "dự báo bối cảnh nửa cuối nhiệm kỳ.]", Look.ITALIC);
            w.heading("II. MỤC TIÊU, CHỈ TIÊU");
            w.body(TemplateParts.DRAFTER + "giữ các mục tiêu, chỉ tiêu của Nghị quyết; đề xuất điều chỉnh những"
                    + " chỉ tiêu khó đạt (xem Phụ lục, mục 1).]", Look.ITALIC);
            w.heading("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM");
            w.directive("<#if directionAreas?has_content>");
            w.body("Theo phương hướng, nhiệm vụ đề ra tại ${directionsFrom}:");
            TemplateParts.byArea(w, "directionAreas", "- ${item}");
            w.directive("<#else>");
            w.body(TemplateParts.DRAFTER + "nhiệm vụ, giải pháp trọng tâm nửa cuối nhiệm kỳ theo từng lĩnh"
                    + " vực.]", Look.ITALIC);
            w.directive("</#if>");
            w.directive("<#if directives?has_content>");
            w.body("Quán triệt ý kiến chỉ đạo tại ${directivesFrom}:");
            w.directive("<#list directives as d>");
            w.body("- <#if d.by?has_content>Đồng chí ${d.by}: </#if>${d.text}");
            w.directive("</#list>");
            w.directive("</#if>");

            TemplateParts.part(w, f, "Phần thứ ba", "ĐỀ XUẤT, KIẾN NGHỊ");
            w.body(TemplateParts.DRAFTER + "đề xuất, kiến nghị với Trung ương, ${doc.superiorCommittee} và các cơ"
                    + " quan cấp trên.]", Look.ITALIC);
            w.body("Trên đây là báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu"
                    + " ${doc.organisationKind} ${doc.congress}, nhiệm kỳ ${doc.term}. ${doc.reviewedBody} kêu gọi"
                    + " cán bộ, đảng viên và Nhân dân phát huy kết quả đạt được, khắc phục hạn chế, phấn đấu hoàn"
                    + " thành thắng lợi Nghị quyết Đại hội đại biểu ${doc.organisationKind} ${doc.congress}, nhiệm kỳ"
                    + " ${doc.term}.");

            TemplateParts.signatureBlock(w, f);
            annex(w, f);
            w.write(out);
        }
    }

    /**
     * Indicator counts by area and status: a native Word chart bound to {@code charts.attainmentByArea} (its title
     * reads "chart: charts.attainmentByArea"; the fill gives it the data's title), then the same figures as a table.
     */
    private static void attainmentTable(WordWriter w, DocumentFormat f) {
        XWPFParagraph chart = w.centered("", Look.PLAIN, f.bodySize());
        chart.setKeepNext(true);
        WordCharts.addColumnChart(w.document(), chart, "charts.attainmentByArea",
                "Số chỉ tiêu theo lĩnh vực và mức độ đạt", CHART_WIDTH_EMU, CHART_HEIGHT_EMU);
        w.body("${charts.attainmentByArea.title}:", Look.ITALIC);
        TemplateParts.listTable(w, f.recipientsSize(), new int[] {3355, 1500, 1500, 1700, 1300},
                new String[] {"Lĩnh vực", "Đạt và vượt", "Chưa đạt", "Chưa đánh giá được", "Tổng số"},
                "<#list attainmentByArea as r>",
                new String[] {"${r.area}", "${r.met}", "${r.notMet}", "${r.notAssessed}", "${r.total}"});
    }

    /** 16 cm by 8 cm: the width of the text block on A4 with the Party margins. */
    private static final int CHART_WIDTH_EMU = 16 * 360_000;
    private static final int CHART_HEIGHT_EMU = 8 * 360_000;

    private static void annex(WordWriter w, DocumentFormat f) {
        w.pageBreak();
        w.centered("PHỤ LỤC", Look.BOLD, f.bodySize()).setSpacingAfter(0);
        w.centered("Kết quả thực hiện các chỉ tiêu chủ yếu theo năm, các năm không có số liệu, nguồn số liệu",
                Look.BOLD_ITALIC, f.bodySize());
        w.heading("1. Kết quả thực hiện các chỉ tiêu chủ yếu Nghị quyết theo năm");
        w.directive("<#if indicators?has_content>");
        // ten columns: 9 pt with narrow cell margins, so that "14.563,145" and "07/04/2023" keep to one line
        int size = f.recipientsSize() - 3;
        XWPFTable table = TemplateParts.listTable(w, size,
                new int[] {450, 1705, 700, 750, 950, 950, 950, 950, 1000, 950},
                new String[] {"TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "${annex.yearHeads[0]}",
                    "${annex.yearHeads[1]}", "${annex.yearHeads[2]}", "${annex.yearHeads[3]}", "Cả giai đoạn",
                    "Tiến độ, đánh giá"},
                "<#list indicators as i>",
                new String[] {"${i.no}", "${i.name}", "${i.unit}", "${i.target}", "${i.yearCells[0]}",
                    "${i.yearCells[1]}", "${i.yearCells[2]}", "${i.yearCells[3]}", "${i.term}\n${i.termSpan}",
                    "${i.assessment}\n${i.progress}"});
        table.setCellMargins(0, NARROW_CELL_MARGIN, 0, NARROW_CELL_MARGIN);
        // a target's row is read as one: it goes whole to the next page rather than leave part of itself behind
        // (LibreOffice splits or moves such rows by the way its layout got there, docs/pdf-fidelity.md)
        table.getRow(2).setCantSplitRow(true);
        w.body("Ghi chú: “—”: không có số liệu của năm đã đến kỳ tổng kết năm (từ ngày 01/12 của năm); ô trống:"
                + " năm chưa đến kỳ tại ngày ${doc.asOf}. Số liệu 6 tháng được ghi rõ và không thay cho số liệu cả"
                + " năm.", Look.ITALIC);
        w.directive("<#list annex.notes as n>");
        w.body("${n}", Look.ITALIC);
        w.directive("</#list>");
        w.directive("<#else>");
        w.body("Các hội nghị không nêu số liệu chỉ tiêu.", Look.ITALIC);
        w.directive("</#if>");

        w.heading("2. Các năm không có số liệu");
        TemplateParts.bulletsOrElse(w, "gaps", null, "- ${item}",
                "Đơn vị có hội nghị về tất cả các năm đã đến kỳ tổng kết tại ngày ${doc.asOf}.");

        w.heading("3. Số liệu không khớp giữa các hội nghị");
        TemplateParts.bulletsOrElse(w, "conflicts", "Khi hai hội nghị báo cáo khác nhau về cùng một chỉ tiêu, cùng"
                + " một kỳ, dự thảo dùng số liệu của hội nghị sau (theo ngày, rồi theo mã hội nghị):", "- ${item}",
                "Không có.");

        TemplateParts.sourcesAndNotes(w, "4. Các hội nghị được tổng hợp", "5. Ghi chú kiểm tra số liệu");
        w.directive("<#if afterAsOf?has_content>");
        w.body("Các hội nghị sau ngày chốt số liệu ${doc.asOf}, không tính:");
        w.directive("<#list afterAsOf as m>");
        w.body("- ${m.title} (${m.period}), ngày ${m.date}. Mã dữ liệu: ${m.id}.");
        w.directive("</#list>");
        w.directive("</#if>");
    }
}
