package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A collective body that meets, reports or is reviewed. */
public enum Body implements Coded {
    EXECUTIVE_COMMITTEE("executive-committee", "Ban Chấp hành Đảng bộ"),
    STANDING_COMMITTEE("standing-committee", "Ban Thường vụ"),
    STANDING_BOARD("standing-board", "Thường trực cấp ủy"),
    COUNCIL_STANDING_BOARD("council-standing-board", "Thường trực Hội đồng nhân dân"),
    PEOPLES_COMMITTEE("peoples-committee", "Ủy ban nhân dân"),
    INSPECTION_COMMITTEE("inspection-committee", "Ủy ban Kiểm tra");

    private final String code;
    private final String label;

    Body(String code, String label) {
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
    public static Body of(String code) {
        return Coded.fromCode(Body.class, code);
    }
}
