package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a person did at a meeting. */
public enum Role implements Coded {
    CHAIR("chair", "chủ trì"),
    PRESENTER("presenter", "trình bày báo cáo"),
    SUPERIOR_REPRESENTATIVE("superior-representative", "dự và chỉ đạo"),
    SPEAKER("speaker", "phát biểu"),
    ATTENDEE("attendee", "dự");

    private final String code;
    private final String label;

    Role(String code, String label) {
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
    public static Role of(String code) {
        return Coded.fromCode(Role.class, code);
    }
}
