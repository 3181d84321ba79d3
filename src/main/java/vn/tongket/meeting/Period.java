package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;

/** The period a meeting (or one indicator) reports on: a year, a half year, or a term up to a date. */
public record Period(Kind kind, Integer year, Integer half, Integer from, Integer to, LocalDate asOf) {

    public enum Kind implements Coded {
        YEAR("year", "năm"),
        HALF_YEAR("half-year", "6 tháng"),
        TERM_TO_DATE("term-to-date", "nửa đầu nhiệm kỳ"),
        YEARS("years", "giai đoạn");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @JsonValue
        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }

        @JsonCreator
        public static Kind of(String code) {
            return Coded.fromCode(Kind.class, code);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, null, null, null, null);
    }

    /** Whether this period is the whole of the given calendar year. */
    public boolean isYear(int y) {
        return kind == Kind.YEAR && year != null && year == y;
    }
}
