package vn.tongket.consistency;

/** Which figure of an indicator was recomputed. */
public enum Figure {
    /** {@code percent} against {@code part/total}. */
    SHARE("tỷ lệ x/y", "share of the total", true),
    /** an attainment's {@code percent} against {@code actual/planValue}. */
    ATTAINMENT("tỷ lệ đạt so với kế hoạch", "ratio to plan", true),
    /** an attainment's {@code exceededBy} against {@code actual/planValue − 100} (or {@code percent − 100}). */
    EXCEEDED_BY("mức vượt kế hoạch", "excess over plan", true),
    /** a whole against the sum of the indicators that name it in {@code partOf}. */
    SUM("tổng của các phần", "whole against the sum of its parts", false),
    /** {@code growth.percent} against this period's and the previous period's actual values. */
    GROWTH("tăng so với cùng kỳ", "growth on the same period a year earlier", true),
    /** {@code growth.previousPercent} against the previous period's own growth. */
    PREVIOUS_GROWTH("mức tăng cùng kỳ năm trước", "the growth reported for a year earlier", true);

    private final String vietnamese;
    private final String english;
    private final boolean percent;

    Figure(String vietnamese, String english, boolean percent) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.percent = percent;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** Whether the figure is a percentage (else it is in the indicator's measure). */
    public boolean isPercent() {
        return percent;
    }
}
