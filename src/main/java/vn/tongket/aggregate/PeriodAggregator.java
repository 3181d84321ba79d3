package vn.tongket.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tongket.consistency.ConsistencyChecks;
import vn.tongket.consistency.Discrepancy;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;
import vn.tongket.vietnamese.VietnameseFormat;
import vn.tongket.vietnamese.VietnameseText;

/**
 * Adds up what every meeting of a unit reports about one review period (a year, or a half year). Pure: the same
 * meetings give the same summary.
 */
public final class PeriodAggregator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** By date, then id: the order in which a later meeting's figure replaces an earlier one's. */
    static final Comparator<SourcedMeeting> CHRONOLOGICAL = Comparator
            .comparing((SourcedMeeting m) -> m.meeting().date())
            .thenComparing(m -> m.meeting().id());

    private PeriodAggregator() {
    }

    /** The units that have at least one meeting about {@code period}, sorted by id. */
    public static List<String> unitsWith(List<SourcedMeeting> meetings, ReviewPeriod period) {
        return meetings.stream()
                .filter(m -> period.covers(m.meeting().period()))
                .map(SourcedMeeting::unitId)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * @param unitMeetings every meeting of one unit (any period); those about {@code period} are summed up, and
     *                     the last earlier one that lists shortcomings seeds the section on remedies
     */
    public static Optional<UnitSummary> summarize(List<SourcedMeeting> unitMeetings, ReviewPeriod period) {
        List<SourcedMeeting> ofPeriod = unitMeetings.stream()
                .filter(m -> period.covers(m.meeting().period()))
                .sorted(CHRONOLOGICAL)
                .toList();
        if (ofPeriod.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        Meeting latest = ofPeriod.getLast().meeting();

        Optional<SourcedMeeting> previous = unitMeetings.stream()
                .filter(m -> m.meeting().date().isBefore(ofPeriod.getFirst().meeting().date()))
                .filter(m -> !m.meeting().shortcomings().isEmpty())
                .max(CHRONOLOGICAL);

        return Optional.of(new UnitSummary(
                latest.unit(),
                ofPeriod.getLast().unitId(),
                period,
                ofPeriod.stream().map(PeriodAggregator::reference).toList(),
                people(ofPeriod),
                ofPeriod.reversed().stream()
                        .filter(m -> m.meeting().targetTally() != null)
                        .findFirst()
                        .map(m -> {
                            Meeting.TargetTally t = m.meeting().targetTally();
                            return new UnitSummary.Tally(t.achieved(), t.total(), t.setBy(), t.text(),
                                    m.meeting().id());
                        })
                        .orElse(null),
                indicators(ofPeriod, warnings),
                findingsByArea(ofPeriod, Meeting::achievements),
                findingsByArea(ofPeriod, Meeting::shortcomings),
                directionsByArea(ofPeriod),
                ofPeriod.stream().flatMap(m -> m.meeting().directives().stream()).toList(),
                ofPeriod.stream().flatMap(m -> m.meeting().lessons().stream()).distinct().toList(),
                previous.map(p -> findingsByArea(List.of(p), Meeting::shortcomings)).orElse(List.of()),
                previous.map(p -> p.meeting().date().getYear()).orElse(null),
                List.copyOf(warnings),
                discrepancies(unitMeetings, ofPeriod)));
    }

    /**
     * The figures of the period's meetings that disagree with their own parts or with the year before, checked
     * against every meeting of the unit (growth needs the earlier year).
     */
    static List<Discrepancy> discrepancies(List<SourcedMeeting> unitMeetings, List<SourcedMeeting> ofPeriod) {
        java.util.Set<String> ids = ofPeriod.stream().map(m -> m.meeting().id())
                .collect(java.util.stream.Collectors.toSet());
        return ConsistencyChecks.check(unitMeetings).stream().filter(d -> ids.contains(d.meetingId())).toList();
    }

    private static UnitSummary.MeetingRef reference(SourcedMeeting sourced) {
        Meeting m = sourced.meeting();
        return new UnitSummary.MeetingRef(m.id(), sourced.file(), m.kind(), m.title(), m.date(), m.session(),
                m.term(), m.source());
    }

    static List<UnitSummary.Person> people(List<SourcedMeeting> meetings) {
        Map<String, LinkedHashSet<String>> titles = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> roles = new LinkedHashMap<>();
        for (SourcedMeeting sourced : meetings) {
            for (Meeting.Participant p : sourced.meeting().participants()) {
                titles.computeIfAbsent(p.name(), k -> new LinkedHashSet<>()).addAll(p.titles());
                roles.computeIfAbsent(p.name(), k -> new LinkedHashSet<>())
                        .addAll(p.roles().stream().map(r -> r.code()).toList());
            }
        }
        return titles.keySet().stream()
                .map(name -> new UnitSummary.Person(name, List.copyOf(titles.get(name)),
                        List.copyOf(roles.get(name))))
                .toList();
    }

    static List<UnitSummary.AreaGroup<UnitSummary.FindingItem>> findingsByArea(
            List<SourcedMeeting> meetings, Function<Meeting, List<Meeting.Finding>> which) {
        Map<Area, Map<String, UnitSummary.FindingItem>> byArea = new EnumMap<>(Area.class);
        for (SourcedMeeting sourced : meetings) {
            for (Meeting.Finding finding : which.apply(sourced.meeting())) {
                Map<String, UnitSummary.FindingItem> items =
                        byArea.computeIfAbsent(finding.area(), a -> new LinkedHashMap<>());
                items.merge(VietnameseText.sameStatementKey(finding.text()),
                        new UnitSummary.FindingItem(finding.text(), finding.cause(), finding.causeKind(),
                                finding.responsible(), List.of(sourced.meeting().id())),
                        PeriodAggregator::mergeRepeat);
            }
        }
        List<UnitSummary.AreaGroup<UnitSummary.FindingItem>> groups = new ArrayList<>();
        byArea.forEach((area, items) -> groups.add(new UnitSummary.AreaGroup<>(area,
                List.copyOf(items.values()))));
        return groups;
    }

    private static UnitSummary.FindingItem mergeRepeat(UnitSummary.FindingItem first,
                                                           UnitSummary.FindingItem repeat) {
        List<String> reportedBy = new ArrayList<>(first.reportedBy());
        repeat.reportedBy().stream().filter(id -> !reportedBy.contains(id)).forEach(reportedBy::add);
        return new UnitSummary.FindingItem(first.text(),
                first.cause() != null ? first.cause() : repeat.cause(),
                first.causeKind() != null ? first.causeKind() : repeat.causeKind(),
                first.responsible() != null ? first.responsible() : repeat.responsible(),
                List.copyOf(reportedBy));
    }

    static List<UnitSummary.AreaGroup<String>> directionsByArea(List<SourcedMeeting> meetings) {
        Map<Area, Map<String, String>> byArea = new EnumMap<>(Area.class);
        for (SourcedMeeting sourced : meetings) {
            for (Meeting.Direction direction : sourced.meeting().directions()) {
                byArea.computeIfAbsent(direction.area(), a -> new LinkedHashMap<>())
                        .putIfAbsent(VietnameseText.sameStatementKey(direction.text()), direction.text());
            }
        }
        List<UnitSummary.AreaGroup<String>> groups = new ArrayList<>();
        byArea.forEach((area, items) -> groups.add(new UnitSummary.AreaGroup<>(area,
                List.copyOf(items.values()))));
        return groups;
    }

    private static List<UnitSummary.IndicatorResult> indicators(List<SourcedMeeting> meetings,
                                                                    List<String> warnings) {
        Map<String, UnitSummary.IndicatorResult> byKey = new LinkedHashMap<>();
        for (SourcedMeeting sourced : meetings) {
            for (Indicator indicator : sourced.meeting().indicators()) {
                String key = keyOf(indicator);
                UnitSummary.IndicatorResult result = evaluate(key, indicator, sourced);
                UnitSummary.IndicatorResult earlier = byKey.get(key);
                if (earlier != null && !sameValue(earlier, result)) {
                    warnings.add("Chỉ tiêu \"" + indicator.name() + "\": hội nghị " + earlier.meetingId()
                            + " báo cáo " + plain(earlier.actual()) + ", hội nghị " + result.meetingId()
                            + " báo cáo " + plain(result.actual()) + "; dùng số liệu của hội nghị sau.");
                }
                byKey.remove(key);
                byKey.put(key, result);
            }
        }
        List<UnitSummary.IndicatorResult> results = new ArrayList<>(byKey.values());
        results.sort(Comparator.comparing(UnitSummary.IndicatorResult::area));
        return results;
    }

    /** The indicator's key, or the slug of its name where the meeting gives none. */
    static String keyOf(Indicator indicator) {
        return indicator.key() != null ? indicator.key() : VietnameseText.slug(indicator.name());
    }

    static boolean sameValue(UnitSummary.IndicatorResult a, UnitSummary.IndicatorResult b) {
        return compareNullable(a.actual(), b.actual()) && java.util.Objects.equals(a.part(), b.part())
                && java.util.Objects.equals(a.total(), b.total());
    }

    private static boolean compareNullable(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String plain(BigDecimal value) {
        return value == null ? "(không có số)" : VietnameseFormat.number(value);
    }

    static UnitSummary.IndicatorResult evaluate(String key, Indicator indicator, SourcedMeeting sourced) {
        BigDecimal computedPercent = null;
        if (indicator.part() != null && indicator.total() != null) {
            computedPercent = ratio(BigDecimal.valueOf(indicator.part()), BigDecimal.valueOf(indicator.total()));
        }
        List<UnitSummary.AttainmentResult> attainment = new ArrayList<>();
        for (Indicator.Attainment a : indicator.attainment()) {
            BigDecimal computed = a.planValue() != null && indicator.actual() != null && a.planValue().signum() > 0
                    ? ratio(indicator.actual(), a.planValue()) : null;
            attainment.add(new UnitSummary.AttainmentResult(a.against(), a.setBy(), a.percent(),
                    a.exceededBy(), a.planValue(), computed, status(a, computed), a.note()));
        }
        IndicatorStatus status = attainment.stream()
                .map(UnitSummary.AttainmentResult::status)
                .filter(s -> s != IndicatorStatus.UNKNOWN)
                .findFirst()
                .orElse(IndicatorStatus.UNKNOWN);
        return new UnitSummary.IndicatorResult(key, indicator.name(), indicator.area(), indicator.measure(),
                indicator.countNoun(), indicator.actual(), Boolean.TRUE.equals(indicator.estimated()),
                indicator.asOf(), span(indicator.span()), indicator.part(), indicator.total(), indicator.percent(),
                computedPercent, List.copyOf(attainment),
                indicator.growth() == null ? null : indicator.growth().percent(),
                indicator.growth() == null ? null : indicator.growth().previousPercent(),
                indicator.note(), status, sourced.meeting().id());
    }

    /** Status against the period's own plan; a share of a longer plan (year, term) says nothing yet. */
    private static IndicatorStatus status(Indicator.Attainment a, BigDecimal computed) {
        if (a.against() == PlanKind.ANNUAL_PLAN || a.against() == PlanKind.TERM_TARGET) {
            return IndicatorStatus.UNKNOWN;
        }
        if (computed != null) {
            return IndicatorStatus.ofPercent(computed);
        }
        if (a.percent() != null) {
            return IndicatorStatus.ofPercent(a.percent());
        }
        if (a.exceededBy() != null) {
            return a.exceededBy().signum() > 0 ? IndicatorStatus.EXCEEDED : IndicatorStatus.MET;
        }
        return IndicatorStatus.UNKNOWN;
    }

    static String span(Period span) {
        if (span == null) {
            return null;
        }
        return switch (span.kind()) {
            case YEAR -> "năm " + span.year();
            case HALF_YEAR -> "6 tháng " + (span.half() == 1 ? "đầu" : "cuối") + " năm " + span.year();
            case YEARS, TERM_TO_DATE -> "giai đoạn " + span.from() + "-" + span.to();
        };
    }

    /** part/whole in percent, to two decimals. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
