package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of administrative unit a committee leads. */
public enum UnitKind implements Coded {
    HUYEN("huyen", "huyện"),
    QUAN("quan", "quận"),
    THI_XA("thi-xa", "thị xã"),
    THANH_PHO("thanh-pho", "thành phố"),
    XA("xa", "xã"),
    PHUONG("phuong", "phường"),
    DAC_KHU("dac-khu", "đặc khu"),
    TINH("tinh", "tỉnh");

    private final String code;
    private final String label;

    UnitKind(String code, String label) {
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
    public static UnitKind of(String code) {
        return Coded.fromCode(UnitKind.class, code);
    }
}
