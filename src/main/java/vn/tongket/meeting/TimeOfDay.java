package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The part of the day a meeting was held. */
public enum TimeOfDay implements Coded {
    MORNING("morning", "sáng"),
    AFTERNOON("afternoon", "chiều"),
    EVENING("evening", "tối");

    private final String code;
    private final String label;

    TimeOfDay(String code, String label) {
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
    public static TimeOfDay of(String code) {
        return Coded.fromCode(TimeOfDay.class, code);
    }
}
