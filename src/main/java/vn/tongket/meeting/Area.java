package vn.tongket.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The areas (lĩnh vực) that indicators, achievements and shortcomings fall under, in document order. */
public enum Area implements Coded {
    LEADERSHIP("leadership", "Công tác lãnh đạo, chỉ đạo"),
    ECONOMY("economy", "Kinh tế"),
    BUDGET("budget", "Thu, chi ngân sách"),
    PUBLIC_INVESTMENT("public-investment", "Đầu tư công, giải phóng mặt bằng"),
    URBAN_LAND_ENVIRONMENT("urban-land-environment", "Quy hoạch, đô thị, đất đai, môi trường"),
    NEW_RURAL("new-rural", "Xây dựng nông thôn mới"),
    CULTURE_SOCIETY("culture-society", "Văn hóa - xã hội"),
    DEFENCE_SECURITY("defence-security", "Quốc phòng - an ninh"),
    ADMINISTRATIVE_REFORM("administrative-reform", "Cải cách hành chính"),
    PARTY_BUILDING("party-building", "Xây dựng Đảng và hệ thống chính trị"),
    INSPECTION("inspection", "Kiểm tra, giám sát"),
    MASS_MOBILISATION("mass-mobilisation", "Dân vận, Mặt trận và các đoàn thể");

    private final String code;
    private final String label;

    Area(String code, String label) {
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
    public static Area of(String code) {
        return Coded.fromCode(Area.class, code);
    }
}
