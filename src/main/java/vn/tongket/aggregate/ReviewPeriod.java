package vn.tongket.aggregate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tongket.meeting.Period;

/**
 * The period a review document covers: a whole year (the year-end review) or one half of a year (the half-year
 * review). Its {@link #key()} names the output folder and identifies the run: {@code 2023}, {@code 2020-h1}.
 */
public record ReviewPeriod(int year, Integer half) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-h([12]))?");

    public ReviewPeriod {
        if (half != null && half != 1 && half != 2) {
            throw new IllegalArgumentException("a half year is 1 or 2, not " + half);
        }
    }

    public static ReviewPeriod year(int year) {
        return new ReviewPeriod(year, null);
    }

    public static ReviewPeriod half(int year, int half) {
        return new ReviewPeriod(year, half);
    }

    /** The period a {@link #key()} names. */
    public static ReviewPeriod ofKey(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("a review period is written 2023 or 2023-h1, not \"" + key + "\"");
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null ? year(year) : half(year, Integer.parseInt(m.group(2)));
    }

    @JsonIgnore
    public boolean isHalfYear() {
        return half != null;
    }

    /** {@code 2023} or {@code 2020-h1}. */
    @JsonIgnore
    public String key() {
        return isHalfYear() ? year + "-h" + half : Integer.toString(year);
    }

    /** Whether a meeting reporting on {@code period} reports on this review period. */
    public boolean covers(Period period) {
        if (period == null || period.year() == null || period.year() != year) {
            return false;
        }
        return isHalfYear()
                ? period.kind() == Period.Kind.HALF_YEAR && half.equals(period.half())
                : period.kind() == Period.Kind.YEAR;
    }

    /** "năm 2023", "6 tháng đầu năm 2020", "6 tháng cuối năm 2020". */
    @JsonIgnore
    public String label() {
        return isHalfYear() ? "6 tháng " + (half == 1 ? "đầu" : "cuối") + " năm " + year : "năm " + year;
    }

    @Override
    public String toString() {
        return key();
    }
}
