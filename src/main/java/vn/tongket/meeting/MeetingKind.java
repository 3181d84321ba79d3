package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of meeting a record reports. */
public enum MeetingKind implements Coded {
    YEAR_END_REVIEW("year-end-review", "Hội nghị kiểm điểm tập thể cuối năm"),
    EXECUTIVE_PLENARY("executive-plenary", "Hội nghị Ban Chấp hành"),
    HALF_YEAR_REVIEW("half-year-review", "Hội nghị sơ kết 6 tháng"),
    MID_TERM_REVIEW("mid-term-review", "Hội nghị sơ kết giữa nhiệm kỳ");

    private final String code;
    private final String label;

    MeetingKind(String code, String label) {
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
    public static MeetingKind of(String code) {
        return Coded.fromCode(MeetingKind.class, code);
    }
}
