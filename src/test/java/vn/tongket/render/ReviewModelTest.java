package vn.tongket.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.UnitSummary;
import vn.tongket.aggregate.PeriodAggregator;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.UnitKind;
import vn.tongket.meeting.UnitLevel;

class ReviewModelTest {

    private static final Path INPUT = Path.of("input");

    private static UnitSummary summary(String unit, int year) {
        List<SourcedMeeting> meetings = TemplateCheck.meetings(INPUT, new java.util.ArrayList<>()).stream()
                .filter(m -> m.unitId().equals(unit))
                .toList();
        return PeriodAggregator.summarize(meetings, ReviewPeriod.year(year)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> model, String name) {
        return (List<Map<String, Object>>) model.get(name);
    }

    @Test
    void namesTheCommitteeAndTheSignerAsTheDocumentFormatWants() {
        Map<String, Object> model = ReviewModel.of(summary("thuong-tin", 2023));
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) model.get("doc");
        assertThat(doc).containsEntry("superiorOrganisation", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
                .containsEntry("committee", "HUYỆN ỦY THƯỜNG TÍN")
                .containsEntry("numberLine", "Số      -BC/HU")
                .containsEntry("placeDate", "Thường Tín, ngày 25 tháng 12 năm 2023");
        assertThat(model.get("signature")).isEqualTo(Map.of("authority", "T/M BAN THƯỜNG VỤ",
                "position", "PHÓ BÍ THƯ", "name", "Tạ Hữu Thọ"));
    }

    @Test
    void writesIndicatorsAsTheSourceReportedThem() {
        List<Map<String, Object>> indicators = list(ReviewModel.of(summary("thanh-tri", 2022)), "indicators");
        assertThat(indicators).extracting(i -> i.get("sentence")).contains(
                "Tổng thu ngân sách nhà nước trên địa bàn huyện: ước đạt 2.167 tỷ 098 triệu đồng, đạt 103,3% dự toán"
                        + " Thành phố giao, đạt 100,6% dự toán huyện giao.",
                "Trường công lập đạt chuẩn Quốc gia: 64/73 trường (87,67%).");
        assertThat(indicators).extracting(i -> (String) i.get("value"))
                .filteredOn(v -> v.startsWith("6/13"))
                .singleElement().asString().doesNotContain("%");
    }

    @Test
    void symbolsDropVowelMarksButKeepD() {
        Meeting.Unit ward = new Meeting.Unit(null, "Ba Đình", UnitKind.PHUONG, UnitLevel.COMMUNE,
                "Đảng ủy phường Ba Đình", null, new Meeting.Superior("Thành phố Hà Nội", "Thành ủy Hà Nội"));
        assertThat(UnitWording.of(ward).symbol()).isEqualTo("ĐU");
        assertThat(UnitWording.of(ward).committeeShort()).isEqualTo("Đảng ủy phường");
        Meeting.Unit commune = new Meeting.Unit(null, "Ba Đình", UnitKind.PHUONG, UnitLevel.COMMUNE,
                "Đảng ủy Ba Đình", null, new Meeting.Superior("Tỉnh Thanh Hóa", "Tỉnh ủy Thanh Hóa"));
        assertThat(UnitWording.of(commune).symbol()).isEqualTo("ĐU");
        assertThat(UnitWording.of(commune).superiorOrganisation()).isEqualTo("Đảng bộ tỉnh Thanh Hóa");
    }
}
