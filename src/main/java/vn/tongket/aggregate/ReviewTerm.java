package vn.tongket.aggregate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.tongket.meeting.Period;

/**
 * The congress term a mid-term assessment covers ("nhiệm kỳ 2020-2025"). Its {@link #key()} names the output folder
 * and identifies the run: {@code 2020-2025}.
 */
public record ReviewTerm(int from, int to) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-(\\d{4})");

    /** The first half of a term, whose years have their own columns in the mid-term report's annex. */
    public static final int FIRST_HALF_YEARS = 4;

    public ReviewTerm {
        if (to <= from) {
            throw new IllegalArgumentException("a term ends after it starts: " + from + "-" + to);
        }
    }

    /**
     * The term a key names.
     *
     * @throws IllegalArgumentException if the key is not two years, the first before the second
     */
    public static ReviewTerm ofKey(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("a term is written as two years, 2020-2025, not \"" + key + "\"");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (to <= from) {
            throw new IllegalArgumentException("a term ends after it starts, not \"" + key + "\"");
        }
        return new ReviewTerm(from, to);
    }

    @JsonIgnore
    public String key() {
        return from + "-" + to;
    }

    /** "nhiệm kỳ 2020-2025". */
    @JsonIgnore
    public String label() {
        return "nhiệm kỳ " + key();
    }

    /** The first day of the term: 1 January of its first year. */
    @JsonIgnore
    public LocalDate start() {
        return LocalDate.of(from, 1, 1);
    }

    /**
     * Whether a meeting reporting on {@code period} reports on this term: a year or a half year from the term's first
     * to its last year, or the term to date of this same term.
     */
    public boolean covers(Period period) {
        if (period == null) {
            return false;
        }
        return switch (period.kind()) {
            case YEAR, HALF_YEAR -> period.year() != null && period.year() >= from && period.year() <= to;
            case TERM_TO_DATE -> period.from() != null && period.to() != null && period.from() == from
                    && period.to() == to;
            case YEARS -> false;
        };
    }

    /**
     * The years whose season has come by {@code asOf}: a year counts once its year-end reviews are due, from
     * 1 December of that year; before that only the earlier years count. Bounded by the term.
     */
    public int[] yearsDueBy(LocalDate asOf) {
        int last = asOf.isBefore(LocalDate.of(asOf.getYear(), 12, 1)) ? asOf.getYear() - 1 : asOf.getYear();
        return IntStream.rangeClosed(from, Math.min(last, to)).toArray();
    }

    @Override
    public String toString() {
        return key();
    }
}
