package vn.tongket.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.ingest.ReadResult;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.xlsx.WorkbookLayout;
import vn.tongket.ingest.xlsx.WorkbookLayout.Field;
import vn.tongket.ingest.xlsx.WorkbookLayout.Sheet;
import vn.tongket.ingest.xlsx.WorkbookLayout.Type;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Body;
import vn.tongket.meeting.CauseKind;
import vn.tongket.meeting.Coded;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.MeetingKind;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;
import vn.tongket.meeting.Role;
import vn.tongket.meeting.SetBy;
import vn.tongket.meeting.TimeOfDay;
import vn.tongket.meeting.UnitKind;
import vn.tongket.meeting.UnitLevel;

/**
 * Writes the meeting workbook for clerks: the blank form shipped as templates/input/bien-ban-hoi-nghi.xlsx, and the
 * same form filled from a meeting (the example docs/examples/000-thuong-tin-2023-kiem-diem.xlsx is seed 000). The
 * sheets, rows and columns come from {@link WorkbookLayout}, which the reader uses too. Drop-down lists offer the
 * Vietnamese labels of the vocabularies (the reader also takes the codes), the header rows are frozen, and a first
 * sheet "Hướng dẫn" says how to fill it in.
 *
 * <p>{@code java -cp target/classes:... vn.tongket.templates.MeetingWorkbook} writes both files;
 * {@code MeetingWorkbook blank OUT.xlsx} or {@code MeetingWorkbook fill MEETING.json OUT.xlsx} write one.
 */
public final class MeetingWorkbook {

    public static final Path TEMPLATE = Path.of("templates/input/bien-ban-hoi-nghi.xlsx");
    public static final Path EXAMPLE = Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx");
    public static final Path EXAMPLE_SOURCE = Path.of("input/000-thuong-tin-2023-kiem-diem.json");

    /** Rows of a list sheet that get drop-down lists and formats in the blank form. */
    static final int FORM_ROWS = 300;

    /** Fixed document dates, so that the same meeting gives the same workbook content. */
    private static final Date FIXED = new Date(946_684_800_000L);

    private static final Map<Class<? extends Coded>, String> LIST_TITLES = new LinkedHashMap<>();

    static {
        LIST_TITLES.put(MeetingKind.class, "Loại hội nghị");
        LIST_TITLES.put(Area.class, "Lĩnh vực");
        LIST_TITLES.put(Measure.class, "Đơn vị tính");
        LIST_TITLES.put(UnitKind.class, "Loại đơn vị");
        LIST_TITLES.put(UnitLevel.class, "Cấp");
        LIST_TITLES.put(SetBy.class, "Do ai giao");
        LIST_TITLES.put(PlanKind.class, "So với");
        LIST_TITLES.put(CauseKind.class, "Loại nguyên nhân");
        LIST_TITLES.put(Role.class, "Vai trò");
        LIST_TITLES.put(Body.class, "Cơ quan");
        LIST_TITLES.put(TimeOfDay.class, "Buổi");
        LIST_TITLES.put(Period.Kind.class, "Kỳ");
    }

    private static final List<String> GUIDE = List.of(
            "Mỗi tệp ghi một hội nghị. Giữ nguyên tên các trang (Hội nghị, Người dự, Chỉ tiêu, Kết quả, Hạn chế,"
                    + " Phương hướng, Chỉ đạo, Khác) và dòng tiêu đề của mỗi trang.",
            "Trang \"Hội nghị\": ghi vào cột \"Giá trị\". Bỏ trống những gì nguồn không nói; không tự suy ra,"
                    + " không tự tính.",
            "Các trang còn lại: mỗi dòng một mục (một người, một chỉ tiêu, một ý). Dòng trống được bỏ qua.",
            "Ô có mũi tên: chọn trong danh sách (có thể ghi mã tiếng Anh như budget). Danh sách đầy đủ ở trang"
                    + " \"Danh mục\".",
            "Số: nhập như số. Nếu gõ thành chữ thì viết kiểu Việt Nam: 1.528; 14.563,145; 87,67%;"
                    + " 2.167 tỷ 098 triệu. Không viết 1,528 (không rõ là 1528 hay 1,528): hãy nhập như số.",
            "Tỷ lệ phần trăm: ghi số đứng trước dấu % (đạt 87,67% ghi 87,67). Chỉ tiêu \"64/73 trường\": ghi 64 vào"
                    + " \"Số đạt\", 73 vào \"Tổng số\".",
            "Ngày: nhập như ngày, hoặc gõ 25/12/2023.",
            "Nhiều giá trị trong một ô (chức vụ, vai trò, tác giả, cơ quan): cách nhau bằng dấu chấm phẩy (;).",
            "Có/không: chọn \"có\" hoặc \"không\"; bỏ trống nếu nguồn không nói.",
            "Kiểm tra tệp: java -jar tongket.jar validate --input <thư mục>. Mỗi lỗi nêu trang và ô"
                    + " (ví dụ: sheet Chỉ tiêu, cell F7).",
            "Chi tiết từng trang và từng cột: docs/input-format.md, mục 20 (The workbook form).");

    private MeetingWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            write(null, TEMPLATE);
            write(readJson(EXAMPLE_SOURCE), EXAMPLE);
        } else if (args.length == 2 && args[0].equals("blank")) {
            write(null, Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("fill")) {
            write(readJson(Path.of(args[1])), Path.of(args[2]));
        } else {
            throw new IllegalArgumentException("usage: MeetingWorkbook [blank OUT.xlsx | fill MEETING.json OUT.xlsx]");
        }
    }

    /** A meeting read from a JSON file, which must be valid. */
    public static Meeting readJson(Path file) {
        ReadResult result = new MeetingReader().read(file, file.toString());
        if (!result.accepted()) {
            throw new IllegalArgumentException(result.problems().stream().map(InputProblem::describe)
                    .collect(Collectors.joining("\n")));
        }
        return result.meeting();
    }

    public static void write(Meeting meeting, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(meeting, out);
        }
    }

    /** Writes the form, filled from {@code meeting}, or blank where it is null; the same input gives the same bytes. */
    public static void write(Meeting meeting, OutputStream out) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook).write(meeting);
            workbook.getProperties().getCoreProperties().setCreator("tongket");
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
            workbook.getProperties().getCoreProperties().setModified(Optional.of(FIXED));
            workbook.write(written);
        }
        fixEntryTimes(written.toByteArray(), out);
    }

    /** Copies the zip with every entry dated 2000-01-01 00:00, so that regenerating changes nothing. */
    private static void fixEntryTimes(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
                copy.putNextEntry(fixed);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
        copy.finish();
    }

    /** One workbook being written. */
    private static final class Writer {
        private final XSSFWorkbook workbook;
        private final XSSFCellStyle header;
        private final XSSFCellStyle label;
        private final XSSFCellStyle hint;
        private final XSSFCellStyle text;
        private final XSSFCellStyle date;
        private final XSSFCellStyle number;
        private final XSSFCellStyle title;
        private final Map<Class<? extends Coded>, String> listRanges = new LinkedHashMap<>();
        private String yesNoRange;

        Writer(XSSFWorkbook workbook) {
            this.workbook = workbook;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont italic = workbook.createFont();
            italic.setItalic(true);
            italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setWrapText(true);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            hint = workbook.createCellStyle();
            hint.setFont(italic);
            hint.setWrapText(true);
            hint.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            title = workbook.createCellStyle();
            title.setFont(big);
        }

        void write(Meeting meeting) {
            guide();
            XSSFSheet meetingSheet = workbook.createSheet(WorkbookLayout.MEETING);
            List<XSSFSheet> lists = new ArrayList<>();
            for (Sheet layout : WorkbookLayout.listSheets()) {
                lists.add(workbook.createSheet(layout.name()));
            }
            lists();
            meetingSheet(meetingSheet, meeting == null ? Map.of() : meetingValues(meeting));
            List<Sheet> layouts = WorkbookLayout.listSheets();
            for (int i = 0; i < layouts.size(); i++) {
                listSheet(lists.get(i), layouts.get(i), meeting == null ? List.of() : rows(layouts.get(i), meeting));
            }
            workbook.setActiveSheet(0);
        }

        private void guide() {
            XSSFSheet sheet = workbook.createSheet(WorkbookLayout.GUIDE);
            sheet.setColumnWidth(0, 120 * 256);
            cell(sheet.createRow(0), 0, title).setCellValue("Biên bản hội nghị: mẫu nhập liệu cho tongket"
                    + " (định dạng " + Meeting.FORMAT_V1 + ")");
            int r = 2;
            for (int i = 0; i < GUIDE.size(); i++) {
                cell(sheet.createRow(r++), 0, text).setCellValue((i + 1) + ". " + GUIDE.get(i));
            }
        }

        /** "Danh mục": each vocabulary's labels (what the drop-downs offer) beside its codes. */
        private void lists() {
            XSSFSheet sheet = workbook.createSheet(WorkbookLayout.LISTS);
            int column = 0;
            XSSFRow head = sheet.createRow(0);
            for (Map.Entry<Class<? extends Coded>, String> list : LIST_TITLES.entrySet()) {
                cell(head, column, header).setCellValue(list.getValue());
                cell(head, column + 1, header).setCellValue("Mã");
                Coded[] values = list.getKey().getEnumConstants();
                for (int i = 0; i < values.length; i++) {
                    XSSFRow row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                    cell(row, column, text).setCellValue(WorkbookLayout.label(values[i]));
                    cell(row, column + 1, text).setCellValue(values[i].code());
                }
                listRanges.put(list.getKey(), range(column, values.length));
                sheet.setColumnWidth(column, 34 * 256);
                sheet.setColumnWidth(column + 1, 22 * 256);
                column += 2;
            }
            cell(head, column, header).setCellValue("Có/không");
            for (int i = 0; i < 2; i++) {
                XSSFRow row = sheet.getRow(i + 1);
                cell(row, column, text).setCellValue(i == 0 ? WorkbookLayout.YES : WorkbookLayout.NO);
            }
            yesNoRange = range(column, 2);
            sheet.setColumnWidth(column, 12 * 256);
            sheet.createFreezePane(0, 1);
            sheet.enableLocking();
        }

        private String range(int column, int count) {
            String letter = CellReference.convertNumToColString(column);
            return "'" + WorkbookLayout.LISTS + "'!$" + letter + "$2:$" + letter + "$" + (count + 1);
        }

        private void meetingSheet(XSSFSheet sheet, Map<String, Object> values) {
            List<Field> columns = WorkbookLayout.MEETING_COLUMNS.fields();
            XSSFRow head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                cell(head, c, header).setCellValue(columns.get(c).label());
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            List<Field> items = WorkbookLayout.MEETING_ITEMS.fields();
            for (int i = 0; i < items.size(); i++) {
                Field item = items.get(i);
                XSSFRow row = sheet.createRow(i + 1);
                cell(row, 0, label).setCellValue(item.label());
                value(cell(row, 1, item.type() == Type.DATE ? date : text), item, values.get(item.key()));
                if (item.hint() != null && !item.hint().isEmpty()) {
                    cell(row, 2, hint).setCellValue(item.hint());
                }
                validate(sheet, item, i + 1, i + 1, 1);
            }
            sheet.createFreezePane(1, 1);
        }

        private void listSheet(XSSFSheet sheet, Sheet layout, List<Map<String, Object>> rows) {
            List<Field> columns = layout.fields();
            XSSFRow head = sheet.createRow(0);
            head.setHeightInPoints(45);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            for (int c = 0; c < columns.size(); c++) {
                Field field = columns.get(c);
                XSSFCell cell = cell(head, c, header);
                cell.setCellValue(field.label());
                sheet.setColumnWidth(c, field.width() * 256);
                sheet.setDefaultColumnStyle(c, style(field));
                if (field.hint() != null && !field.hint().isEmpty()) {
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(c);
                    anchor.setCol2(c + 3);
                    anchor.setRow1(0);
                    anchor.setRow2(3);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(new XSSFRichTextString(field.hint()));
                    comment.setAuthor("tongket");
                    cell.setCellComment(comment);
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = rows.get(r).get(columns.get(c).key());
                    if (value != null) {
                        value(cell(row, c, style(columns.get(c))), columns.get(c), value);
                    }
                }
            }
            int last = Math.max(FORM_ROWS, rows.size() + 50);
            for (int c = 0; c < columns.size(); c++) {
                validate(sheet, columns.get(c), 1, last, c);
            }
            sheet.createFreezePane(0, 1);
        }

        private XSSFCellStyle style(Field field) {
            return switch (field.type()) {
                case DATE -> date;
                case WHOLE, NUMBER, PERCENT, AMOUNT -> number;
                default -> text;
            };
        }

        /** A drop-down list for a vocabulary or yes/no field; lists of several codes may hold other text too. */
        private void validate(XSSFSheet sheet, Field field, int firstRow, int lastRow, int column) {
            String range = switch (field.type()) {
                case CODE, CODE_LIST -> listRanges.get(field.vocabulary());
                case YES_NO -> yesNoRange;
                default -> null;
            };
            if (range == null) {
                return;
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(firstRow, lastRow, column, column));
            validation.setSuppressDropDownArrow(true);
            if (field.type() == Type.CODE_LIST) {
                validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
                validation.createErrorBox(field.label(), "Nhiều giá trị thì cách nhau bằng dấu ;");
            } else {
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.createErrorBox(field.label(), "Giá trị không có trong danh sách (trang "
                        + WorkbookLayout.LISTS + "). Vẫn giữ?");
            }
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }

        private static XSSFCell cell(XSSFRow row, int column, XSSFCellStyle style) {
            XSSFCell cell = row.createCell(column);
            cell.setCellStyle(style);
            return cell;
        }

        private static void value(XSSFCell cell, Field field, Object value) {
            switch (value) {
                case null -> {
                }
                case String s -> cell.setCellValue(s);
                case Integer i -> cell.setCellValue(i);
                case BigDecimal d -> cell.setCellValue(exactDouble(d, field));
                case LocalDate d -> cell.setCellValue(d);
                case Boolean b -> cell.setCellValue(b ? WorkbookLayout.YES : WorkbookLayout.NO);
                case Coded c -> cell.setCellValue(WorkbookLayout.label(c));
                case List<?> list -> {
                    if (!list.isEmpty()) {
                        cell.setCellValue(list.stream()
                                .map(o -> o instanceof Coded c ? WorkbookLayout.label(c) : o.toString())
                                .collect(Collectors.joining("; ")));
                    }
                }
                default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " in " + field.key());
            }
        }

        /** A number cell holds a double; only numbers a double gives back to the letter are written. */
        private static double exactDouble(BigDecimal value, Field field) {
            double d = value.doubleValue();
            if (value.precision() > 15 || new BigDecimal(Double.toString(d)).compareTo(value) != 0) {
                throw new IllegalArgumentException("the number " + value.toPlainString() + " of " + field.key()
                        + " cannot be held exactly in a number cell");
            }
            return d;
        }
    }

    // ---- the meeting as values by field key

    static Map<String, Object> meetingValues(Meeting m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.id());
        if (m.unit() != null) {
            Meeting.Unit u = m.unit();
            v.put("unit.id", u.id());
            v.put("unit.name", u.name());
            v.put("unit.kind", u.kind());
            v.put("unit.level", u.level());
            v.put("unit.committee", u.committee());
            v.put("unit.organisation", u.organisation());
            if (u.superior() != null) {
                v.put("unit.superior.name", u.superior().name());
                v.put("unit.superior.committee", u.superior().committee());
            }
        }
        v.put("kind", m.kind());
        v.put("title", m.title());
        v.put("reportingBodies", m.reportingBodies());
        v.put("date", m.date());
        v.put("timeOfDay", m.timeOfDay());
        v.put("expanded", m.expanded());
        if (m.term() != null) {
            v.put("term.congress", m.term().congress());
            v.put("term.from", m.term().from());
            v.put("term.to", m.term().to());
        }
        v.put("session", m.session());
        period(v, "period.", m.period());
        if (m.targetTally() != null) {
            v.put("targetTally.achieved", m.targetTally().achieved());
            v.put("targetTally.total", m.targetTally().total());
            v.put("targetTally.setBy", m.targetTally().setBy());
            v.put("targetTally.text", m.targetTally().text());
        }
        if (m.source() != null) {
            v.put("source.title", m.source().title());
            v.put("source.publisher", m.source().publisher());
            v.put("source.date", m.source().date());
            v.put("source.authors", m.source().authors());
        }
        return v;
    }

    private static void period(Map<String, Object> v, String prefix, Period p) {
        if (p == null) {
            return;
        }
        v.put(prefix + "kind", p.kind());
        v.put(prefix + "year", p.year());
        v.put(prefix + "half", p.half());
        v.put(prefix + "from", p.from());
        v.put(prefix + "to", p.to());
        v.put(prefix + "asOf", p.asOf());
    }

    static List<Map<String, Object>> rows(Sheet layout, Meeting m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (layout.name()) {
            case WorkbookLayout.PARTICIPANTS -> m.participants().forEach(p -> rows.add(row(
                    "name", p.name(), "titles", p.titles(), "roles", p.roles())));
            case WorkbookLayout.INDICATORS -> m.indicators().forEach(i -> rows.add(indicator(i)));
            case WorkbookLayout.ACHIEVEMENTS -> m.achievements().forEach(f -> {
                if (f.cause() != null || f.causeKind() != null || f.responsible() != null) {
                    throw new IllegalArgumentException("achievement \"" + f.text() + "\" has a cause or a"
                            + " responsible body; the workbook form has no columns for them on " + layout.name());
                }
                rows.add(row("area", f.area(), "text", f.text()));
            });
            case WorkbookLayout.SHORTCOMINGS -> m.shortcomings().forEach(f -> rows.add(row("area", f.area(),
                    "text", f.text(), "cause", f.cause(), "causeKind", f.causeKind(),
                    "responsible", f.responsible())));
            case WorkbookLayout.DIRECTIONS -> m.directions().forEach(d -> rows.add(row("area", d.area(),
                    "text", d.text())));
            case WorkbookLayout.DIRECTIVES -> m.directives().forEach(d -> rows.add(row("by", d.by(),
                    "text", d.text())));
            case WorkbookLayout.OTHER -> {
                for (int i = 0; i < Math.max(m.lessons().size(), m.documentsReviewed().size()); i++) {
                    rows.add(row("lessons", i < m.lessons().size() ? m.lessons().get(i) : null,
                            "documentsReviewed", i < m.documentsReviewed().size()
                                    ? m.documentsReviewed().get(i) : null));
                }
            }
            default -> throw new IllegalStateException("unknown sheet " + layout.name());
        }
        return rows;
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> v = row("key", i.key(), "name", i.name(), "area", i.area(), "measure", i.measure(),
                "countNoun", i.countNoun(), "actual", i.actual(), "estimated", i.estimated(), "asOf", i.asOf(),
                "part", i.part(), "total", i.total(), "percent", i.percent(), "note", i.note(), "partOf", i.partOf());
        period(v, "span.", i.span());
        if (i.growth() != null) {
            v.put("growth.percent", i.growth().percent());
            v.put("growth.previousPercent", i.growth().previousPercent());
        }
        if (i.attainment().size() > WorkbookLayout.ATTAINMENTS) {
            throw new IllegalArgumentException("indicator \"" + i.name() + "\" has " + i.attainment().size()
                    + " attainments; the workbook form holds " + WorkbookLayout.ATTAINMENTS);
        }
        for (int n = 0; n < i.attainment().size(); n++) {
            Indicator.Attainment a = i.attainment().get(n);
            String k = "attainment" + (n + 1) + ".";
            v.put(k + "against", a.against());
            v.put(k + "setBy", a.setBy());
            v.put(k + "percent", a.percent());
            v.put(k + "exceededBy", a.exceededBy());
            v.put(k + "planValue", a.planValue());
            v.put(k + "note", a.note());
        }
        return v;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            v.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return v;
    }
}
