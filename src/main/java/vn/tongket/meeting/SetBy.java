package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who set a plan or target. */
public enum SetBy implements Coded {
    CENTRAL("central", "Trung ương"),
    PROVINCE("province", "Tỉnh/Thành phố giao"),
    DISTRICT("district", "huyện giao"),
    UNIT("unit", "đơn vị giao"),
    RESOLUTION("resolution", "Nghị quyết Đại hội"),
    DEPARTMENT("department", "Sở, ngành giao");

    private final String code;
    private final String label;

    SetBy(String code, String label) {
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
    public static SetBy of(String code) {
        return Coded.fromCode(SetBy.class, code);
    }
}
