package vn.tongket.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tongket.aggregate.ReviewTerm;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.TermAggregator;
import vn.tongket.aggregate.UnitTermSummary;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.ingest.MeetingReader;

/** The mid-term data model: the chart's data in the exact shape the Word chart binds to, and the annex cells. */
class MidTermModelTest {

    private static UnitTermSummary summary(Path input, String unit, LocalDate asOf) {
        List<SourcedMeeting> all = new MeetingFiles(MeetingReader.NonNfcPolicy.REJECT,
                MeetingReader.DEFAULT_MAX_FILE_BYTES).validMeetings(input, new ArrayList<>());
        return TermAggregator.summarize(all.stream().filter(m -> m.unitId().equals(unit)).toList(),
                ReviewTerm.ofKey("2020-2025"), asOf, Map.of()).orElseThrow();
    }

    @Test
    void theAttainmentChartHasTitleCategoriesAndThreeSeriesOfWholeNumbers() {
        Map<String, Object> model = MidTermModel.of(summary(Path.of("input"), "tay-ho", LocalDate.of(2023, 4, 7)));

        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) ((Map<String, Object>) model.get("charts"))
                .get("attainmentByArea");
        assertThat(chart).containsOnlyKeys("title", "categories", "series");
        assertThat(chart.get("title")).isEqualTo("Mức độ đạt chỉ tiêu theo lĩnh vực (số chỉ tiêu)");
        assertThat(chart.get("categories")).isEqualTo(List.of("Công tác lãnh đạo, chỉ đạo", "Kinh tế",
                "Thu, chi ngân sách", "Văn hóa - xã hội", "Xây dựng Đảng và hệ thống chính trị"));
        assertThat(chart.get("series")).isEqualTo(List.of(
                Map.of("name", "Đạt và vượt", "values", List.of(0, 0, 1, 0, 0)),
                Map.of("name", "Chưa đạt", "values", List.of(0, 1, 0, 0, 0)),
                Map.of("name", "Chưa đánh giá được", "values", List.of(6, 0, 1, 4, 3))));
        assertThat((List<?>) model.get("attainmentByArea")).last()
                .isEqualTo(Map.of("area", "Tổng số", "met", "1", "notMet", "1", "notAssessed", "14", "total", "16"));
    }

    @Test
    void theAnnexRowsHaveFourYearCellsWithGapsAndTheTermFigure() {
        Map<String, Object> model = MidTermModel.of(summary(Path.of("input"), "thuong-tin",
                LocalDate.of(2023, 12, 25)));

        @SuppressWarnings("unchecked")
        Map<String, Object> annex = (Map<String, Object>) model.get("annex");
        assertThat(annex.get("yearHeads")).isEqualTo(List.of("2020", "2021", "2022", "2023"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("indicators");
        Map<String, Object> revenue = rows.stream().filter(r -> r.get("key").equals("state-budget-revenue"))
                .findFirst().orElseThrow();
        assertThat(revenue.get("yearCells")).isEqualTo(List.of("ước 258.868 triệu đồng (6 tháng đầu năm)", "—", "—",
                "1.528"));
        assertThat(revenue).containsEntry("unit", "tỷ đồng").containsEntry("assessment", "Đạt và vượt")
                .containsEntry("progress", "đạt 132% kế hoạch giao (năm 2023)").containsEntry("term", "");
        assertThat(model.get("gapYears")).isEqualTo("2022");

        Map<String, Object> tayHo = MidTermModel.of(summary(Path.of("input"), "tay-ho", LocalDate.of(2023, 4, 7)));
        @SuppressWarnings("unchecked")
        Map<String, Object> growth = ((List<Map<String, Object>>) tayHo.get("indicators")).stream()
                .filter(r -> r.get("key").equals("average-output-growth")).findFirst().orElseThrow();
        assertThat(growth.get("yearCells")).isEqualTo(List.of("—", "—", "—", ""));
        assertThat(growth).containsEntry("term", "13,48").containsEntry("termSpan", "2020-2022")
                .containsEntry("target", "(không nêu)").containsEntry("assessment", "Chưa đạt")
                .containsEntry("progress", "đạt 96,3% chỉ tiêu nhiệm kỳ Nghị quyết Đại hội");
    }
}
