package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The level of government a unit belongs to. */
public enum UnitLevel implements Coded {
    PROVINCE("province", "cấp tỉnh"),
    DISTRICT("district", "cấp huyện"),
    COMMUNE("commune", "cấp xã");

    private final String code;
    private final String label;

    UnitLevel(String code, String label) {
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
    public static UnitLevel of(String code) {
        return Coded.fromCode(UnitLevel.class, code);
    }
}
