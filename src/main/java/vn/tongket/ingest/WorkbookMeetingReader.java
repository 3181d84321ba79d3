package vn.tongket.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import vn.tongket.ingest.InputProblem.Severity;
import vn.tongket.ingest.MeetingReader.NonNfcPolicy;
import vn.tongket.ingest.xlsx.SheetCell;
import vn.tongket.ingest.xlsx.SheetRow;
import vn.tongket.ingest.xlsx.StreamingWorkbook;
import vn.tongket.ingest.xlsx.WorkbookException;
import vn.tongket.ingest.xlsx.WorkbookLayout;
import vn.tongket.ingest.xlsx.WorkbookLayout.Field;
import vn.tongket.ingest.xlsx.WorkbookLayout.Sheet;
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
import vn.tongket.vietnamese.VietnameseNumbers;
import vn.tongket.vietnamese.VietnameseNumbers.Kind;
import vn.tongket.vietnamese.VietnameseText;

/**
 * Reads one meeting from an .xlsx workbook (the workbook form described in docs/input-format.md and laid out by
 * {@link WorkbookLayout}) into the same {@link Meeting} as the JSON form, then checks it with the same rules. Never
 * throws for bad input: every problem names the workbook and, where there is one, the sheet and cell.
 */
public final class WorkbookMeetingReader {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final InputSettings settings;

    public WorkbookMeetingReader(InputSettings settings) {
        this.settings = settings;
    }

    public WorkbookMeetingReader(NonNfcPolicy nonNfcPolicy, long maxFileBytes) {
        this(InputSettings.DEFAULTS.withNonNfc(nonNfcPolicy).withMaxFileBytes(maxFileBytes));
    }

    public WorkbookMeetingReader() {
        this(InputSettings.DEFAULTS);
    }

    public ReadResult read(Path file, String displayName) {
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                return rejected(displayName, "file is " + size + " bytes, more than the limit of "
                        + settings.maxFileBytes() + " bytes for one meeting (tongket.input.max-file-bytes)");
            }
        } catch (IOException e) {
            return rejected(displayName, "cannot read the file: " + e.getMessage());
        }
        try (StreamingWorkbook workbook = StreamingWorkbook.open(file)) {
            return new Reading(workbook, displayName).read();
        } catch (WorkbookException e) {
            return new ReadResult(displayName, null, List.of(InputProblem.inWorkbook(Severity.ERROR, displayName,
                    e.sheet(), e.cell(), e.getMessage())));
        } catch (RuntimeException e) {
            return rejected(displayName, StreamingWorkbook.explain(e, "the workbook cannot be read"));
        }
    }

    private static ReadResult rejected(String file, String message) {
        return new ReadResult(file, null, List.of(InputProblem.error(file, null, null, null, message)));
    }

    /** Where a value of the meeting came from: a sheet, a cell or row there, and the label of its row or column. */
    private record Place(String sheet, String ref, String label) {
    }

    /** A value's cell (null where the sheet has none) and where it is. */
    private record Slot(String sheet, SheetCell cell, String ref, Field field) {
        boolean blank() {
            return cell == null || cell.isBlank();
        }
    }

    /** A list sheet after its header was checked: the column of each field and the rows below the header. */
    private record Table(String sheet, Map<String, Integer> columns, List<SheetRow> rows) {
        Slot slot(SheetRow row, Field field) {
            Integer column = columns.get(field.key());
            if (column == null) {
                return new Slot(sheet, null, row.number() + ":" + row.number(), field);
            }
            return new Slot(sheet, row.cell(column), CellReference.convertNumToColString(column) + row.number(), field);
        }
    }

    /** One reading of one workbook. */
    private final class Reading {
        private final StreamingWorkbook workbook;
        private final String file;
        private final List<InputProblem> problems = new ArrayList<>();
        private final Map<String, Place> places = new HashMap<>();
        private final Map<String, String> aliases = new HashMap<>();
        private final Map<String, String> sheetNames = new HashMap<>();
        private final TextCleaning<Slot> cleaning = new TextCleaning<>(settings);

        Reading(StreamingWorkbook workbook, String file) {
            this.workbook = workbook;
            this.file = file;
        }

        ReadResult read() {
            if (!findSheets()) {
                return result(null);
            }
            places.put("", new Place(sheetNames.get(WorkbookLayout.MEETING), null, null));
            Map<String, Slot> items = meetingItems();
            Table participants = table(WorkbookLayout.PARTICIPANT_COLUMNS);
            Table indicators = table(WorkbookLayout.INDICATOR_COLUMNS);
            Table achievements = table(WorkbookLayout.ACHIEVEMENT_COLUMNS);
            Table shortcomings = table(WorkbookLayout.SHORTCOMING_COLUMNS);
            Table directions = table(WorkbookLayout.DIRECTION_COLUMNS);
            Table directives = table(WorkbookLayout.DIRECTIVE_COLUMNS);
            Table other = table(WorkbookLayout.OTHER_COLUMNS);
            if (hasErrors()) {
                return result(null);
            }
            Meeting meeting = meeting(items, participants, indicators, achievements, shortcomings, directions,
                    directives, other);
            if (hasErrors()) {
                return result(null);
            }
            for (MeetingValidator.Violation violation : MeetingValidator.validate(meeting, settings)) {
                Place place = place(violation.pointer());
                problems.add(InputProblem.inWorkbook(violation.severity(), file, place.sheet(), place.ref(),
                        (place.label() == null ? "" : place.label() + ": ") + violation.message()));
            }
            return result(hasErrors() ? null : meeting);
        }

        private ReadResult result(Meeting meeting) {
            problems.addAll(cleaning.warnings((slot, message) -> InputProblem.inWorkbook(Severity.WARNING, file,
                    slot.sheet(), slot.ref(), message)));
            return hasErrors() ? new ReadResult(file, null, problems)
                    : new ReadResult(file, meeting, problems, placesInWords());
        }

        /** Every registered place with a cell or row, in words, by JSON pointer (aliases resolved). */
        private Map<String, String> placesInWords() {
            Map<String, String> words = new java.util.TreeMap<>();
            places.forEach((pointer, place) -> {
                if (place.ref() != null) {
                    words.put(pointer, InputProblem.workbookPlace(place.sheet() + "!" + place.ref()));
                }
            });
            aliases.forEach((pointer, target) -> {
                if (words.containsKey(target)) {
                    words.putIfAbsent(pointer, words.get(target));
                }
            });
            return words;
        }

        private boolean hasErrors() {
            return problems.stream().anyMatch(InputProblem::isError);
        }

        // ---- structure: sheets, headers, items

        private boolean findSheets() {
            Map<String, String> present = new HashMap<>();
            for (String name : workbook.sheetNames()) {
                present.putIfAbsent(WorkbookLayout.normalized(name), name);
            }
            List<String> known = new ArrayList<>(WorkbookLayout.DATA_SHEETS);
            known.addAll(WorkbookLayout.OTHER_SHEETS);
            List<String> missing = new ArrayList<>();
            for (String sheet : WorkbookLayout.DATA_SHEETS) {
                String found = present.get(WorkbookLayout.normalized(sheet));
                if (found == null) {
                    missing.add(sheet);
                } else {
                    sheetNames.put(sheet, found);
                }
            }
            for (String name : workbook.sheetNames()) {
                if (known.stream().noneMatch(k -> WorkbookLayout.normalized(k).equals(WorkbookLayout.normalized(name)))) {
                    problems.add(InputProblem.inWorkbook(Severity.WARNING, file, name, null,
                            "the sheet is not part of the meeting form and was not read"));
                }
            }
            for (String sheet : missing) {
                problems.add(InputProblem.error(file, null, null, null, "the workbook has no sheet \"" + sheet
                        + "\"; a meeting workbook has the sheets " + String.join(", ", WorkbookLayout.DATA_SHEETS)
                        + " (start from templates/input/bien-ban-hoi-nghi.xlsx)"));
            }
            return missing.isEmpty();
        }

        /** The sheet's rows, its header checked against the layout; null (with problems) when it does not fit. */
        private Table table(Sheet layout) {
            String sheet = sheetNames.get(layout.name());
            List<SheetRow> rows;
            try {
                rows = workbook.rows(sheet, WorkbookLayout.MAX_ROWS, WorkbookLayout.MAX_COLUMNS);
            } catch (WorkbookException e) {
                error(e.sheet(), e.cell(), e.getMessage());
                return null;
            }
            String expected = layout.fields().stream().map(f -> "\"" + f.label() + "\"")
                    .collect(Collectors.joining(", "));
            if (rows.isEmpty()) {
                error(sheet, null, "the sheet is empty; expected a header row with the columns " + expected);
                return null;
            }
            SheetRow header = rows.getFirst();
            Map<String, Integer> columns = new HashMap<>();
            boolean fits = true;
            for (SheetCell cell : header.cells().values()) {
                String name = cell.raw().strip();
                Optional<Field> field = layout.find(name);
                if (field.isEmpty()) {
                    error(sheet, cell.ref(), "unknown column \"" + name + "\"; expected the columns " + expected);
                    fits = false;
                } else if (columns.putIfAbsent(field.get().key(), cell.column()) != null) {
                    error(sheet, cell.ref(), "the column \"" + field.get().label() + "\" appears twice");
                    fits = false;
                }
            }
            for (Field field : layout.fields()) {
                if (!columns.containsKey(field.key()) && !WorkbookLayout.LATER_COLUMNS.contains(field.key())) {
                    error(sheet, header.number() + ":" + header.number(), "the header row has no column \""
                            + field.label() + "\"; expected the columns " + expected);
                    fits = false;
                }
            }
            if (!fits) {
                return null;
            }
            List<SheetRow> data = rows.subList(1, rows.size());
            for (SheetRow row : data) {
                for (SheetCell cell : row.cells().values()) {
                    if (!cell.isBlank() && !columns.containsValue(cell.column())) {
                        error(sheet, cell.ref(), "a value in column "
                                + CellReference.convertNumToColString(cell.column()) + ", which has no header");
                    }
                }
            }
            return new Table(sheet, columns, data);
        }

        /** The "Hội nghị" sheet: one value per item row, by the item's key. */
        private Map<String, Slot> meetingItems() {
            Table table = table(WorkbookLayout.MEETING_COLUMNS);
            Map<String, Slot> items = new HashMap<>();
            if (table == null) {
                return items;
            }
            Map<String, Integer> rowOf = new HashMap<>();
            for (SheetRow row : table.rows()) {
                Slot item = table.slot(row, WorkbookLayout.ITEM);
                Slot value = table.slot(row, WorkbookLayout.VALUE);
                if (item.blank()) {
                    if (!value.blank()) {
                        error(table.sheet(), value.ref(), "a value without its item in column "
                                + item.ref().replaceAll("\\d", "") + "; expected one of the items "
                                + itemLabels());
                    }
                    continue;
                }
                String name = item.cell().raw().strip();
                Optional<Field> field = WorkbookLayout.MEETING_ITEMS.find(name);
                if (field.isEmpty()) {
                    if (!value.blank()) {
                        error(table.sheet(), item.ref(), "unknown item \"" + name + "\"; expected one of "
                                + itemLabels());
                    }
                    continue;
                }
                Integer first = rowOf.putIfAbsent(field.get().key(), row.number());
                if (first != null) {
                    error(table.sheet(), item.ref(), "the item \"" + field.get().label()
                            + "\" appears twice (rows " + first + " and " + row.number() + ")");
                    continue;
                }
                Slot slot = new Slot(table.sheet(), value.cell(), value.ref(), field.get());
                items.put(field.get().key(), slot);
                places.put("/" + field.get().key().replace('.', '/'),
                        new Place(table.sheet(), value.ref(), field.get().label()));
            }
            return items;
        }

        private String itemLabels() {
            return WorkbookLayout.MEETING_ITEMS.fields().stream().map(f -> "\"" + f.label() + "\"")
                    .collect(Collectors.joining(", "));
        }

        // ---- the meeting

        private Meeting meeting(Map<String, Slot> items, Table participantTable, Table indicatorTable,
                                Table achievementTable, Table shortcomingTable, Table directionTable,
                                Table directiveTable, Table otherTable) {
            Function<String, Slot> item = key -> items.getOrDefault(key, new Slot(
                    sheetNames.get(WorkbookLayout.MEETING), null, null,
                    WorkbookLayout.MEETING_ITEMS.field(key).orElseThrow()));
            alias("/unit", "/unit/name");
            alias("/unit/superior", "/unit/superior/committee");
            alias("/term", "/term/from");
            alias("/period", "/period/from");
            alias("/targetTally", "/targetTally/achieved");
            alias("/source", "/source/title");

            Meeting.Unit unit = new Meeting.Unit(text(item.apply("unit.id")), text(item.apply("unit.name")),
                    code(item.apply("unit.kind"), UnitKind.class), code(item.apply("unit.level"), UnitLevel.class),
                    text(item.apply("unit.committee")), text(item.apply("unit.organisation")),
                    new Meeting.Superior(text(item.apply("unit.superior.name")),
                            text(item.apply("unit.superior.committee"))));
            Integer congress = whole(item.apply("term.congress"));
            Integer termFrom = whole(item.apply("term.from"));
            Integer termTo = whole(item.apply("term.to"));
            Meeting.Term term = congress == null && termFrom == null && termTo == null ? null
                    : new Meeting.Term(congress, termFrom, termTo);
            Period period = new Period(code(item.apply("period.kind"), Period.Kind.class),
                    whole(item.apply("period.year")), whole(item.apply("period.half")),
                    whole(item.apply("period.from")), whole(item.apply("period.to")),
                    date(item.apply("period.asOf")));
            Integer achieved = whole(item.apply("targetTally.achieved"));
            Integer total = whole(item.apply("targetTally.total"));
            SetBy setBy = code(item.apply("targetTally.setBy"), SetBy.class);
            String tallyText = text(item.apply("targetTally.text"));
            Meeting.TargetTally tally = achieved == null && total == null && setBy == null && tallyText == null
                    ? null : new Meeting.TargetTally(achieved, total, setBy, tallyText);
            Meeting.Source source = new Meeting.Source(text(item.apply("source.title")),
                    text(item.apply("source.publisher")), date(item.apply("source.date")),
                    textList(item.apply("source.authors")));

            List<String> lessons = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            for (SheetRow row : otherTable.rows()) {
                cellList(otherTable, row, "lessons", "/lessons/", lessons);
                cellList(otherTable, row, "documentsReviewed", "/documentsReviewed/", documents);
            }

            return new Meeting(Meeting.FORMAT_V1, text(item.apply("id")), unit,
                    code(item.apply("kind"), MeetingKind.class), text(item.apply("title")),
                    codes(item.apply("reportingBodies"), Body.class), date(item.apply("date")),
                    code(item.apply("timeOfDay"), TimeOfDay.class), yesNo(item.apply("expanded")), term,
                    whole(item.apply("session")), period, participants(participantTable),
                    tally, indicators(indicatorTable), findings(achievementTable, WorkbookLayout.ACHIEVEMENT_COLUMNS,
                    "/achievements/"), findings(shortcomingTable, WorkbookLayout.SHORTCOMING_COLUMNS, "/shortcomings/"), directions(directionTable),
                    directives(directiveTable), lessons, documents, source);
        }

        private void cellList(Table table, SheetRow row, String key, String pointer, List<String> into) {
            Slot slot = table.slot(row, WorkbookLayout.OTHER_COLUMNS.field(key).orElseThrow());
            String value = text(slot);
            if (value != null) {
                places.put(pointer + into.size(), new Place(slot.sheet(), slot.ref(), slot.field().label()));
                into.add(value);
            }
        }

        private List<Meeting.Participant> participants(Table table) {
            List<Meeting.Participant> out = new ArrayList<>();
            for (SheetRow row : table.rows()) {
                Map<String, Slot> s = slots(table, WorkbookLayout.PARTICIPANT_COLUMNS, row, "/participants/"
                        + out.size());
                out.add(new Meeting.Participant(text(s.get("name")), textList(s.get("titles")),
                        codes(s.get("roles"), Role.class)));
            }
            return out;
        }

        private List<Meeting.Finding> findings(Table table, Sheet layout, String pointer) {
            List<Meeting.Finding> out = new ArrayList<>();
            for (SheetRow row : table.rows()) {
                Map<String, Slot> s = slots(table, layout, row, pointer + out.size());
                out.add(new Meeting.Finding(code(s.get("area"), Area.class), text(s.get("text")),
                        text(s.get("cause")), code(s.get("causeKind"), CauseKind.class),
                        text(s.get("responsible"))));
            }
            return out;
        }

        private List<Meeting.Direction> directions(Table table) {
            List<Meeting.Direction> out = new ArrayList<>();
            for (SheetRow row : table.rows()) {
                Map<String, Slot> s = slots(table, WorkbookLayout.DIRECTION_COLUMNS, row, "/directions/" + out.size());
                out.add(new Meeting.Direction(code(s.get("area"), Area.class), text(s.get("text"))));
            }
            return out;
        }

        private List<Meeting.Directive> directives(Table table) {
            List<Meeting.Directive> out = new ArrayList<>();
            for (SheetRow row : table.rows()) {
                Map<String, Slot> s = slots(table, WorkbookLayout.DIRECTIVE_COLUMNS, row, "/directives/" + out.size());
                out.add(new Meeting.Directive(text(s.get("by")), text(s.get("text"))));
            }
            return out;
        }

        private List<Indicator> indicators(Table table) {
            List<Indicator> out = new ArrayList<>();
            for (SheetRow row : table.rows()) {
                String at = "/indicators/" + out.size();
                Map<String, Slot> s = slots(table, WorkbookLayout.INDICATOR_COLUMNS, row, at);
                alias(at + "/span", at + "/span/from");
                alias(at + "/growth", at + "/growth/percent");
                Measure measure = code(s.get("measure"), Measure.class);
                Kind amount = amountKind(measure);
                Period span = anyFilled(s, "span.") ? new Period(code(s.get("span.kind"), Period.Kind.class),
                        whole(s.get("span.year")), whole(s.get("span.half")), whole(s.get("span.from")),
                        whole(s.get("span.to")), date(s.get("span.asOf"))) : null;
                Indicator.Growth growth = anyFilled(s, "growth.") ? new Indicator.Growth(
                        number(s.get("growth.percent"), Kind.PERCENT),
                        number(s.get("growth.previousPercent"), Kind.PERCENT)) : null;
                List<Indicator.Attainment> attainments = new ArrayList<>();
                for (int n = 1; n <= WorkbookLayout.ATTAINMENTS; n++) {
                    String prefix = "attainment" + n + ".";
                    if (!anyFilled(s, prefix)) {
                        continue;
                    }
                    String here = at + "/attainment/" + attainments.size();
                    for (Map.Entry<String, Slot> e : s.entrySet()) {
                        if (e.getKey().startsWith(prefix)) {
                            places.put(here + "/" + e.getKey().substring(prefix.length()), place(e.getValue()));
                        }
                    }
                    places.put(here, place(s.get(prefix + "percent")));
                    attainments.add(new Indicator.Attainment(code(s.get(prefix + "against"), PlanKind.class),
                            code(s.get(prefix + "setBy"), SetBy.class), number(s.get(prefix + "percent"), Kind.PERCENT),
                            number(s.get(prefix + "exceededBy"), Kind.PERCENT), number(s.get(prefix + "planValue"), amount),
                            text(s.get(prefix + "note"))));
                }
                out.add(new Indicator(text(s.get("key")), text(s.get("name")), code(s.get("area"), Area.class),
                        measure, text(s.get("countNoun")), number(s.get("actual"), amount),
                        yesNo(s.get("estimated")), date(s.get("asOf")), span, whole(s.get("part")),
                        whole(s.get("total")), number(s.get("percent"), Kind.PERCENT), attainments, growth,
                        text(s.get("note")), text(s.get("partOf"))));
            }
            return out;
        }

        /** The row's slot for every column, each registered under its JSON pointer (attainments apart). */
        private Map<String, Slot> slots(Table table, Sheet layout, SheetRow row, String at) {
            places.put(at, new Place(table.sheet(), row.number() + ":" + row.number(), null));
            Map<String, Slot> out = new HashMap<>();
            for (Field field : layout.fields()) {
                Slot slot = table.slot(row, field);
                out.put(field.key(), slot);
                if (!field.key().startsWith("attainment")) {
                    places.put(at + "/" + field.key().replace('.', '/'), place(slot));
                }
            }
            return out;
        }

        private boolean anyFilled(Map<String, Slot> slots, String prefix) {
            return slots.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix) && !e.getValue().blank());
        }

        private Place place(Slot slot) {
            return new Place(slot.sheet(), slot.ref(), slot.field().label());
        }

        /** Errors about a group of values ("/period") are shown at one of them ("/period/from"). */
        private void alias(String pointer, String target) {
            aliases.put(pointer, target);
        }

        /** The place of a JSON pointer, or of its nearest parent that has one. */
        private Place place(String pointer) {
            String current = pointer;
            while (true) {
                String target = aliases.get(current);
                Place found = places.get(target == null ? current : target);
                if (found != null) {
                    return found;
                }
                if (current.isEmpty()) {
                    return new Place(sheetNames.get(WorkbookLayout.MEETING), null, null);
                }
                int slash = current.lastIndexOf('/');
                current = slash <= 0 ? "" : current.substring(0, slash);
            }
        }

        // ---- values

        private String text(Slot slot) {
            if (slot == null || slot.blank()) {
                return null;
            }
            SheetCell cell = slot.cell();
            String value = switch (cell.type()) {
                case TEXT -> cell.raw().strip();
                case NUMBER -> VietnameseNumbers.plain(excelNumber(cell)).toPlainString();
                case BOOLEAN -> "1".equals(cell.raw()) ? WorkbookLayout.YES : WorkbookLayout.NO;
                case ISO_DATE -> cell.raw();
                case ERROR, FORMULA_WITHOUT_VALUE -> {
                    unreadable(slot, "text");
                    yield null;
                }
            };
            if (value == null) {
                return null;
            }
            if (value.length() > settings.maxStringChars()) {
                error(slot, "the text has " + value.length() + " characters, more than the limit of "
                        + settings.maxStringChars() + " (tongket.input.max-string-chars)");
                return null;
            }
            return cleaning.clean(value, slot, message -> error(slot, message));
        }


        private List<String> textList(Slot slot) {
            String value = text(slot);
            if (value == null) {
                return List.of();
            }
            return split(value, "[;\\n]");
        }

        private <E extends Coded> E code(Slot slot, Class<E> type) {
            String value = plainText(slot, "one of " + WorkbookLayout.choices(type));
            return value == null ? null : lookup(slot, type, value);
        }

        private <E extends Coded> List<E> codes(Slot slot, Class<E> type) {
            String value = plainText(slot, "one or more of " + WorkbookLayout.choices(type));
            if (value == null) {
                return List.of();
            }
            List<E> out = new ArrayList<>();
            for (String part : split(value, "[;,\\n]")) {
                E found = lookup(slot, type, part);
                if (found != null) {
                    out.add(found);
                }
            }
            return out;
        }

        private <E extends Coded> E lookup(Slot slot, Class<E> type, String value) {
            Optional<Coded> found = WorkbookLayout.lookup(type, value);
            if (found.isEmpty()) {
                error(slot, "unknown value \"" + value + "\" for \"" + slot.field().label() + "\"; expected one of "
                        + WorkbookLayout.choices(type));
                return null;
            }
            return type.cast(found.get());
        }

        /** Text for matching against a vocabulary or a pattern; NFC is not an issue there. */
        private String plainText(Slot slot, String expected) {
            if (slot == null || slot.blank()) {
                return null;
            }
            SheetCell cell = slot.cell();
            return switch (cell.type()) {
                case TEXT -> VietnameseText.nfc(cell.raw()).strip();
                case NUMBER -> VietnameseNumbers.plain(excelNumber(cell)).toPlainString();
                case BOOLEAN, ISO_DATE -> cell.raw();
                case ERROR, FORMULA_WITHOUT_VALUE -> {
                    unreadable(slot, expected);
                    yield null;
                }
            };
        }

        private Integer whole(Slot slot) {
            BigDecimal value = number(slot, Kind.WHOLE);
            if (value == null) {
                return null;
            }
            if (value.scale() > 0) {
                error(slot, "expected " + Kind.WHOLE.expected() + ", found " + value.toPlainString());
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                error(slot, "expected " + Kind.WHOLE.expected() + ", found " + value.toPlainString()
                        + ", which is too large");
                return null;
            }
        }

        private BigDecimal number(Slot slot, Kind kind) {
            if (slot == null || slot.blank()) {
                return null;
            }
            SheetCell cell = slot.cell();
            switch (cell.type()) {
                case NUMBER -> {
                    if (cell.dateFormat()) {
                        error(slot, "expected " + kind.expected() + ", found a date (the cell is formatted as a"
                                + " date)");
                        return null;
                    }
                    return excelNumber(cell);
                }
                case TEXT -> {
                    try {
                        return VietnameseNumbers.parse(cell.raw(), kind);
                    } catch (VietnameseNumbers.NumberTextException e) {
                        error(slot, e.getMessage());
                        return null;
                    }
                }
                case BOOLEAN -> error(slot, "expected " + kind.expected() + ", found "
                        + ("1".equals(cell.raw()) ? "TRUE" : "FALSE"));
                case ISO_DATE -> error(slot, "expected " + kind.expected() + ", found the date " + cell.raw());
                case ERROR, FORMULA_WITHOUT_VALUE -> unreadable(slot, kind.expected());
            }
            return null;
        }

        private LocalDate date(Slot slot) {
            if (slot == null || slot.blank()) {
                return null;
            }
            SheetCell cell = slot.cell();
            String expected = "a date such as 25/12/2023 or 2023-12-25";
            switch (cell.type()) {
                case NUMBER -> {
                    double serial = Double.parseDouble(cell.raw());
                    if (!cell.dateFormat()) {
                        error(slot, "expected " + expected + ", found the number " + excelNumber(cell).toPlainString()
                                + "; format the cell as a date, or type the date as text");
                        return null;
                    }
                    if (!DateUtil.isValidExcelDate(serial)) {
                        error(slot, "expected " + expected + ", found an invalid date serial " + cell.raw());
                        return null;
                    }
                    return DateUtil.getLocalDateTime(serial, workbook.date1904()).toLocalDate();
                }
                case TEXT, ISO_DATE -> {
                    String text = cell.raw().strip();
                    try {
                        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
                        if (dmy.matches()) {
                            return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                                    Integer.parseInt(dmy.group(1)));
                        }
                        Matcher iso = ISO_DATE.matcher(text.length() > 10 && cell.type() == SheetCell.Type.ISO_DATE
                                ? text.substring(0, 10) : text);
                        if (iso.matches()) {
                            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                                    Integer.parseInt(iso.group(3)));
                        }
                    } catch (DateTimeException e) {
                        error(slot, "expected " + expected + ", found \"" + text + "\", which is not a day of the"
                                + " calendar");
                        return null;
                    }
                    error(slot, "expected " + expected + ", found \"" + text + "\"");
                }
                case BOOLEAN -> error(slot, "expected " + expected + ", found "
                        + ("1".equals(cell.raw()) ? "TRUE" : "FALSE"));
                case ERROR, FORMULA_WITHOUT_VALUE -> unreadable(slot, expected);
            }
            return null;
        }

        private Boolean yesNo(Slot slot) {
            if (slot == null || slot.blank()) {
                return null;
            }
            SheetCell cell = slot.cell();
            String expected = "\"" + WorkbookLayout.YES + "\" or \"" + WorkbookLayout.NO + "\"";
            switch (cell.type()) {
                case BOOLEAN -> {
                    return "1".equals(cell.raw());
                }
                case NUMBER, TEXT -> {
                    String value = WorkbookLayout.normalized(cell.raw());
                    switch (value) {
                        case WorkbookLayout.YES, "x", "1", "true", "yes", "đúng" -> {
                            return Boolean.TRUE;
                        }
                        case WorkbookLayout.NO, "0", "false", "no", "sai" -> {
                            return Boolean.FALSE;
                        }
                        default -> error(slot, "expected " + expected + ", found \"" + cell.raw().strip() + "\"");
                    }
                }
                case ISO_DATE -> error(slot, "expected " + expected + ", found the date " + cell.raw());
                case ERROR, FORMULA_WITHOUT_VALUE -> unreadable(slot, expected);
            }
            return null;
        }

        /**
         * A number cell's value, exactly as the file stores it: BigDecimal from the stored text, never through a
         * double. Excel keeps 15 significant digits and sometimes writes a 17-digit form ("14563.145000000001");
         * that is cut back to the 15 digits typed. A cell shown as a percentage stores 0.8767 for 87,67%.
         */
        private BigDecimal excelNumber(SheetCell cell) {
            BigDecimal value = new BigDecimal(cell.raw());
            if (value.precision() > EXCEL_DIGITS.getPrecision()) {
                value = value.round(EXCEL_DIGITS);
            }
            if (cell.percentFormat()) {
                value = value.movePointRight(2);
            }
            return VietnameseNumbers.plain(value);
        }

        private void unreadable(Slot slot, String expected) {
            SheetCell cell = slot.cell();
            error(slot, cell.type() == SheetCell.Type.ERROR
                    ? "expected " + expected + ", found the Excel error " + cell.raw()
                    : "expected " + expected + ", found a formula whose result was never saved; open and save the"
                    + " workbook in Excel, or type the value");
        }

        private List<String> split(String value, String separators) {
            List<String> out = new ArrayList<>();
            for (String part : value.split(separators)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        private void error(Slot slot, String message) {
            problems.add(InputProblem.inWorkbook(Severity.ERROR, file, slot.sheet(), slot.ref(), message));
        }

        private void error(String sheet, String ref, String message) {
            problems.add(InputProblem.inWorkbook(Severity.ERROR, file, sheet, ref, message));
        }
    }

    private static Kind amountKind(Measure measure) {
        if (measure == null) {
            return Kind.NUMBER;
        }
        return switch (measure) {
            case TY_DONG -> Kind.TY_DONG;
            case TRIEU_DONG -> Kind.TRIEU_DONG;
            case DONG -> Kind.DONG;
            case PERCENT -> Kind.PERCENT;
            case COUNT -> Kind.NUMBER;
        };
    }
}
