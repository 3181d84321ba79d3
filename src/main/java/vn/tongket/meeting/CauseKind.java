package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a cause lies outside or inside the committee's control. */
public enum CauseKind implements Coded {
    OBJECTIVE("objective", "khách quan"),
    SUBJECTIVE("subjective", "chủ quan");

    private final String code;
    private final String label;

    CauseKind(String code, String label) {
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
    public static CauseKind of(String code) {
        return Coded.fromCode(CauseKind.class, code);
    }
}
