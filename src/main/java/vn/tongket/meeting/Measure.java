package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The unit of measure of an indicator value. */
public enum Measure implements Coded {
    TY_DONG("ty-dong", "tỷ đồng"),
    TRIEU_DONG("trieu-dong", "triệu đồng"),
    DONG("dong", "đồng"),
    PERCENT("percent", "%"),
    COUNT("count", "");

    private final String code;
    private final String label;

    Measure(String code, String label) {
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
    public static Measure of(String code) {
        return Coded.fromCode(Measure.class, code);
    }
}
