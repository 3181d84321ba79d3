package vn.tongket.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.tongket.aggregate.UnitSummary.AttainmentResult;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.aggregate.UnitTermSummary.Conflict;
import vn.tongket.aggregate.UnitTermSummary.Coverage;
import vn.tongket.aggregate.UnitTermSummary.GapKind;
import vn.tongket.aggregate.UnitTermSummary.IndicatorSeries;
import vn.tongket.aggregate.UnitTermSummary.InputFile;
import vn.tongket.aggregate.UnitTermSummary.SeriesGap;
import vn.tongket.aggregate.UnitTermSummary.SeriesPoint;
import vn.tongket.aggregate.UnitTermSummary.TermMeeting;
import vn.tongket.aggregate.UnitTermSummary.TermTally;
import vn.tongket.aggregate.UnitTermSummary.YearCoverage;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;
import vn.tongket.vietnamese.VietnameseFormat;

/**
 * Adds up what a unit's meetings say about a congress term up to an as-of date, for the mid-term assessment. Pure:
 * the same meetings give the same summary.
 *
 * <p>The rules (docs/mid-term.md):
 * <ul>
 *   <li>A meeting counts when its period lies in the term (a year or half year from the term's first to its last
 *   year, or the term to date of the same term) and it is dated on or before the as-of date.</li>
 *   <li>A year is due once its year-end season has come: from 1 December of that year. A due year for which the unit
 *   has no meeting is a gap; it is named, never skipped or filled in.</li>
 *   <li>Each indicator gets one value per period (year, half year, term to date, span of years). When two meetings
 *   give different values for the same period, the later meeting (by date, then id) wins and the conflict is
 *   reported.</li>
 *   <li>A year's point is its full-year value; failing that, the latest half year's, marked as such.</li>
 * </ul>
 */
public final class TermAggregator {

    private TermAggregator() {
    }

    /**
     * The as-of date when none is given: the date of the latest meeting in the input about the term (any unit), so
     * the default comes from the data, never from the clock. Empty when no meeting is about the term.
     */
    public static Optional<LocalDate> defaultAsOf(List<SourcedMeeting> meetings, ReviewTerm term) {
        return meetings.stream()
                .filter(m -> term.covers(m.meeting().period()))
                .map(m -> m.meeting().date())
                .max(Comparator.naturalOrder());
    }

    /** The units with at least one meeting counted for the term by {@code asOf}, sorted by id. */
    public static List<String> unitsWith(List<SourcedMeeting> meetings, ReviewTerm term, LocalDate asOf) {
        return meetings.stream()
                .filter(m -> counts(m, term, asOf))
                .map(SourcedMeeting::unitId)
                .distinct()
                .sorted()
                .toList();
    }

    static boolean counts(SourcedMeeting m, ReviewTerm term, LocalDate asOf) {
        return term.covers(m.meeting().period()) && !m.meeting().date().isAfter(asOf);
    }

    /**
     * @param unitMeetings every meeting of one unit (any period)
     * @param fileHashes   the SHA-256 of each input file by the name the meetings carry ({@link SourcedMeeting#file})
     * @return empty when no meeting of the unit counts for the term by {@code asOf}
     */
    public static Optional<UnitTermSummary> summarize(List<SourcedMeeting> unitMeetings, ReviewTerm term,
                                                      LocalDate asOf, Map<String, String> fileHashes) {
        List<SourcedMeeting> counted = unitMeetings.stream()
                .filter(m -> counts(m, term, asOf))
                .sorted(PeriodAggregator.CHRONOLOGICAL)
                .toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        List<SourcedMeeting> afterAsOf = unitMeetings.stream()
                .filter(m -> term.covers(m.meeting().period()) && m.meeting().date().isAfter(asOf))
                .sorted(PeriodAggregator.CHRONOLOGICAL)
                .toList();
        for (SourcedMeeting late : afterAsOf) {
            warnings.add("Hội nghị " + late.meeting().id() + " ngày "
                    + VietnameseFormat.shortDate(late.meeting().date()) + " (" + periodLabel(late.meeting())
                    + ") sau ngày chốt số liệu " + VietnameseFormat.shortDate(asOf) + ": không tính.");
        }

        List<YearCoverage> years = coverage(counted, term, asOf);
        List<Integer> gapYears = years.stream()
                .filter(y -> y.due() && (y.coverage() == Coverage.NONE || y.coverage() == Coverage.TERM_ONLY))
                .map(YearCoverage::year)
                .toList();
        List<Conflict> conflicts = new ArrayList<>();
        List<IndicatorSeries> series = series(counted, term, years, conflicts, warnings);
        Meeting latest = counted.getLast().meeting();
        Optional<SourcedMeeting> withDirections = counted.reversed().stream()
                .filter(m -> !m.meeting().directions().isEmpty()).findFirst();
        Optional<SourcedMeeting> withDirectives = counted.reversed().stream()
                .filter(m -> !m.meeting().directives().isEmpty()).findFirst();

        return Optional.of(new UnitTermSummary(
                latest.unit(),
                counted.getLast().unitId(),
                term,
                congress(unitMeetings, term),
                asOf,
                counted.stream().map(TermAggregator::reference).toList(),
                afterAsOf.stream().map(TermAggregator::reference).toList(),
                PeriodAggregator.people(counted),
                years,
                gapYears,
                series,
                List.copyOf(conflicts),
                counted.stream()
                        .filter(m -> m.meeting().targetTally() != null)
                        .map(m -> {
                            Meeting.TargetTally t = m.meeting().targetTally();
                            return new TermTally(periodLabel(m.meeting()),
                                    m.meeting().period().kind() == Period.Kind.TERM_TO_DATE,
                                    new UnitSummary.Tally(t.achieved(), t.total(), t.setBy(), t.text(),
                                            m.meeting().id()));
                        })
                        .toList(),
                PeriodAggregator.findingsByArea(counted, Meeting::achievements),
                PeriodAggregator.findingsByArea(counted, Meeting::shortcomings),
                counted.stream().flatMap(m -> m.meeting().lessons().stream()).distinct().toList(),
                withDirections.map(m -> PeriodAggregator.directionsByArea(List.of(m))).orElse(List.of()),
                withDirections.map(m -> m.meeting().id()).orElse(null),
                withDirectives.map(m -> m.meeting().directives()).orElse(List.of()),
                withDirectives.map(m -> m.meeting().id()).orElse(null),
                inputs(counted, fileHashes),
                List.copyOf(warnings),
                PeriodAggregator.discrepancies(unitMeetings, counted)));
    }

    /** "năm 2021", "6 tháng đầu năm 2020", "từ đầu nhiệm kỳ đến ngày 07/04/2023". */
    public static String periodLabel(Meeting meeting) {
        Period p = meeting.period();
        return switch (p.kind()) {
            case YEAR -> "năm " + p.year();
            case HALF_YEAR -> ReviewPeriod.half(p.year(), p.half()).label();
            case TERM_TO_DATE -> termToDateLabel(p.asOf() != null ? p.asOf() : meeting.date());
            case YEARS -> "giai đoạn " + p.from() + "-" + p.to();
        };
    }

    private static String termToDateLabel(LocalDate asOf) {
        return "từ đầu nhiệm kỳ đến ngày " + VietnameseFormat.shortDate(asOf);
    }

    /** The congress number a meeting of the unit gives for this very term (same first and last year). */
    private static Integer congress(List<SourcedMeeting> unitMeetings, ReviewTerm term) {
        return unitMeetings.stream()
                .sorted(PeriodAggregator.CHRONOLOGICAL.reversed())
                .map(m -> m.meeting().term())
                .filter(t -> t != null && t.congress() != null && t.from() != null && t.to() != null
                        && t.from() == term.from() && t.to() == term.to())
                .map(Meeting.Term::congress)
                .findFirst()
                .orElse(null);
    }

    private static TermMeeting reference(SourcedMeeting sourced) {
        Meeting m = sourced.meeting();
        return new TermMeeting(m.id(), sourced.file(), m.kind(), m.title(), m.date(), m.period(), periodLabel(m),
                m.source());
    }

    private static List<InputFile> inputs(List<SourcedMeeting> counted, Map<String, String> fileHashes) {
        return counted.stream()
                .map(SourcedMeeting::file)
                .distinct()
                .sorted()
                .map(file -> new InputFile(file, fileHashes.get(file)))
                .toList();
    }

    private static List<YearCoverage> coverage(List<SourcedMeeting> counted, ReviewTerm term, LocalDate asOf) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year : term.yearsDueBy(asOf)) {
            years.add(year);
        }
        counted.stream().map(m -> m.meeting().period())
                .filter(p -> p.kind() == Period.Kind.YEAR || p.kind() == Period.Kind.HALF_YEAR)
                .forEach(p -> years.add(p.year()));
        boolean termMeeting = counted.stream()
                .anyMatch(m -> m.meeting().period().kind() == Period.Kind.TERM_TO_DATE);
        List<Integer> due = java.util.Arrays.stream(term.yearsDueBy(asOf)).boxed().toList();
        List<YearCoverage> out = new ArrayList<>();
        for (int year : years) {
            List<SourcedMeeting> ofYear = counted.stream()
                    .filter(m -> m.meeting().period().year() != null && m.meeting().period().year() == year)
                    .toList();
            boolean full = ofYear.stream().anyMatch(m -> m.meeting().period().kind() == Period.Kind.YEAR);
            List<Integer> halves = ofYear.stream()
                    .filter(m -> m.meeting().period().kind() == Period.Kind.HALF_YEAR)
                    .map(m -> m.meeting().period().half())
                    .distinct().sorted().toList();
            Coverage coverage = full ? Coverage.FULL_YEAR : !halves.isEmpty() ? Coverage.HALF_YEAR_ONLY
                    : termMeeting ? Coverage.TERM_ONLY : Coverage.NONE;
            out.add(new YearCoverage(year, coverage, halves, ofYear.stream().map(m -> m.meeting().id()).toList(),
                    due.contains(year)));
        }
        return List.copyOf(out);
    }

    /** The period one figure is about: the indicator's own span if it has one, else the meeting's period. */
    private record Slot(Period.Kind kind, Integer year, Integer half, Integer from, Integer to, LocalDate asOf) {

        static Optional<Slot> of(Meeting meeting, Indicator indicator, ReviewTerm term) {
            Period p = indicator.span() != null ? indicator.span() : meeting.period();
            return switch (p.kind()) {
                case YEAR -> inTerm(p.year(), term)
                        ? Optional.of(new Slot(Period.Kind.YEAR, p.year(), null, null, null, null))
                        : Optional.empty();
                case HALF_YEAR -> inTerm(p.year(), term)
                        ? Optional.of(new Slot(Period.Kind.HALF_YEAR, p.year(), p.half(), null, null, null))
                        : Optional.empty();
                case TERM_TO_DATE -> Optional.of(new Slot(Period.Kind.TERM_TO_DATE, null, null, p.from(), p.to(),
                        p.asOf() != null ? p.asOf() : meeting.date()));
                case YEARS -> p.from() != null && p.to() != null && p.from() >= term.from() && p.to() <= term.to()
                        ? Optional.of(new Slot(Period.Kind.YEARS, null, null, p.from(), p.to(), null))
                        : Optional.empty();
            };
        }

        private static boolean inTerm(Integer year, ReviewTerm term) {
            return year != null && year >= term.from() && year <= term.to();
        }

        boolean termLevel() {
            return kind == Period.Kind.TERM_TO_DATE || kind == Period.Kind.YEARS;
        }

        String label() {
            return switch (kind) {
                case YEAR -> "năm " + year;
                case HALF_YEAR -> ReviewPeriod.half(year, half).label();
                case TERM_TO_DATE -> termToDateLabel(asOf);
                case YEARS -> "giai đoạn " + from + "-" + to;
            };
        }
    }

    private static List<IndicatorSeries> series(List<SourcedMeeting> counted, ReviewTerm term,
                                                List<YearCoverage> years, List<Conflict> conflicts,
                                                List<String> warnings) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            order.put(counted.get(i).meeting().id(), i);
        }
        Map<String, LinkedHashMap<Slot, IndicatorResult>> byKey = new LinkedHashMap<>();
        for (SourcedMeeting sourced : counted) {
            for (Indicator indicator : sourced.meeting().indicators()) {
                String key = PeriodAggregator.keyOf(indicator);
                Optional<Slot> slot = Slot.of(sourced.meeting(), indicator, term);
                if (slot.isEmpty()) {
                    warnings.add("Chỉ tiêu \"" + indicator.name() + "\" (" + sourced.file() + ") nói về "
                            + PeriodAggregator.span(indicator.span()) + ", ngoài " + term.label() + ": không tính.");
                    continue;
                }
                IndicatorResult result = PeriodAggregator.evaluate(key, indicator, sourced);
                LinkedHashMap<Slot, IndicatorResult> slots = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
                IndicatorResult earlier = slots.remove(slot.get());
                if (earlier != null && !PeriodAggregator.sameValue(earlier, result)) {
                    conflicts.add(new Conflict(key, indicator.name(), slot.get().label(), result, earlier));
                    warnings.add("Chỉ tiêu \"" + indicator.name() + "\", " + slot.get().label() + ": hội nghị "
                            + earlier.meetingId() + " báo cáo " + valueText(earlier) + ", hội nghị "
                            + result.meetingId() + " báo cáo " + valueText(result)
                            + "; dùng số liệu của hội nghị sau (" + result.meetingId() + ").");
                }
                slots.put(slot.get(), result);
            }
        }
        List<IndicatorSeries> out = new ArrayList<>();
        byKey.forEach((key, slots) -> out.add(oneSeries(key, slots, years, order)));
        out.sort(Comparator.comparing(IndicatorSeries::area));
        return List.copyOf(out);
    }

    private static IndicatorSeries oneSeries(String key, LinkedHashMap<Slot, IndicatorResult> slots,
                                             List<YearCoverage> years, Map<String, Integer> order) {
        Comparator<IndicatorResult> chronological = Comparator.comparing(r -> order.get(r.meetingId()));
        IndicatorResult latest = slots.values().stream().max(chronological).orElseThrow();

        List<SeriesPoint> points = new ArrayList<>();
        List<SeriesGap> gaps = new ArrayList<>();
        SeriesPoint previousFullYear = null;
        for (YearCoverage year : years) {
            IndicatorResult full = slots.get(new Slot(Period.Kind.YEAR, year.year(), null, null, null, null));
            SeriesPoint point = null;
            if (full != null) {
                point = point(year.year(), null, full, previousFullYear);
                previousFullYear = point;
            } else {
                previousFullYear = null;
                for (int half = 2; half >= 1 && point == null; half--) {
                    IndicatorResult ofHalf = slots.get(new Slot(Period.Kind.HALF_YEAR, year.year(), half, null,
                            null, null));
                    if (ofHalf != null) {
                        point = point(year.year(), half, ofHalf, null);
                    }
                }
            }
            if (point != null) {
                points.add(point);
                if (point.half() != null && year.due()) {
                    gaps.add(new SeriesGap(year.year(), GapKind.HALF_YEAR_ONLY));
                }
            } else if (year.due()) {
                gaps.add(new SeriesGap(year.year(), year.coverage() == Coverage.NONE
                        || year.coverage() == Coverage.TERM_ONLY ? GapKind.NO_MEETING : GapKind.NOT_REPORTED));
            }
        }

        Map.Entry<Slot, IndicatorResult> termFigure = slots.entrySet().stream()
                .filter(e -> e.getKey().termLevel())
                .max(Map.Entry.comparingByValue(chronological))
                .orElse(null);

        if (points.isEmpty() && termFigure != null) {
            // a figure given only for the term (an average over the years) is not missing from the years' meetings
            gaps.removeIf(g -> g.kind() == GapKind.NOT_REPORTED);
        }

        Map.Entry<Slot, IndicatorResult> withTarget = slots.entrySet().stream()
                .filter(e -> e.getValue().attainment().stream().anyMatch(a -> a.against() == PlanKind.TERM_TARGET))
                .max(Map.Entry.comparingByValue(chronological))
                .orElse(null);
        AttainmentResult termTarget = withTarget == null ? null : withTarget.getValue().attainment().stream()
                .filter(a -> a.against() == PlanKind.TERM_TARGET).findFirst().orElseThrow();

        return new IndicatorSeries(key, latest.name(), latest.area(), latest.measure(), latest.countNoun(),
                List.copyOf(points),
                termFigure == null ? null : termFigure.getValue(),
                termFigure == null ? null : termFigure.getKey().label(),
                termTarget,
                withTarget == null ? null : withTarget.getKey().label(),
                attainment(termTarget, termFigure == null ? null : termFigure.getValue(), points, chronological),
                List.copyOf(gaps));
    }

    private static SeriesPoint point(int year, Integer half, IndicatorResult value, SeriesPoint previousFullYear) {
        String label = half == null ? "năm " + year : ReviewPeriod.half(year, half).label();
        if (value.growth() != null) {
            return new SeriesPoint(year, half, label, value, value.growth(), false);
        }
        BigDecimal computed = half == null && previousFullYear != null
                ? growth(previousFullYear.value(), value) : null;
        return new SeriesPoint(year, half, label, value, computed, computed != null);
    }

    /**
     * Growth computed from two consecutive full-year values: only for amounts and counts of the same measure (a
     * rate's change is not a growth), both given as a value rather than a count over a total.
     */
    private static BigDecimal growth(IndicatorResult before, IndicatorResult after) {
        if (before.actual() == null || after.actual() == null || before.actual().signum() == 0
                || before.measure() != after.measure() || after.measure() == Measure.PERCENT
                || before.part() != null || after.part() != null) {
            return null;
        }
        return PeriodAggregator.ratio(after.actual().subtract(before.actual()), before.actual());
    }

    /**
     * Against the term target where a meeting gives one (at or above 100% met), else against the plan of the latest
     * figure that has a known status (the term figure first, then the years from the latest).
     */
    private static TermAttainment attainment(AttainmentResult termTarget, IndicatorResult termFigure,
                                             List<SeriesPoint> points, Comparator<IndicatorResult> chronological) {
        if (termTarget != null) {
            BigDecimal percent = termTarget.reportedPercent() != null ? termTarget.reportedPercent()
                    : termTarget.computedPercent();
            if (percent != null) {
                return percent.compareTo(BigDecimal.valueOf(100)) >= 0 ? TermAttainment.MET_OR_EXCEEDED
                        : TermAttainment.NOT_MET;
            }
            if (termTarget.exceededBy() != null) {
                return TermAttainment.MET_OR_EXCEEDED;
            }
        }
        List<IndicatorResult> candidates = new ArrayList<>();
        if (termFigure != null) {
            candidates.add(termFigure);
        }
        points.stream().filter(p -> p.half() == null).map(SeriesPoint::value)
                .sorted(chronological.reversed()).forEach(candidates::add);
        return candidates.stream()
                .map(IndicatorResult::status)
                .filter(s -> s != IndicatorStatus.UNKNOWN)
                .findFirst()
                .map(TermAttainment::of)
                .orElse(TermAttainment.NOT_ASSESSED);
    }

    /** A value as the conflict note gives it: "1.200", "26/27". */
    private static String valueText(IndicatorResult r) {
        if (r.part() != null && r.total() != null) {
            return VietnameseFormat.fraction(r.part(), r.total());
        }
        return PeriodAggregator.plain(r.actual());
    }
}
