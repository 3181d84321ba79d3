package vn.tongket.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tongket.aggregate.TermComparison.ComparedIndicator;
import vn.tongket.aggregate.TermComparison.ComparedUnit;
import vn.tongket.aggregate.TermComparison.RankBasis;
import vn.tongket.aggregate.TermComparison.Total;
import vn.tongket.aggregate.TermComparison.UnitFigure;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.aggregate.UnitTermSummary.Coverage;
import vn.tongket.aggregate.UnitTermSummary.IndicatorSeries;
import vn.tongket.aggregate.UnitTermSummary.SeriesPoint;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.PlanKind;

/**
 * Compares the units under one superior over a term. The ranking rule (docs/mid-term.md), per indicator that at
 * least two units report:
 * <ol>
 *   <li>Units are ranked only on figures of the same span: the span (a full year, the term to date, or a span of
 *   years) that the most units report, at least two; on a tie, a term-level span before a year, and a later year
 *   before an earlier one. A term figure is never ranked against one year's figure, nor a half year's against a
 *   year's; a unit without a figure of that span is listed with its latest figure, unranked.</li>
 *   <li>Within the span, by the ratio to plan where every unit gives one (to the term target, for term figures);
 *   else by the value where all give one in the same measure; else by the rate of counts over totals; else not at
 *   all.</li>
 *   <li>Higher first; equal figures share a rank (1, 1, 3).</li>
 * </ol>
 * Totals are given for the ranked span only, for amounts and counts of one measure or counts over totals: never for
 * rates.
 */
public final class TermComparisons {

    private static final Set<PlanKind> YEAR_PLANS = Set.of(PlanKind.PLAN, PlanKind.BUDGET_ESTIMATE);

    private TermComparisons() {
    }

    /** One figure of a unit's series, with the span it covers. */
    private record SpanFigure(String spanKey, String label, boolean termLevel, int year, IndicatorResult value) {
    }

    /**
     * @param units the units of one superior, sorted by id
     */
    public static TermComparison of(List<UnitTermSummary> units) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no unit to compare");
        }
        UnitTermSummary first = units.getFirst();
        Map<String, List<UnitTermSummary>> byKey = new LinkedHashMap<>();
        Map<String, IndicatorSeries> anySeries = new LinkedHashMap<>();
        for (UnitTermSummary unit : units) {
            for (IndicatorSeries series : unit.indicators()) {
                byKey.computeIfAbsent(series.key(), k -> new ArrayList<>()).add(unit);
                anySeries.putIfAbsent(series.key(), series);
            }
        }
        List<ComparedIndicator> indicators = new ArrayList<>();
        byKey.forEach((key, reporting) -> {
            if (reporting.size() >= 2) {
                indicators.add(compare(key, anySeries.get(key), reporting));
            }
        });
        indicators.sort(Comparator.comparing(ComparedIndicator::area));
        return new TermComparison(first.unit().superior(), first.term(), first.asOf(),
                units.stream().map(TermComparisons::unit).toList(), List.copyOf(indicators),
                units.stream().flatMap(u -> u.inputs().stream()).distinct()
                        .sorted(Comparator.comparing(UnitTermSummary.InputFile::name)).toList(),
                notes(units));
    }

    /** The units of each superior (by the superior's name), in order of first appearance. */
    public static Map<String, List<UnitTermSummary>> bySuperior(List<UnitTermSummary> units) {
        Map<String, List<UnitTermSummary>> out = new LinkedHashMap<>();
        for (UnitTermSummary unit : units) {
            Meeting.Superior superior = unit.unit().superior();
            String name = superior.name() != null ? superior.name() : superior.committee();
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(unit);
        }
        return out;
    }

    /** The units whose own data has notes (conflicts, figures that disagree with their parts), counted. */
    private static List<String> notes(List<UnitTermSummary> units) {
        List<String> notes = new ArrayList<>();
        for (UnitTermSummary unit : units) {
            if (!unit.conflicts().isEmpty()) {
                notes.add(unit.unit().name() + ": " + unit.conflicts().size() + " số liệu không khớp giữa các hội"
                        + " nghị; dùng số liệu của hội nghị sau (xem phụ lục báo cáo của đơn vị).");
            }
            long others = unit.warnings().size() - unit.conflicts().size() + unit.discrepancies().size();
            if (others > 0) {
                notes.add(unit.unit().name() + ": " + others + " ghi chú kiểm tra số liệu khác (xem phụ lục báo"
                        + " cáo của đơn vị).");
            }
        }
        return List.copyOf(notes);
    }

    private static ComparedUnit unit(UnitTermSummary s) {
        return new ComparedUnit(s.unitId(), s.unit(),
                s.years().stream().filter(y -> y.coverage() == Coverage.FULL_YEAR).map(y -> y.year()).toList(),
                s.years().stream().filter(y -> y.coverage() == Coverage.HALF_YEAR_ONLY).map(y -> y.year()).toList(),
                s.gapYears(),
                s.meetings().stream().anyMatch(m -> m.period().kind() == vn.tongket.meeting.Period.Kind.TERM_TO_DATE),
                s.meetings().stream().map(UnitTermSummary.TermMeeting::id).toList());
    }

    private static ComparedIndicator compare(String key, IndicatorSeries sample, List<UnitTermSummary> reporting) {
        Map<String, List<SpanFigure>> figuresByUnit = new LinkedHashMap<>();
        for (UnitTermSummary unit : reporting) {
            IndicatorSeries series = unit.indicators().stream().filter(s -> s.key().equals(key)).findFirst()
                    .orElseThrow();
            figuresByUnit.put(unit.unitId(), figures(series));
        }
        Optional<String> span = sharedSpan(figuresByUnit);
        String spanLabel = span.map(TermComparisons::spanLabel).orElse(null);
        List<UnitFigure> figures = new ArrayList<>();
        RankBasis basis = RankBasis.NONE;
        Total total = null;
        if (span.isPresent()) {
            Map<UnitTermSummary, SpanFigure> inSpan = new LinkedHashMap<>();
            for (UnitTermSummary unit : reporting) {
                figuresByUnit.get(unit.unitId()).stream().filter(f -> f.spanKey().equals(span.get())).findFirst()
                        .ifPresent(f -> inSpan.put(unit, f));
            }
            boolean termLevel = inSpan.values().iterator().next().termLevel();
            basis = basis(inSpan.values().stream().map(SpanFigure::value).toList(), termLevel);
            RankBasis chosen = basis;
            List<UnitFigure> ranked = new ArrayList<>();
            for (Map.Entry<UnitTermSummary, SpanFigure> e : inSpan.entrySet()) {
                ranked.add(new UnitFigure(e.getKey().unitId(), e.getKey().unit().name(), e.getValue().label(),
                        e.getValue().value(), true, rankedBy(e.getValue().value(), chosen, termLevel), null));
            }
            figures.addAll(rank(ranked, chosen));
            total = total(inSpan.values().stream().toList(), spanLabel);
        }
        for (UnitTermSummary unit : reporting) {
            boolean listed = figures.stream().anyMatch(f -> f.unitId().equals(unit.unitId()));
            if (!listed) {
                SpanFigure latest = latest(figuresByUnit.get(unit.unitId()));
                figures.add(new UnitFigure(unit.unitId(), unit.unit().name(), latest.label(), latest.value(), false,
                        null, null));
            }
        }
        return new ComparedIndicator(key, sample.name(), sample.area(), spanLabel, basis, List.copyOf(figures),
                total);
    }

    /** "năm 2022", "giai đoạn 2020-2022", "từ đầu nhiệm kỳ". */
    private static String spanLabel(String spanKey) {
        if (spanKey.startsWith("Y")) {
            return "năm " + spanKey.substring(1);
        }
        return spanKey.startsWith("S:") ? spanKey.substring(2) : "từ đầu nhiệm kỳ";
    }

    /** A unit's figures that may be compared: full-year values, half years' and its term figure. */
    private static List<SpanFigure> figures(IndicatorSeries series) {
        List<SpanFigure> out = new ArrayList<>();
        for (SeriesPoint p : series.points()) {
            String spanKey = p.half() == null ? "Y" + p.year() : "H" + p.year() + "-" + p.half();
            out.add(new SpanFigure(spanKey, p.label(), false, p.year(), p.value()));
        }
        if (series.termFigure() != null) {
            IndicatorResult t = series.termFigure();
            out.add(new SpanFigure(t.span() == null ? "T" : "S:" + t.span(), series.termFigureLabel(), true,
                    Integer.MAX_VALUE, t));
        }
        return out;
    }

    /**
     * The span at least two units share, the one the most units give: on a tie, a term-level span before a year (the
     * term to date before a span of years), and a later year before an earlier one. Half years are not compared.
     */
    private static Optional<String> sharedSpan(Map<String, List<SpanFigure>> figuresByUnit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, SpanFigure> example = new LinkedHashMap<>();
        figuresByUnit.values().forEach(figures -> figures.stream()
                .filter(f -> !f.spanKey().startsWith("H"))
                .forEach(f -> {
                    counts.merge(f.spanKey(), 1, Integer::sum);
                    example.putIfAbsent(f.spanKey(), f);
                }));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .min(Comparator.comparing((String k) -> -counts.get(k))
                        .thenComparing(k -> example.get(k).termLevel() ? 0 : 1)
                        .thenComparing(k -> k.equals("T") ? 0 : 1)
                        .thenComparing(k -> -example.get(k).year())
                        .thenComparing(k -> k));
    }

    private static SpanFigure latest(List<SpanFigure> figures) {
        return figures.stream().filter(SpanFigure::termLevel).findFirst()
                .or(() -> figures.stream().filter(f -> f.spanKey().startsWith("Y")).reduce((a, b) -> b))
                .orElse(figures.getLast());
    }

    private static RankBasis basis(List<IndicatorResult> values, boolean termLevel) {
        if (values.stream().allMatch(v -> ratio(v, termLevel) != null)) {
            return RankBasis.RATIO_TO_PLAN;
        }
        IndicatorResult one = values.getFirst();
        if (values.stream().allMatch(v -> v.actual() != null && v.part() == null && v.measure() == one.measure())) {
            return RankBasis.VALUE;
        }
        if (values.stream().allMatch(v -> v.part() != null && v.total() != null && v.total() > 0)) {
            return RankBasis.RATE;
        }
        return RankBasis.NONE;
    }

    /** The ratio to a plan of the figure's own span (or to the term target, for a term figure), in percent. */
    private static BigDecimal ratio(IndicatorResult value, boolean termLevel) {
        return value.attainment().stream()
                .filter(a -> YEAR_PLANS.contains(a.against()) || (termLevel && a.against() == PlanKind.TERM_TARGET))
                .map(a -> a.reportedPercent() != null ? a.reportedPercent() : a.computedPercent())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal rankedBy(IndicatorResult value, RankBasis basis, boolean termLevel) {
        return switch (basis) {
            case RATIO_TO_PLAN -> ratio(value, termLevel);
            case VALUE -> value.actual();
            case RATE -> PeriodAggregator.ratio(BigDecimal.valueOf(value.part()), BigDecimal.valueOf(value.total()));
            case NONE -> null;
        };
    }

    /** Higher first; equal figures share a rank and the next rank skips (1, 1, 3); ties keep the unit order. */
    private static List<UnitFigure> rank(List<UnitFigure> figures, RankBasis basis) {
        if (basis == RankBasis.NONE) {
            return figures;
        }
        List<UnitFigure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparing(UnitFigure::rankedBy).reversed());
        List<UnitFigure> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitFigure f = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && sorted.get(i - 1).rankedBy().compareTo(f.rankedBy()) == 0) {
                rank = out.get(i - 1).rank();
            }
            out.add(new UnitFigure(f.unitId(), f.unitName(), f.spanLabel(), f.value(), true, f.rankedBy(), rank));
        }
        return out;
    }

    /** Amounts and counts of one measure add up, and so do counts over totals; rates never. */
    private static Total total(List<SpanFigure> inSpan, String span) {
        List<IndicatorResult> values = inSpan.stream().map(SpanFigure::value).toList();
        Measure measure = values.getFirst().measure();
        if (values.stream().allMatch(v -> v.part() != null && v.total() != null)) {
            return new Total(span, values.size(), measure, null,
                    values.stream().mapToInt(IndicatorResult::part).sum(),
                    values.stream().mapToInt(IndicatorResult::total).sum());
        }
        Set<Measure> summable = new LinkedHashSet<>(List.of(Measure.TY_DONG, Measure.TRIEU_DONG, Measure.DONG,
                Measure.COUNT));
        if (measure != null && summable.contains(measure) && values.stream()
                .allMatch(v -> v.actual() != null && v.part() == null && v.measure() == measure)) {
            return new Total(span, values.size(), measure,
                    values.stream().map(IndicatorResult::actual).reduce(BigDecimal.ZERO, BigDecimal::add), null,
                    null);
        }
        return null;
    }
}
