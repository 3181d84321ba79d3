package vn.tongket.ingest.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Body;
import vn.tongket.meeting.CauseKind;
import vn.tongket.meeting.Coded;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.MeetingKind;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;
import vn.tongket.meeting.Role;
import vn.tongket.meeting.SetBy;
import vn.tongket.meeting.TimeOfDay;
import vn.tongket.meeting.UnitKind;
import vn.tongket.meeting.UnitLevel;
import vn.tongket.vietnamese.VietnameseText;

/**
 * The workbook form of a meeting (one workbook per meeting): its sheets, the rows of the "Hội nghị" sheet and the
 * columns of the list sheets, with the Vietnamese labels people see and the keys (the JSON field paths) they stand
 * for. The reader and the template writer both work from this class, so they cannot drift apart.
 */
public final class WorkbookLayout {

    public static final String GUIDE = "Hướng dẫn";
    public static final String LISTS = "Danh mục";
    public static final String MEETING = "Hội nghị";
    public static final String PARTICIPANTS = "Người dự";
    public static final String INDICATORS = "Chỉ tiêu";
    public static final String ACHIEVEMENTS = "Kết quả";
    public static final String SHORTCOMINGS = "Hạn chế";
    public static final String DIRECTIONS = "Phương hướng";
    public static final String DIRECTIVES = "Chỉ đạo";
    public static final String OTHER = "Khác";

    /** The sheets that hold the meeting, in the workbook's order; every one must be there. */
    public static final List<String> DATA_SHEETS = List.of(MEETING, PARTICIPANTS, INDICATORS, ACHIEVEMENTS,
            SHORTCOMINGS, DIRECTIONS, DIRECTIVES, OTHER);

    /** Sheets of the template that are not read. */
    public static final List<String> OTHER_SHEETS = List.of(GUIDE, LISTS);

    /**
     * Columns added to the form after its first version: a workbook made from an older blank form, without them,
     * is still read (the values are then absent).
     */
    public static final Set<String> LATER_COLUMNS = Set.of("partOf");

    /** The most rows read from one sheet, the header included. */
    public static final int MAX_ROWS = 2000;
    /** The most columns read from one sheet (A to BH). */
    public static final int MAX_COLUMNS = 60;

    /** How many ratios to plans ("đạt 132% kế hoạch") one indicator row can hold. */
    public static final int ATTAINMENTS = 2;

    /** The words for true and false in yes/no cells. */
    public static final String YES = "có";
    public static final String NO = "không";

    /** The label shown for {@link Measure#COUNT}, whose own label is empty. */
    public static final String COUNT_LABEL = "số lượng";

    /** How a cell's value is read. */
    public enum Type {
        TEXT, TEXT_LIST, CODE, CODE_LIST, WHOLE, NUMBER, PERCENT,
        /** a number in the indicator's measure: "2.167 tỷ 098 triệu" is understood in a tỷ đồng row. */
        AMOUNT,
        DATE, YES_NO
    }

    /**
     * One value: a row of the "Hội nghị" sheet or a column of a list sheet.
     *
     * @param key        the field's path in the JSON form ("unit.name", "attainment1.percent")
     * @param label      the Vietnamese label in the workbook
     * @param type       how the cell is read
     * @param vocabulary the codes a CODE or CODE_LIST cell takes, else null
     * @param width      the column width in characters (list sheets)
     * @param hint       a short Vietnamese hint for the clerk
     */
    public record Field(String key, String label, Type type, Class<? extends Coded> vocabulary, int width,
                        String hint) {
    }

    /** A sheet and its fields: the rows of "Hội nghị", or the columns of a list sheet in order. */
    public record Sheet(String name, List<Field> fields) {

        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        /** The field a header or item cell names, by its label or by its key. */
        public Optional<Field> find(String text) {
            String wanted = normalized(text);
            return fields.stream()
                    .filter(f -> normalized(f.label()).equals(wanted) || f.key().equalsIgnoreCase(wanted))
                    .findFirst();
        }
    }

    // "Hội nghị": one row per value, with these three columns.
    public static final Field ITEM = new Field("item", "Nội dung", Type.TEXT, null, 34, null);
    public static final Field VALUE = new Field("value", "Giá trị", Type.TEXT, null, 60, null);
    public static final Field NOTE = new Field("hint", "Ghi chú", Type.TEXT, null, 60, null);
    public static final Sheet MEETING_COLUMNS = new Sheet(MEETING, List.of(ITEM, VALUE, NOTE));

    public static final Sheet MEETING_ITEMS = new Sheet(MEETING, List.of(
            text("id", "Mã hội nghị", "chữ thường không dấu nối bằng gạch ngang, duy nhất: thuong-tin-2023-kiem-diem-btv"),
            text("unit.id", "Mã đơn vị", "tên đơn vị không dấu: thuong-tin"),
            text("unit.name", "Tên đơn vị", "không kèm cấp: Thường Tín"),
            code("unit.kind", "Loại đơn vị", UnitKind.class, "huyện, quận, xã, phường, …"),
            code("unit.level", "Cấp", UnitLevel.class, ""),
            text("unit.committee", "Cấp ủy", "Huyện ủy Thường Tín"),
            text("unit.organisation", "Đảng bộ", "Đảng bộ huyện Thường Tín"),
            text("unit.superior.name", "Cấp trên", "Thành phố Hà Nội"),
            text("unit.superior.committee", "Cấp ủy cấp trên", "Thành ủy Hà Nội"),
            code("kind", "Loại hội nghị", MeetingKind.class, ""),
            text("title", "Tên hội nghị", "như nguồn ghi"),
            codes("reportingBodies", "Cơ quan được báo cáo, kiểm điểm", Body.class,
                    "nhiều cơ quan cách nhau bằng dấu ;"),
            field("date", "Ngày họp", Type.DATE, "25/12/2023"),
            code("timeOfDay", "Buổi", TimeOfDay.class, "sáng, chiều, tối"),
            field("expanded", "Hội nghị mở rộng", Type.YES_NO, "có, nếu nguồn nói \"mở rộng\""),
            field("term.congress", "Khóa (số)", Type.WHOLE, "khóa XXIV ghi 24"),
            field("term.from", "Nhiệm kỳ từ năm", Type.WHOLE, "2020"),
            field("term.to", "Nhiệm kỳ đến năm", Type.WHOLE, "2025"),
            field("session", "Hội nghị lần thứ", Type.WHOLE, "hội nghị lần thứ 12 ghi 12"),
            code("period.kind", "Kỳ báo cáo", Period.Kind.class, "năm, 6 tháng, nửa đầu nhiệm kỳ, giai đoạn"),
            field("period.year", "Kỳ báo cáo: năm", Type.WHOLE, "với năm và 6 tháng"),
            field("period.half", "Kỳ báo cáo: 6 tháng (1 hoặc 2)", Type.WHOLE, "1 = 6 tháng đầu năm"),
            field("period.from", "Kỳ báo cáo: từ năm", Type.WHOLE, "với nửa đầu nhiệm kỳ và giai đoạn"),
            field("period.to", "Kỳ báo cáo: đến năm", Type.WHOLE, "với nửa đầu nhiệm kỳ và giai đoạn"),
            field("period.asOf", "Kỳ báo cáo: tính đến ngày", Type.DATE, "với nửa đầu nhiệm kỳ"),
            field("targetTally.achieved", "Số chỉ tiêu đạt", Type.WHOLE, "14 trong \"14/15 chỉ tiêu\""),
            field("targetTally.total", "Tổng số chỉ tiêu", Type.WHOLE, "15 trong \"14/15 chỉ tiêu\""),
            code("targetTally.setBy", "Chỉ tiêu do ai giao", SetBy.class, "\"TP giao\": Tỉnh/Thành phố giao"),
            text("targetTally.text", "Nguồn nói \"đạt\" thế nào", "hoàn thành và hoàn thành vượt mức"),
            text("source.title", "Nguồn: tiêu đề", "tiêu đề bài; \"không rõ\" nếu không có"),
            text("source.publisher", "Nguồn: nơi đăng", "\"không rõ\" nếu bài không nêu"),
            field("source.date", "Nguồn: ngày đăng", Type.DATE, ""),
            field("source.authors", "Nguồn: tác giả", Type.TEXT_LIST, "nhiều người cách nhau bằng dấu ;")));

    public static final Sheet PARTICIPANT_COLUMNS = new Sheet(PARTICIPANTS, List.of(
            column("name", "Họ và tên", Type.TEXT, null, 26, "viết hoa đúng: Tạ Hữu Thọ"),
            column("titles", "Chức vụ", Type.TEXT_LIST, null, 60, "mỗi chức vụ cách nhau bằng dấu ;"),
            column("roles", "Vai trò", Type.CODE_LIST, Role.class, 30, "nhiều vai trò cách nhau bằng dấu ;")));

    public static final Sheet INDICATOR_COLUMNS = new Sheet(INDICATORS, indicatorColumns());

    public static final Sheet ACHIEVEMENT_COLUMNS = new Sheet(ACHIEVEMENTS, List.of(
            column("area", "Lĩnh vực", Type.CODE, Area.class, 34, ""),
            column("text", "Nội dung", Type.TEXT, null, 100, "mỗi dòng một ý, một câu đầy đủ")));

    public static final Sheet SHORTCOMING_COLUMNS = new Sheet(SHORTCOMINGS, List.of(
            column("area", "Lĩnh vực", Type.CODE, Area.class, 34, ""),
            column("text", "Nội dung", Type.TEXT, null, 80, "mỗi dòng một ý, một câu đầy đủ"),
            column("cause", "Nguyên nhân", Type.TEXT, null, 50, "chỉ khi nguồn nêu"),
            column("causeKind", "Loại nguyên nhân", Type.CODE, CauseKind.class, 18, "khách quan, chủ quan"),
            column("responsible", "Trách nhiệm", Type.TEXT, null, 30, "chỉ khi nguồn nêu")));

    public static final Sheet DIRECTION_COLUMNS = new Sheet(DIRECTIONS, List.of(
            column("area", "Lĩnh vực", Type.CODE, Area.class, 34, ""),
            column("text", "Nội dung", Type.TEXT, null, 100, "mỗi dòng một ý, một câu đầy đủ")));

    public static final Sheet DIRECTIVE_COLUMNS = new Sheet(DIRECTIVES, List.of(
            column("by", "Người chỉ đạo", Type.TEXT, null, 26, "họ tên như ở trang Người dự"),
            column("text", "Nội dung", Type.TEXT, null, 100, "mỗi dòng một yêu cầu")));

    public static final Sheet OTHER_COLUMNS = new Sheet(OTHER, List.of(
            column("lessons", "Bài học kinh nghiệm", Type.TEXT, null, 70, "mỗi ô một bài học"),
            column("documentsReviewed", "Tài liệu hội nghị xem xét", Type.TEXT, null, 70, "mỗi ô một tài liệu")));

    /** The vocabularies that have a drop-down list, in the order of the "Danh mục" sheet. */
    public static final List<Class<? extends Coded>> VOCABULARIES = List.of(MeetingKind.class, Area.class,
            Measure.class, UnitKind.class, UnitLevel.class, SetBy.class, PlanKind.class, CauseKind.class,
            Role.class, Body.class, TimeOfDay.class, Period.Kind.class);

    private WorkbookLayout() {
    }

    /** The list sheets with their columns, in the workbook's order. */
    public static List<Sheet> listSheets() {
        return List.of(PARTICIPANT_COLUMNS, INDICATOR_COLUMNS, ACHIEVEMENT_COLUMNS, SHORTCOMING_COLUMNS,
                DIRECTION_COLUMNS, DIRECTIVE_COLUMNS, OTHER_COLUMNS);
    }

    /** What a clerk picks from a drop-down list: the Vietnamese label ("Thu, chi ngân sách"). */
    public static String label(Coded value) {
        return value == Measure.COUNT ? COUNT_LABEL : value.label();
    }

    public static List<String> labels(Class<? extends Coded> type) {
        return Arrays.stream(type.getEnumConstants()).map(WorkbookLayout::label).toList();
    }

    /** The value a cell names by its code ("budget"), its label ("Thu, chi ngân sách") or its list label. */
    public static Optional<Coded> lookup(Class<? extends Coded> type, String text) {
        String wanted = normalized(text);
        for (Coded value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(wanted) || normalized(label(value)).equals(wanted)
                    || (!value.label().isEmpty() && normalized(value.label()).equals(wanted))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** "Kinh tế (economy), Thu, chi ngân sách (budget), …" for messages. */
    public static String choices(Class<? extends Coded> type) {
        List<String> out = new ArrayList<>();
        for (Coded value : type.getEnumConstants()) {
            out.add("\"" + label(value) + "\" (" + value.code() + ")");
        }
        return String.join(", ", out);
    }

    /** How labels and names are compared: NFC, lower case, single spaces, no surrounding spaces. */
    public static String normalized(String text) {
        return VietnameseText.nfc(text).replace('\u00A0', ' ').trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }

    private static List<Field> indicatorColumns() {
        List<Field> columns = new ArrayList<>(List.of(
                column("key", "Mã chỉ tiêu", Type.TEXT, null, 24, "tiếng Anh không dấu: state-budget-revenue"),
                column("name", "Tên chỉ tiêu", Type.TEXT, null, 48, "như nguồn ghi"),
                column("area", "Lĩnh vực", Type.CODE, Area.class, 30, ""),
                column("measure", "Đơn vị tính", Type.CODE, Measure.class, 14, "tỷ đồng, triệu đồng, %, số lượng"),
                column("countNoun", "Danh từ đếm", Type.TEXT, null, 14, "với số lượng: chi bộ, trường, xã"),
                column("actual", "Giá trị", Type.AMOUNT, null, 14, "theo đơn vị tính: 1.528; 2.167 tỷ 098 triệu"),
                column("estimated", "Ước đạt", Type.YES_NO, null, 9, "có, nếu nguồn nói \"ước\""),
                column("asOf", "Tính đến ngày", Type.DATE, null, 13, "22/12/2023"),
                column("part", "Số đạt (x của x/y)", Type.WHOLE, null, 12, "64 trong 64/73"),
                column("total", "Tổng số (y của x/y)", Type.WHOLE, null, 12, "73 trong 64/73"),
                column("percent", "Tỷ lệ x/y (%)", Type.PERCENT, null, 11, "như nguồn ghi: 87,67"),
                column("span.kind", "Kỳ riêng", Type.CODE, Period.Kind.class, 12, "khi số liệu tính cho kỳ khác"),
                column("span.year", "Kỳ riêng: năm", Type.WHOLE, null, 10, ""),
                column("span.half", "Kỳ riêng: 6 tháng", Type.WHOLE, null, 10, "1 hoặc 2"),
                column("span.from", "Kỳ riêng: từ năm", Type.WHOLE, null, 10, "giai đoạn 2020-2022: 2020"),
                column("span.to", "Kỳ riêng: đến năm", Type.WHOLE, null, 10, "giai đoạn 2020-2022: 2022"),
                column("span.asOf", "Kỳ riêng: tính đến ngày", Type.DATE, null, 13, ""),
                column("growth.percent", "Tăng so cùng kỳ (%)", Type.PERCENT, null, 12, "giảm ghi số âm"),
                column("growth.previousPercent", "Cùng kỳ năm trước tăng (%)", Type.PERCENT, null, 12, ""),
                column("note", "Ghi chú", Type.TEXT, null, 40, "điều nguồn nói thêm")));
        for (int n = 1; n <= ATTAINMENTS; n++) {
            String k = "attainment" + n + ".";
            String l = " (" + n + ")";
            columns.add(column(k + "against", "So với" + l, Type.CODE, PlanKind.class, 16, "kế hoạch, dự toán, …"));
            columns.add(column(k + "setBy", "Do ai giao" + l, Type.CODE, SetBy.class, 18, "chỉ khi nguồn nêu"));
            columns.add(column(k + "percent", "Đạt %" + l, Type.PERCENT, null, 10, "đạt 132% kế hoạch: 132"));
            columns.add(column(k + "exceededBy", "Vượt %" + l, Type.PERCENT, null, 10, "vượt 27% kế hoạch: 27"));
            columns.add(column(k + "planValue", "Giá trị kế hoạch" + l, Type.AMOUNT, null, 12, "theo đơn vị tính"));
            columns.add(column(k + "note", "Ghi chú so sánh" + l, Type.TEXT, null, 24, "dự toán giao sau điều chỉnh"));
        }
        columns.add(column("partOf", "Là phần của (mã chỉ tiêu)", Type.TEXT, null, 18,
                "mã của chỉ tiêu tổng mà các phần cộng lại bằng: council-sessions"));
        return List.copyOf(columns);
    }

    private static Field text(String key, String label, String hint) {
        return new Field(key, label, Type.TEXT, null, 0, hint);
    }

    private static Field code(String key, String label, Class<? extends Coded> vocabulary, String hint) {
        return new Field(key, label, Type.CODE, vocabulary, 0, hint);
    }

    private static Field codes(String key, String label, Class<? extends Coded> vocabulary, String hint) {
        return new Field(key, label, Type.CODE_LIST, vocabulary, 0, hint);
    }

    private static Field field(String key, String label, Type type, String hint) {
        return new Field(key, label, type, null, 0, hint);
    }

    private static Field column(String key, String label, Type type, Class<? extends Coded> vocabulary, int width,
                                String hint) {
        return new Field(key, label, type, vocabulary, width, hint);
    }
}
