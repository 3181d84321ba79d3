package vn.tongket.aggregate;

/**
 * How an indicator stands in a mid-term assessment, in the three groups the report's chart and counts use: met or
 * exceeded, not met, and not assessable (no plan or target to measure it against).
 */
public enum TermAttainment {
    MET_OR_EXCEEDED("Đạt và vượt"),
    NOT_MET("Chưa đạt"),
    NOT_ASSESSED("Chưa đánh giá được");

    private final String label;

    TermAttainment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static TermAttainment of(IndicatorStatus status) {
        return switch (status) {
            case EXCEEDED, MET -> MET_OR_EXCEEDED;
            case NOT_MET -> NOT_MET;
            case UNKNOWN -> NOT_ASSESSED;
        };
    }
}
