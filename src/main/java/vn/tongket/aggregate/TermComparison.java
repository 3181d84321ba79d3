package vn.tongket.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.aggregate.UnitTermSummary.InputFile;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;

/**
 * The units under one superior compared over a term: the indicators at least two of them report, each unit's figure
 * and rank, totals where they mean something, and which units have gaps. Made by {@link TermComparisons}.
 *
 * @param units      the units compared, by id
 * @param indicators the indicators at least two units report, by area
 * @param notes      what the reader of the comparison should know about the units' data (their own data notes)
 */
public record TermComparison(Meeting.Superior superior, ReviewTerm term, LocalDate asOf, List<ComparedUnit> units,
                             List<ComparedIndicator> indicators, List<InputFile> inputs, List<String> notes) {

    /**
     * A unit compared: the years it has full-year figures for, those with only a half year's, the years missing,
     * and whether it has figures for the term to date.
     */
    public record ComparedUnit(String unitId, Meeting.Unit unit, List<Integer> fullYears, List<Integer> halfYearOnly,
                               List<Integer> gapYears, boolean termFigures, List<String> meetingIds) {
    }

    /** What the units of an indicator are ranked by. */
    public enum RankBasis {
        /** The ratio to plan (or to the term target, for term figures), as reported or recomputed. */
        RATIO_TO_PLAN,
        /** The value itself, all units giving it in the same measure. */
        VALUE,
        /** A count over a total, as a percentage recomputed from the two. */
        RATE,
        /** Not ranked: fewer than two units have a figure for the same span, or the figures are of different kinds. */
        NONE
    }

    /**
     * One indicator across the units.
     *
     * @param span     the span the units are ranked on ("năm 2022", "từ đầu nhiệm kỳ"), null when none is shared
     * @param basis    what they are ranked by
     * @param figures  one per unit that reports the indicator, ranked ones first in rank order
     * @param total    the sum over the ranked units, where adding up means something (amounts and counts of the same
     *                 measure, or counts over totals), else null
     */
    public record ComparedIndicator(String key, String name, Area area, String span, RankBasis basis,
                                    List<UnitFigure> figures, Total total) {
    }

    /**
     * A unit's figure for an indicator: the one of the shared span if the unit has it, else its latest figure, which
     * is shown but not ranked ({@code rank} null, {@code comparable} false).
     *
     * @param rankedBy the number the rank is based on (a ratio in percent, or the value), null when not ranked
     */
    public record UnitFigure(String unitId, String unitName, String spanLabel, IndicatorResult value,
                             boolean comparable, BigDecimal rankedBy, Integer rank) {
    }

    /** The sum over {@code unitCount} units of one span: an amount or count, or parts over totals. */
    public record Total(String span, int unitCount, Measure measure, BigDecimal sum, Integer parts, Integer wholes) {
    }
}
