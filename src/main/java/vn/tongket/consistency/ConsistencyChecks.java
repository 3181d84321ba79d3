package vn.tongket.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;
import vn.tongket.vietnamese.VietnameseText;

/**
 * Recomputes every figure the meetings let us recompute and lists those that disagree with what was reported beyond
 * the precision it was reported with:
 * <ul>
 *   <li>a share ({@code percent}) against {@code part/total};</li>
 *   <li>a ratio to plan ({@code attainment.percent}) against {@code actual/planValue};</li>
 *   <li>an excess ({@code attainment.exceededBy}) against {@code actual/planValue − 100}, or {@code percent − 100};</li>
 *   <li>a whole against the indicators that name it in {@code partOf};</li>
 *   <li>growth ({@code growth.percent}) against the same unit's same indicator a year earlier, and
 *       {@code growth.previousPercent} against that year's own growth (or the two years' actual values).</li>
 * </ul>
 * Pure: no input or output, the same list in the same order for the same meetings.
 */
public final class ConsistencyChecks {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ConsistencyChecks() {
    }

    /** Every discrepancy of the meetings, sorted by file, meeting and place ({@link Discrepancy#ORDER}). */
    public static List<Discrepancy> check(List<SourcedMeeting> meetings) {
        List<Discrepancy> found = new ArrayList<>();
        for (SourcedMeeting sourced : meetings) {
            Meeting meeting = sourced.meeting();
            for (int i = 0; i < meeting.indicators().size(); i++) {
                Place at = new Place(sourced, i);
                share(at, found);
                attainments(at, found);
            }
            sums(sourced, found);
        }
        growth(meetings, found);
        found.sort(Discrepancy.ORDER);
        return List.copyOf(found);
    }

    /** One indicator of one meeting. */
    private record Place(SourcedMeeting sourced, int index) {
        Indicator indicator() {
            return sourced.meeting().indicators().get(index);
        }

        String pointer(String rest) {
            return "/indicators/" + index + rest;
        }

        String key() {
            return keyOf(indicator());
        }

        Discrepancy discrepancy(String rest, Figure figure, BigDecimal reported, BigDecimal computed, String unit,
                                String formula, String formulaVi, LikelyCause cause) {
            return new Discrepancy(sourced.file(), sourced.meeting().id(), pointer(rest),
                    sourced.placeOf(pointer(rest)), key(), indicator().name(),
                    figure, reported, Discrepancy.shown(computed, reported), unit, formula, formulaVi, cause);
        }
    }

    // ---- (a) share of a total

    private static void share(Place at, List<Discrepancy> found) {
        Indicator indicator = at.indicator();
        if (indicator.part() == null || indicator.total() == null || indicator.percent() == null
                || indicator.total() <= 0) {
            return;
        }
        Bounds part = Bounds.exact(indicator.part());
        Bounds total = Bounds.exact(indicator.total());
        Bounds computed = part.percentOf(total);
        BigDecimal reported = indicator.percent();
        if (Bounds.reported(reported).overlaps(computed)) {
            return;
        }
        Map<LikelyCause, Bounds> alternatives = new LinkedHashMap<>();
        alternatives.put(LikelyCause.COMPLEMENT, total.minus(part).percentOf(total));
        if (indicator.part() > 0) {
            alternatives.put(LikelyCause.WRONG_BASE, total.percentOf(part));
        }
        String formula = indicator.part() + "/" + indicator.total();
        found.add(at.discrepancy("/percent", Figure.SHARE, reported, computed.mid(), "%", formula, formula,
                cause(reported, computed, alternatives)));
    }

    // ---- (b), (c) ratio to plan and excess over plan

    private static void attainments(Place at, List<Discrepancy> found) {
        Indicator indicator = at.indicator();
        for (int j = 0; j < indicator.attainment().size(); j++) {
            Indicator.Attainment a = indicator.attainment().get(j);
            String here = "/attainment/" + j;
            if (a.planValue() != null && indicator.actual() != null) {
                Bounds actual = figure(indicator, indicator.actual());
                Bounds plan = figure(indicator, a.planValue());
                Bounds ratio = actual.percentOf(plan);
                if (ratio == null) {
                    continue;
                }
                String formula = plain(indicator.actual()) + "/" + plain(a.planValue());
                String formulaVi = vi(indicator.actual()) + "/" + vi(a.planValue());
                if (a.percent() != null && !Bounds.reported(a.percent()).overlaps(ratio)) {
                    Map<LikelyCause, Bounds> alternatives = new LinkedHashMap<>();
                    alternatives.put(LikelyCause.CHANGE_INSTEAD_OF_RATIO, ratio.minus(Bounds.exact(Bounds.HUNDRED)));
                    alternatives.put(LikelyCause.WRONG_BASE, plan.percentOf(actual));
                    found.add(at.discrepancy(here + "/percent", Figure.ATTAINMENT, a.percent(), ratio.mid(), "%",
                            formula, formulaVi, cause(a.percent(), ratio, alternatives)));
                }
                if (a.exceededBy() != null) {
                    Bounds excess = ratio.minus(Bounds.exact(Bounds.HUNDRED));
                    if (!Bounds.reported(a.exceededBy()).overlaps(excess)) {
                        Map<LikelyCause, Bounds> alternatives = new LinkedHashMap<>();
                        alternatives.put(LikelyCause.RATIO_INSTEAD_OF_CHANGE, ratio);
                        Bounds onActual = actual.minus(plan).percentOf(actual);
                        if (onActual != null) {
                            alternatives.put(LikelyCause.WRONG_BASE, onActual);
                        }
                        found.add(at.discrepancy(here + "/exceededBy", Figure.EXCEEDED_BY, a.exceededBy(),
                                excess.mid(), "%", formula + " − 100%", formulaVi + " − 100%",
                                cause(a.exceededBy(), excess, alternatives)));
                    }
                }
            } else if (a.percent() != null && a.exceededBy() != null) {
                Bounds excess = Bounds.reported(a.percent()).minus(Bounds.exact(Bounds.HUNDRED));
                if (!Bounds.reported(a.exceededBy()).overlaps(excess)) {
                    Map<LikelyCause, Bounds> alternatives = Map.of(LikelyCause.RATIO_INSTEAD_OF_CHANGE,
                            Bounds.reported(a.percent()));
                    found.add(at.discrepancy(here + "/exceededBy", Figure.EXCEEDED_BY, a.exceededBy(),
                            excess.mid(), "%", plain(a.percent()) + "% − 100%", vi(a.percent()) + "% − 100%",
                            cause(a.exceededBy(), excess, alternatives)));
                }
            }
        }
    }

    // ---- (d) parts of a whole

    private static void sums(SourcedMeeting sourced, List<Discrepancy> found) {
        List<Indicator> indicators = sourced.meeting().indicators();
        Map<String, List<Integer>> partsOf = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String whole = indicators.get(i).partOf();
            if (whole != null) {
                partsOf.computeIfAbsent(whole, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> entry : partsOf.entrySet()) {
            int wholeIndex = indexOfKey(indicators, entry.getKey());
            if (wholeIndex < 0) {
                continue; // the validator refuses a partOf that names no indicator
            }
            Place whole = new Place(sourced, wholeIndex);
            List<Place> parts = entry.getValue().stream().map(i -> new Place(sourced, i)).toList();
            Indicator w = whole.indicator();
            if (w.actual() != null && parts.stream().allMatch(p -> p.indicator().actual() != null)) {
                sum(whole, parts, "/actual", w.actual(), p -> p.indicator().actual(), found);
            } else if (w.part() != null && parts.stream().allMatch(p -> p.indicator().part() != null
                    && p.indicator().total() != null)) {
                sum(whole, parts, "/part", BigDecimal.valueOf(w.part()),
                        p -> BigDecimal.valueOf(p.indicator().part()), found);
                sum(whole, parts, "/total", BigDecimal.valueOf(w.total()),
                        p -> BigDecimal.valueOf(p.indicator().total()), found);
            }
        }
    }

    private static void sum(Place whole, List<Place> parts, String field, BigDecimal reported,
                            Function<Place, BigDecimal> value, List<Discrepancy> found) {
        Measure measure = whole.indicator().measure();
        boolean counted = !field.equals("/actual");
        Bounds total = Bounds.exact(BigDecimal.ZERO);
        List<String> terms = new ArrayList<>();
        List<String> termsVi = new ArrayList<>();
        for (Place part : parts) {
            BigDecimal factor = factor(part.indicator().measure(), measure);
            if (factor == null) {
                return; // measures that do not convert: the validator warns
            }
            BigDecimal v = value.apply(part);
            Bounds b = counted ? Bounds.exact(v) : figure(part.indicator(), v);
            total = total.plus(b.times(factor));
            String scaled = factor.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + plain(factor);
            terms.add(plain(v) + scaled);
            termsVi.add(vi(v) + (scaled.isEmpty() ? "" : " × " + vi(factor)));
        }
        Bounds whole1 = counted ? Bounds.exact(reported) : figure(whole.indicator(), reported);
        if (whole1.overlaps(total)) {
            return;
        }
        String unit = unitOf(whole.indicator());
        found.add(whole.discrepancy(field, Figure.SUM, reported, total.mid(), unit, String.join(" + ", terms),
                String.join(" + ", termsVi), LikelyCause.PARTS_DO_NOT_ADD_UP));
    }

    // ---- (e) growth against the previous period

    /** The indicator's unit, key and period: growth compares the same key a year apart. */
    private record Series(String unit, String key, Period.Kind kind, Integer half) {
    }

    private record Dated(Place place, int year) {
        Indicator indicator() {
            return place.indicator();
        }
    }

    private static void growth(List<SourcedMeeting> meetings, List<Discrepancy> found) {
        Map<Series, Map<Integer, List<Dated>>> series = new HashMap<>();
        for (SourcedMeeting sourced : meetings) {
            for (int i = 0; i < sourced.meeting().indicators().size(); i++) {
                Place place = new Place(sourced, i);
                Indicator indicator = place.indicator();
                Period period = indicator.span() != null ? indicator.span() : sourced.meeting().period();
                if (period == null || period.year() == null || indicator.measure() == Measure.PERCENT
                        || (period.kind() != Period.Kind.YEAR && period.kind() != Period.Kind.HALF_YEAR)) {
                    continue;
                }
                Series key = new Series(sourced.unitId(), place.key(), period.kind(), period.half());
                series.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(period.year(), y -> new ArrayList<>()).add(new Dated(place, period.year()));
            }
        }
        for (Map<Integer, List<Dated>> byYear : series.values()) {
            for (List<Dated> ofYear : byYear.values()) {
                for (Dated current : ofYear) {
                    Indicator.Growth growth = current.indicator().growth();
                    if (growth == null) {
                        continue;
                    }
                    List<Dated> previous = comparable(current, byYear.get(current.year() - 1));
                    if (growth.percent() != null && current.indicator().actual() != null) {
                        checkGrowth(current, growth.percent(), "/growth/percent", Figure.GROWTH, previous, found);
                    }
                    if (growth.previousPercent() != null) {
                        previousGrowth(current, growth.previousPercent(), previous,
                                comparable(current, byYear.get(current.year() - 2)), found);
                    }
                }
            }
        }
    }

    /** The figures of another year that can be compared with this one: final (not estimated), same cut-off. */
    private static List<Dated> comparable(Dated current, List<Dated> candidates) {
        if (candidates == null) {
            return List.of();
        }
        Indicator here = current.indicator();
        return candidates.stream()
                .filter(c -> !Boolean.TRUE.equals(c.indicator().estimated()))
                .filter(c -> factor(c.indicator().measure(), here.measure()) != null)
                .filter(c -> sameCutOff(c.indicator(), here))
                .sorted(Comparator.comparing((Dated c) -> c.place().sourced().meeting().date(),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(c -> c.place().sourced().meeting().id())
                        .reversed())
                .toList();
    }

    private static boolean sameCutOff(Indicator a, Indicator b) {
        if (a.asOf() == null && b.asOf() == null) {
            return true;
        }
        return a.asOf() != null && b.asOf() != null && a.asOf().getMonthValue() == b.asOf().getMonthValue()
                && a.asOf().getDayOfMonth() == b.asOf().getDayOfMonth();
    }

    /** Growth of {@code current}'s actual value over each earlier candidate; flagged when it agrees with none. */
    private static void checkGrowth(Dated current, BigDecimal reported, String field, Figure figure,
                                    List<Dated> previous, List<Discrepancy> found) {
        Discrepancy first = null;
        for (Dated earlier : previous) {
            if (earlier.indicator().actual() == null) {
                continue;
            }
            Discrepancy d = growthAgainst(current.place(), current.indicator(), earlier.indicator(), reported, field,
                    figure);
            if (d == null) {
                return;
            }
            first = first == null ? d : first;
        }
        if (first != null) {
            found.add(first);
        }
    }

    /** The discrepancy of a reported growth of {@code now} over {@code before}, or null when it agrees. */
    private static Discrepancy growthAgainst(Place at, Indicator now, Indicator before, BigDecimal reported,
                                             String field, Figure figure) {
        BigDecimal factor = factor(before.measure(), now.measure());
        Bounds current = figure(now, now.actual());
        Bounds earlier = figure(before, before.actual()).times(factor);
        Bounds ratio = current.percentOf(earlier);
        if (ratio == null) {
            return null;
        }
        Bounds change = ratio.minus(Bounds.exact(Bounds.HUNDRED));
        if (Bounds.reported(reported).overlaps(change)) {
            return null;
        }
        Map<LikelyCause, Bounds> alternatives = new LinkedHashMap<>();
        alternatives.put(LikelyCause.RATIO_INSTEAD_OF_CHANGE, ratio);
        Bounds onCurrent = current.minus(earlier).percentOf(current);
        if (onCurrent != null) {
            alternatives.put(LikelyCause.WRONG_BASE, onCurrent);
        }
        String scaled = factor.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + plain(factor);
        String formula = "(" + plain(now.actual()) + "/" + plain(before.actual()) + scaled + " − 1) × 100";
        String formulaVi = "(" + vi(now.actual()) + "/" + vi(before.actual())
                + (scaled.isEmpty() ? "" : " × " + vi(factor)) + " − 1) × 100";
        return at.discrepancy(field, figure, reported, change.mid(), "%", formula, formulaVi,
                cause(reported, change, alternatives));
    }

    /** previousPercent: the growth the year before reported for itself, else recomputed from two earlier years. */
    private static void previousGrowth(Dated current, BigDecimal reported, List<Dated> previous,
                                       List<Dated> twoBefore, List<Discrepancy> found) {
        List<Dated> withGrowth = previous.stream()
                .filter(p -> p.indicator().growth() != null && p.indicator().growth().percent() != null)
                .toList();
        if (!withGrowth.isEmpty()) {
            Discrepancy first = null;
            for (Dated earlier : withGrowth) {
                BigDecimal theirs = earlier.indicator().growth().percent();
                Bounds b = Bounds.reported(theirs);
                if (Bounds.reported(reported).overlaps(b)) {
                    return;
                }
                if (first == null) {
                    LikelyCause cause = cause(reported, b, Map.of());
                    first = current.place().discrepancy("/growth/previousPercent", Figure.PREVIOUS_GROWTH, reported,
                            theirs, "%", "growth reported by " + earlier.place().sourced().meeting().id(),
                            "mức tăng do hội nghị " + earlier.place().sourced().meeting().id() + " báo cáo",
                            cause == LikelyCause.UNEXPLAINED ? LikelyCause.DIFFERS_FROM_EARLIER_REPORT : cause);
                }
            }
            found.add(first);
            return;
        }
        Discrepancy first = null;
        for (Dated earlier : previous) {
            for (Dated before : twoBefore) {
                if (earlier.indicator().actual() == null || before.indicator().actual() == null) {
                    continue;
                }
                Discrepancy d = growthAgainst(current.place(), earlier.indicator(), before.indicator(), reported,
                        "/growth/previousPercent", Figure.PREVIOUS_GROWTH);
                if (d == null) {
                    return;
                }
                first = first == null ? d : first;
            }
        }
        if (first != null) {
            found.add(first);
        }
    }

    // ---- likely causes

    /**
     * The most likely cause of a reported figure that disagrees with {@code computed}: cut instead of rounded, off
     * in its last digit, one of the check's other formulas, a factor of 1.000, two digits swapped.
     */
    static LikelyCause cause(BigDecimal reported, Bounds computed, Map<LikelyCause, Bounds> alternatives) {
        int scale = Math.max(0, reported.scale());
        BigDecimal exact = computed.mid();
        if (exact.setScale(scale, RoundingMode.DOWN).compareTo(reported) == 0) {
            return LikelyCause.TRUNCATION;
        }
        if (reported.subtract(exact).abs().compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0) {
            return LikelyCause.ROUNDING;
        }
        Bounds asReported = Bounds.reported(reported);
        for (Map.Entry<LikelyCause, Bounds> alternative : alternatives.entrySet()) {
            if (alternative.getValue() != null && asReported.overlaps(alternative.getValue())) {
                return alternative.getKey();
            }
        }
        if (asReported.overlaps(computed.times(THOUSAND))
                || asReported.overlaps(computed.times(BigDecimal.ONE.movePointLeft(3)))) {
            return LikelyCause.WRONG_UNIT;
        }
        if (digitsSwapped(reported, exact.setScale(scale, RoundingMode.HALF_UP))) {
            return LikelyCause.DIGITS_SWAPPED;
        }
        return LikelyCause.UNEXPLAINED;
    }

    /** 69,2 for 96,2: the same digits, two of them swapped. */
    private static boolean digitsSwapped(BigDecimal reported, BigDecimal rounded) {
        String a = reported.unscaledValue().abs().toString();
        String b = rounded.unscaledValue().abs().toString();
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        List<Integer> differ = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differ.add(i);
            }
        }
        return differ.size() == 2 && a.charAt(differ.get(0)) == b.charAt(differ.get(1))
                && a.charAt(differ.get(1)) == b.charAt(differ.get(0));
    }

    // ---- values

    /** A count is exact; any other figure is exact to half a unit of its last digit. */
    private static Bounds figure(Indicator indicator, BigDecimal value) {
        return indicator.measure() == Measure.COUNT ? Bounds.exact(value) : Bounds.reported(value);
    }

    /** What one unit of {@code from} is in {@code to}: 1000 from tỷ to triệu đồng; null when they do not convert. */
    static BigDecimal factor(Measure from, Measure to) {
        if (Objects.equals(from, to)) {
            return BigDecimal.ONE;
        }
        Integer a = moneyExponent(from);
        Integer b = moneyExponent(to);
        return a == null || b == null ? null : BigDecimal.ONE.movePointRight(a - b);
    }

    private static Integer moneyExponent(Measure measure) {
        if (measure == null) {
            return null;
        }
        return switch (measure) {
            case TY_DONG -> 9;
            case TRIEU_DONG -> 6;
            case DONG -> 0;
            case PERCENT, COUNT -> null;
        };
    }

    private static String unitOf(Indicator indicator) {
        if (indicator.measure() == null) {
            return "";
        }
        return switch (indicator.measure()) {
            case COUNT -> indicator.countNoun() == null ? "" : indicator.countNoun();
            default -> indicator.measure().label();
        };
    }

    static String keyOf(Indicator indicator) {
        return indicator.key() != null ? indicator.key() : VietnameseText.slug(indicator.name());
    }

    private static int indexOfKey(List<Indicator> indicators, String key) {
        for (int i = 0; i < indicators.size(); i++) {
            if (key.equals(indicators.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String vi(BigDecimal value) {
        return Discrepancy.vietnameseNumber(value);
    }
}
