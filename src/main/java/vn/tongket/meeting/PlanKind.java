package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a reported ratio is measured against. */
public enum PlanKind implements Coded {
    PLAN("plan", "kế hoạch"),
    BUDGET_ESTIMATE("budget-estimate", "dự toán"),
    ANNUAL_PLAN("annual-plan", "kế hoạch năm"),
    TERM_TARGET("term-target", "chỉ tiêu nhiệm kỳ");

    private final String code;
    private final String label;

    PlanKind(String code, String label) {
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
    public static PlanKind of(String code) {
        return Coded.fromCode(PlanKind.class, code);
    }
}
