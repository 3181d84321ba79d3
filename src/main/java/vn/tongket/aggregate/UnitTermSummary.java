package vn.tongket.aggregate;

import java.time.LocalDate;
import java.util.List;
import vn.tongket.aggregate.UnitSummary.AreaGroup;
import vn.tongket.aggregate.UnitSummary.AttainmentResult;
import vn.tongket.aggregate.UnitSummary.FindingItem;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.aggregate.UnitSummary.Person;
import vn.tongket.consistency.Discrepancy;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.MeetingKind;
import vn.tongket.meeting.Period;

/**
 * What the meetings of one unit say about a term up to the as-of date: the basis of the mid-term assessment pack.
 * Numbers stay as reported; recomputed figures (growth from two years' values) are marked as computed.
 *
 * @param congress     the number of the congress that opened the term, as the meetings give it ("lần thứ VI"), if any
 * @param meetings     the meetings counted (about the term, dated on or before {@code asOf}), in date order
 * @param afterAsOf    meetings about the term dated after {@code asOf}: left out, named in the notes
 * @param years        each year of the term due by {@code asOf} (see {@link ReviewTerm#yearsDueBy}), and a later
 *                     year when a counted meeting reports on it
 * @param gapYears     the years due by {@code asOf} for which the unit has no meeting at all
 * @param indicators   every indicator (by key) as a series over the years, with its term-level figure
 * @param conflicts    two meetings giving different values for one indicator and period; the later one is kept
 * @param tallies      the target tallies as the meetings report them ("14/15 chỉ tiêu Thành phố giao")
 * @param directions   the directions of the latest meeting that gives any ({@code directionsFrom})
 * @param directives   the directives of the latest meeting that gives any ({@code directivesFrom})
 * @param inputs       the input files the counted meetings were read from, with their SHA-256
 * @param warnings     figures that disagree with their parts, conflicts, gaps: for the annex and the run report
 */
public record UnitTermSummary(
        Meeting.Unit unit,
        String unitId,
        ReviewTerm term,
        Integer congress,
        LocalDate asOf,
        List<TermMeeting> meetings,
        List<TermMeeting> afterAsOf,
        List<Person> people,
        List<YearCoverage> years,
        List<Integer> gapYears,
        List<IndicatorSeries> indicators,
        List<Conflict> conflicts,
        List<TermTally> tallies,
        List<AreaGroup<FindingItem>> achievements,
        List<AreaGroup<FindingItem>> shortcomings,
        List<String> lessons,
        List<AreaGroup<String>> directions,
        String directionsFrom,
        List<Meeting.Directive> directives,
        String directivesFrom,
        List<InputFile> inputs,
        List<String> warnings,
        List<Discrepancy> discrepancies) {

    /** A meeting counted (or left out), with the period it reports on in words ("năm 2021"). */
    public record TermMeeting(String id, String file, MeetingKind kind, String title, LocalDate date,
                              Period period, String periodLabel, Meeting.Source source) {
    }

    /** How a year of the term is covered by the unit's meetings. */
    public enum Coverage { FULL_YEAR, HALF_YEAR_ONLY, TERM_ONLY, NONE }

    /**
     * One year of the term: whether a meeting reports on the whole year, only on a half of it, or none does
     * ({@code TERM_ONLY}: only a term-to-date meeting, whose figures are not the year's own).
     *
     * @param due whether the year's season has come by the as-of date (a missing due year is a gap)
     */
    public record YearCoverage(int year, Coverage coverage, List<Integer> halves, List<String> meetingIds,
                               boolean due) {
    }

    /** Why a series has no full-year value for a year that is due. */
    public enum GapKind {
        /** The unit has no meeting about that year. */
        NO_MEETING,
        /** The unit's meetings about the year do not give this indicator. */
        NOT_REPORTED,
        /** Only a half year's figure, which does not stand for the whole year. */
        HALF_YEAR_ONLY
    }

    public record SeriesGap(int year, GapKind kind) {
    }

    /**
     * One indicator's value for one year: the year-end figure, or a half year's figure where the year has none
     * ({@code half} set; it does not stand for the full year).
     *
     * @param growth         growth on the year before, as reported, or computed from two full-year values of the
     *                       same measure ({@code growthComputed})
     */
    public record SeriesPoint(int year, Integer half, String label, IndicatorResult value,
                              java.math.BigDecimal growth, boolean growthComputed) {
    }

    /**
     * An indicator over the term.
     *
     * @param termFigure    the figure for the term so far or a span of years (from a term-to-date meeting, or an
     *                      indicator given for "giai đoạn 2020-2022"), if any; {@code termFigureLabel} says its span
     * @param termTarget    the latest ratio to the term's target ({@code term-target}), if any meeting gives one;
     *                      {@code termTargetOf} names the span of the figure it was reported with
     * @param attainment    how the indicator stands: against the term target where given, else against the plan of
     *                      the latest figure that has one
     */
    public record IndicatorSeries(String key, String name, Area area, Measure measure, String countNoun,
                                  List<SeriesPoint> points, IndicatorResult termFigure, String termFigureLabel,
                                  AttainmentResult termTarget, String termTargetOf, TermAttainment attainment,
                                  List<SeriesGap> gaps) {
    }

    /** Two meetings gave different values for one indicator and period; {@code kept} is the later meeting's. */
    public record Conflict(String key, String name, String periodLabel, IndicatorResult kept,
                           IndicatorResult dropped) {
    }

    /** A target tally as a meeting reports it, with the period it covers. */
    public record TermTally(String periodLabel, boolean termLevel, UnitSummary.Tally tally) {
    }

    /** An input file the pack was made from. */
    public record InputFile(String name, String sha256) {
    }

    public int achievementCount() {
        return achievements.stream().mapToInt(group -> group.items().size()).sum();
    }

    public int shortcomingCount() {
        return shortcomings.stream().mapToInt(group -> group.items().size()).sum();
    }
}
