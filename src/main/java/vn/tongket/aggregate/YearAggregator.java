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
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;
import vn.tongket.vietnamese.VietnameseFormat;
import vn.tongket.vietnamese.VietnameseText;

/** Adds up what every meeting of a unit reports about one year. Pure: the same meetings give the same summary. */
public final class YearAggregator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<SourcedMeeting> CHRONOLOGICAL = Comparator
            .comparing((SourcedMeeting m) -> m.meeting().date())
            .thenComparing(m -> m.meeting().id());

    private YearAggregator() {
    }

    /** The units that have at least one meeting about the whole of {@code year}, sorted by id. */
    public static List<String> unitsWithYear(List<SourcedMeeting> meetings, int year) {
        return meetings.stream()
                .filter(m -> m.meeting().period().isYear(year))
                .map(SourcedMeeting::unitId)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * @param unitMeetings every meeting of one unit (any period); those about {@code year} are summed up, and
     *                     the last earlier one that lists shortcomings seeds the section on remedies
     */
    public static Optional<UnitYearSummary> summarize(List<SourcedMeeting> unitMeetings, int year) {
        List<SourcedMeeting> ofYear = unitMeetings.stream()
                .filter(m -> m.meeting().period().isYear(year))
                .sorted(CHRONOLOGICAL)
                .toList();
        if (ofYear.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        Meeting latest = ofYear.getLast().meeting();

        Optional<SourcedMeeting> previous = unitMeetings.stream()
                .filter(m -> m.meeting().date().isBefore(ofYear.getFirst().meeting().date()))
                .filter(m -> !m.meeting().shortcomings().isEmpty())
                .max(CHRONOLOGICAL);

        return Optional.of(new UnitYearSummary(
                latest.unit(),
                ofYear.getLast().unitId(),
                year,
                ofYear.stream().map(YearAggregator::reference).toList(),
                people(ofYear),
                ofYear.reversed().stream()
                        .filter(m -> m.meeting().targetTally() != null)
                        .findFirst()
                        .map(m -> {
                            Meeting.TargetTally t = m.meeting().targetTally();
                            return new UnitYearSummary.Tally(t.achieved(), t.total(), t.setBy(), t.text(),
                                    m.meeting().id());
                        })
                        .orElse(null),
                indicators(ofYear, warnings),
                findingsByArea(ofYear, Meeting::achievements),
                findingsByArea(ofYear, Meeting::shortcomings),
                directionsByArea(ofYear),
                ofYear.stream().flatMap(m -> m.meeting().directives().stream()).toList(),
                ofYear.stream().flatMap(m -> m.meeting().lessons().stream()).distinct().toList(),
                previous.map(p -> findingsByArea(List.of(p), Meeting::shortcomings)).orElse(List.of()),
                previous.map(p -> p.meeting().date().getYear()).orElse(null),
                List.copyOf(warnings)));
    }

    private static UnitYearSummary.MeetingRef reference(SourcedMeeting sourced) {
        Meeting m = sourced.meeting();
        return new UnitYearSummary.MeetingRef(m.id(), sourced.file(), m.kind(), m.title(), m.date(), m.session(),
                m.term(), m.source());
    }

    private static List<UnitYearSummary.Person> people(List<SourcedMeeting> meetings) {
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
                .map(name -> new UnitYearSummary.Person(name, List.copyOf(titles.get(name)),
                        List.copyOf(roles.get(name))))
                .toList();
    }

    private static List<UnitYearSummary.AreaGroup<UnitYearSummary.FindingItem>> findingsByArea(
            List<SourcedMeeting> meetings, Function<Meeting, List<Meeting.Finding>> which) {
        Map<Area, Map<String, UnitYearSummary.FindingItem>> byArea = new EnumMap<>(Area.class);
        for (SourcedMeeting sourced : meetings) {
            for (Meeting.Finding finding : which.apply(sourced.meeting())) {
                Map<String, UnitYearSummary.FindingItem> items =
                        byArea.computeIfAbsent(finding.area(), a -> new LinkedHashMap<>());
                items.merge(VietnameseText.sameStatementKey(finding.text()),
                        new UnitYearSummary.FindingItem(finding.text(), finding.cause(), finding.causeKind(),
                                finding.responsible(), List.of(sourced.meeting().id())),
                        YearAggregator::mergeRepeat);
            }
        }
        List<UnitYearSummary.AreaGroup<UnitYearSummary.FindingItem>> groups = new ArrayList<>();
        byArea.forEach((area, items) -> groups.add(new UnitYearSummary.AreaGroup<>(area,
                List.copyOf(items.values()))));
        return groups;
    }

    private static UnitYearSummary.FindingItem mergeRepeat(UnitYearSummary.FindingItem first,
                                                           UnitYearSummary.FindingItem repeat) {
        List<String> reportedBy = new ArrayList<>(first.reportedBy());
        repeat.reportedBy().stream().filter(id -> !reportedBy.contains(id)).forEach(reportedBy::add);
        return new UnitYearSummary.FindingItem(first.text(),
                first.cause() != null ? first.cause() : repeat.cause(),
                first.causeKind() != null ? first.causeKind() : repeat.causeKind(),
                first.responsible() != null ? first.responsible() : repeat.responsible(),
                List.copyOf(reportedBy));
    }

    private static List<UnitYearSummary.AreaGroup<String>> directionsByArea(List<SourcedMeeting> meetings) {
        Map<Area, Map<String, String>> byArea = new EnumMap<>(Area.class);
        for (SourcedMeeting sourced : meetings) {
            for (Meeting.Direction direction : sourced.meeting().directions()) {
                byArea.computeIfAbsent(direction.area(), a -> new LinkedHashMap<>())
                        .putIfAbsent(VietnameseText.sameStatementKey(direction.text()), direction.text());
            }
        }
        List<UnitYearSummary.AreaGroup<String>> groups = new ArrayList<>();
        byArea.forEach((area, items) -> groups.add(new UnitYearSummary.AreaGroup<>(area,
                List.copyOf(items.values()))));
        return groups;
    }

    private static List<UnitYearSummary.IndicatorResult> indicators(List<SourcedMeeting> meetings,
                                                                    List<String> warnings) {
        Map<String, UnitYearSummary.IndicatorResult> byKey = new LinkedHashMap<>();
        for (SourcedMeeting sourced : meetings) {
            for (Indicator indicator : sourced.meeting().indicators()) {
                String key = indicator.key() != null ? indicator.key() : VietnameseText.slug(indicator.name());
                UnitYearSummary.IndicatorResult result = evaluate(key, indicator, sourced, warnings);
                UnitYearSummary.IndicatorResult earlier = byKey.get(key);
                if (earlier != null && !sameValue(earlier, result)) {
                    warnings.add("Chỉ tiêu \"" + indicator.name() + "\": hội nghị " + earlier.meetingId()
                            + " báo cáo " + plain(earlier.actual()) + ", hội nghị " + result.meetingId()
                            + " báo cáo " + plain(result.actual()) + "; dùng số liệu của hội nghị sau.");
                }
                byKey.remove(key);
                byKey.put(key, result);
            }
        }
        List<UnitYearSummary.IndicatorResult> results = new ArrayList<>(byKey.values());
        results.sort(Comparator.comparing(UnitYearSummary.IndicatorResult::area));
        return results;
    }

    private static boolean sameValue(UnitYearSummary.IndicatorResult a, UnitYearSummary.IndicatorResult b) {
        return compareNullable(a.actual(), b.actual()) && java.util.Objects.equals(a.part(), b.part())
                && java.util.Objects.equals(a.total(), b.total());
    }

    private static boolean compareNullable(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "(không có số)" : VietnameseFormat.number(value);
    }

    private static UnitYearSummary.IndicatorResult evaluate(String key, Indicator indicator, SourcedMeeting sourced,
                                                            List<String> warnings) {
        BigDecimal computedPercent = null;
        if (indicator.part() != null && indicator.total() != null) {
            computedPercent = ratio(BigDecimal.valueOf(indicator.part()), BigDecimal.valueOf(indicator.total()));
            if (indicator.percent() != null && !agrees(indicator.percent(),
                    BigDecimal.valueOf(indicator.part()), BigDecimal.valueOf(indicator.total()))) {
                warnings.add("Chỉ tiêu \"" + indicator.name() + "\" (" + sourced.file() + "): báo cáo "
                        + VietnameseFormat.percent(indicator.percent()) + " nhưng "
                        + VietnameseFormat.fraction(indicator.part(), indicator.total()) + " = "
                        + VietnameseFormat.percent(computedPercent) + "; dự thảo giữ số liệu đã báo cáo.");
            }
        }
        List<UnitYearSummary.AttainmentResult> attainment = new ArrayList<>();
        for (Indicator.Attainment a : indicator.attainment()) {
            BigDecimal computed = a.planValue() != null && indicator.actual() != null && a.planValue().signum() > 0
                    ? ratio(indicator.actual(), a.planValue()) : null;
            if (computed != null && a.percent() != null && !agrees(a.percent(), indicator.actual(), a.planValue())) {
                warnings.add("Chỉ tiêu \"" + indicator.name() + "\" (" + sourced.file() + "): báo cáo đạt "
                        + VietnameseFormat.percent(a.percent()) + " " + a.against().label() + " nhưng "
                        + plain(indicator.actual()) + "/" + plain(a.planValue()) + " = "
                        + VietnameseFormat.percent(computed) + "; dự thảo giữ số liệu đã báo cáo.");
            }
            attainment.add(new UnitYearSummary.AttainmentResult(a.against(), a.setBy(), a.percent(),
                    a.exceededBy(), a.planValue(), computed, status(a, computed), a.note()));
        }
        IndicatorStatus status = attainment.stream()
                .map(UnitYearSummary.AttainmentResult::status)
                .filter(s -> s != IndicatorStatus.UNKNOWN)
                .findFirst()
                .orElse(IndicatorStatus.UNKNOWN);
        return new UnitYearSummary.IndicatorResult(key, indicator.name(), indicator.area(), indicator.measure(),
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

    private static String span(Period span) {
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

    /** Whether a reported percentage is part/whole rounded to as many decimals as the report gives. */
    static boolean agrees(BigDecimal reported, BigDecimal part, BigDecimal whole) {
        int scale = Math.max(0, reported.stripTrailingZeros().scale());
        BigDecimal exact = part.multiply(HUNDRED).divide(whole, scale + 10, RoundingMode.HALF_UP);
        return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(reported) == 0;
    }
}
