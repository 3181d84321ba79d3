package vn.tongket.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.CauseKind;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.MeetingKind;
import vn.tongket.meeting.PlanKind;
import vn.tongket.meeting.SetBy;

/**
 * Everything the meetings of one unit say about one review period (a year or a half year), added up: the basis of
 * the year-end and half-year review drafts.
 * Numbers stay as reported; recomputed figures sit beside them.
 */
public record UnitSummary(
        Meeting.Unit unit,
        String unitId,
        ReviewPeriod period,
        List<MeetingRef> meetings,
        List<Person> people,
        Tally tally,
        List<IndicatorResult> indicators,
        List<AreaGroup<FindingItem>> achievements,
        List<AreaGroup<FindingItem>> shortcomings,
        List<AreaGroup<String>> directions,
        List<Meeting.Directive> directives,
        List<String> lessons,
        List<AreaGroup<FindingItem>> previousShortcomings,
        Integer previousYear,
        List<String> warnings) {

    /** A meeting the summary draws on, with the source it was reported in. */
    public record MeetingRef(String id, String file, MeetingKind kind, String title, LocalDate date,
                             Integer session, Meeting.Term term, Meeting.Source source) {
    }

    /** A person named at the year's meetings, with every title and role seen. */
    public record Person(String name, List<String> titles, List<String> roles) {
    }

    /** The target tally as reported ("14/15 chỉ tiêu TP giao"). */
    public record Tally(int achieved, int total, SetBy setBy, String text, String meetingId) {
    }

    /** Items of one area, in the order first reported. */
    public record AreaGroup<T>(Area area, List<T> items) {
    }

    /** An achievement or shortcoming; {@code reportedBy} lists the meetings that said it (repeats merged). */
    public record FindingItem(String text, String cause, CauseKind causeKind, String responsible,
                              List<String> reportedBy) {
    }

    /**
     * One indicator for the year, taken from the latest meeting that reports it.
     *
     * @param computedPercent {@code part/total} recomputed, two decimals, where both are given
     * @param status          from actual against plan where the plan is known, else from the reported ratio
     */
    public record IndicatorResult(String key, String name, Area area, Measure measure, String countNoun,
                                  BigDecimal actual, boolean estimated, LocalDate asOf, String span,
                                  Integer part, Integer total, BigDecimal reportedPercent,
                                  BigDecimal computedPercent, List<AttainmentResult> attainment,
                                  BigDecimal growth, BigDecimal previousGrowth, String note,
                                  IndicatorStatus status, String meetingId) {
    }

    /** A ratio to a plan: as reported, and recomputed from actual and plan where the plan is given. */
    public record AttainmentResult(PlanKind against, SetBy setBy, BigDecimal reportedPercent,
                                   BigDecimal exceededBy, BigDecimal planValue, BigDecimal computedPercent,
                                   IndicatorStatus status, String note) {
    }

    public int achievementCount() {
        return achievements.stream().mapToInt(group -> group.items().size()).sum();
    }

    public int shortcomingCount() {
        return shortcomings.stream().mapToInt(group -> group.items().size()).sum();
    }
}
