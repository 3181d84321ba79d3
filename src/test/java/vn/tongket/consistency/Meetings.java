package vn.tongket.consistency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.MeetingKind;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;
import vn.tongket.meeting.UnitKind;
import vn.tongket.meeting.UnitLevel;

/** Small meetings and indicators for the consistency tests. */
final class Meetings {

    private Meetings() {
    }

    static SourcedMeeting yearEnd(String unit, int year, Indicator... indicators) {
        return yearEnd(unit, year, LocalDate.of(year, 12, 20), indicators);
    }

    static SourcedMeeting yearEnd(String unit, int year, LocalDate date, Indicator... indicators) {
        Meeting meeting = new Meeting(Meeting.FORMAT_V1, unit + "-" + year, new Meeting.Unit(unit, unit,
                UnitKind.HUYEN, UnitLevel.DISTRICT, "Huyện ủy " + unit, null, new Meeting.Superior("Hà Nội",
                "Thành ủy Hà Nội")), MeetingKind.YEAR_END_REVIEW, null, List.of(), date, null, null, null, null,
                Period.year(year), List.of(), null, List.of(indicators), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), new Meeting.Source("Tin", "không rõ", null, List.of()));
        return new SourcedMeeting("input/" + unit + "-" + year + ".json", meeting);
    }

    static Indicator amount(String key, Measure measure, String actual) {
        return new Indicator(key, key, Area.ECONOMY, measure, null, new BigDecimal(actual), null, null, null, null,
                null, null, List.of(), null, null, null);
    }

    static Indicator count(String key, long actual, String partOf) {
        return new Indicator(key, key, Area.PARTY_BUILDING, Measure.COUNT, "kỳ họp", BigDecimal.valueOf(actual),
                null, null, null, null, null, null, List.of(), null, null, partOf);
    }

    static Indicator share(String key, int part, int total, String percent) {
        return new Indicator(key, key, Area.CULTURE_SOCIETY, Measure.COUNT, "trường", null, null, null, null, part,
                total, percent == null ? null : new BigDecimal(percent), List.of(), null, null, null);
    }

    static Indicator withPartOf(Indicator i, String partOf) {
        return new Indicator(i.key(), i.name(), i.area(), i.measure(), i.countNoun(), i.actual(), i.estimated(),
                i.asOf(), i.span(), i.part(), i.total(), i.percent(), i.attainment(), i.growth(), i.note(), partOf);
    }

    static Indicator attained(Indicator i, String percent, String exceededBy, String planValue) {
        Indicator.Attainment a = new Indicator.Attainment(PlanKind.PLAN, null, decimal(percent), decimal(exceededBy),
                decimal(planValue), null);
        return new Indicator(i.key(), i.name(), i.area(), i.measure(), i.countNoun(), i.actual(), i.estimated(),
                i.asOf(), i.span(), i.part(), i.total(), i.percent(), List.of(a), i.growth(), i.note(), i.partOf());
    }

    static Indicator grown(Indicator i, String percent, String previousPercent) {
        return new Indicator(i.key(), i.name(), i.area(), i.measure(), i.countNoun(), i.actual(), i.estimated(),
                i.asOf(), i.span(), i.part(), i.total(), i.percent(), i.attainment(),
                new Indicator.Growth(decimal(percent), decimal(previousPercent)), i.note(), i.partOf());
    }

    static Indicator estimated(Indicator i) {
        return new Indicator(i.key(), i.name(), i.area(), i.measure(), i.countNoun(), i.actual(), true, i.asOf(),
                i.span(), i.part(), i.total(), i.percent(), i.attainment(), i.growth(), i.note(), i.partOf());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
