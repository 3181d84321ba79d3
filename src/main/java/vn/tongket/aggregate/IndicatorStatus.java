package vn.tongket.aggregate;

/** How an indicator stands against its plan. */
public enum IndicatorStatus {
    EXCEEDED("Vượt"),
    MET("Đạt"),
    NOT_MET("Chưa đạt"),
    UNKNOWN("");

    private final String label;

    IndicatorStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From a ratio to plan in percent: above 100 exceeded, 100 met, below not met. */
    public static IndicatorStatus ofPercent(java.math.BigDecimal percent) {
        int compared = percent.compareTo(java.math.BigDecimal.valueOf(100));
        return compared > 0 ? EXCEEDED : compared == 0 ? MET : NOT_MET;
    }
}
