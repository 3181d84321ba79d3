package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.ingest.xlsx.WorkbookLayout;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Meeting;

/**
 * The workbook form read back: the example equals its JSON, and every kind of bad workbook is refused with the
 * workbook, sheet and cell named. The bad workbooks are made here from the example.
 */
class WorkbookMeetingReaderTest {

    private static final Path EXAMPLE = Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx");
    private static final Path EXAMPLE_JSON = Path.of("input/000-thuong-tin-2023-kiem-diem.json");
    /** The sheets' parts in the example: Hướng dẫn is sheet1, Hội nghị sheet2, Người dự sheet3, Chỉ tiêu sheet4. */
    private static final String INDICATORS_PART = "xl/worksheets/sheet4.xml";

    private final WorkbookMeetingReader reader = new WorkbookMeetingReader();

    @TempDir
    Path work;

    // ---- the example

    @Test
    void theExampleWorkbookIsTheSameMeetingAsItsJson() {
        Meeting expected = new MeetingReader().read(EXAMPLE_JSON, "input/000.json").meeting();
        ReadResult workbook = reader.read(EXAMPLE, "docs/examples/000.xlsx");

        assertThat(workbook.problems()).isEmpty();
        assertThat(workbook.accepted()).isTrue();
        assertThat(workbook.meeting()).isEqualTo(expected);
        assertThat(workbook.meeting().indicators().getFirst().actual()).isEqualByComparingTo("1528")
                .hasToString("1528");
    }

    @Test
    void vietnameseTextNumbersCodesAndDatesAreUnderstood() throws IOException {
        Path file = modified(wb -> {
            XSSFSheet indicators = wb.getSheet(WorkbookLayout.INDICATORS);
            set(indicators, "C2", "budget");
            set(indicators, "D2", "ty-dong");
            set(indicators, "F2", "2.167 tỷ 098 triệu đồng");
            set(indicators, "H2", "22/12/2023");
            set(indicators, "F3", "1.528");
            set(indicators, "W3", "150,5%");
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            set(indicators, "W2", 1.3225).setCellStyle(percent);
            set(indicators, "H3", "2023-12-25");
            set(wb.getSheet(WorkbookLayout.MEETING), "B14", "25/12/2023");
        });
        ReadResult result = read(file);

        assertThat(result.problems()).isEmpty();
        Indicator budget = result.meeting().indicators().get(0);
        Indicator cells = result.meeting().indicators().get(1);
        assertThat(budget.area()).isEqualTo(Area.BUDGET);
        assertThat(budget.actual()).hasToString("2167.098");
        assertThat(budget.asOf()).isEqualTo(LocalDate.of(2023, 12, 22));
        assertThat(budget.attainment().getFirst().percent()).hasToString("132.25");
        assertThat(cells.actual()).hasToString("1528");
        assertThat(cells.attainment().getFirst().percent()).hasToString("150.5");
        assertThat(cells.asOf()).isEqualTo(LocalDate.of(2023, 12, 25));
        assertThat(result.meeting().date()).isEqualTo(LocalDate.of(2023, 12, 25));
    }

    @Test
    void numbersAreTakenFromTheStoredTextNotThroughADouble() throws IOException {
        Path file = patched(INDICATORS_PART, xml -> xml.replace("<v>1528.0</v>", "<v>1528.0000000000002</v>")
                .replace("<v>132.0</v>", "<v>2167.098</v>"));
        Indicator budget = read(file).meeting().indicators().getFirst();

        assertThat(budget.actual()).hasToString("1528");
        assertThat(budget.attainment().getFirst().percent()).hasToString("2167.098");
    }

    // ---- cell problems, named by sheet and cell

    @Test
    void aWordWhereANumberBelongsIsNamedBySheetAndCell() throws IOException {
        Path file = modified(wb -> {
            set(wb.getSheet(WorkbookLayout.INDICATORS), "F3", "nhiều");
            set(wb.getSheet(WorkbookLayout.INDICATORS), "F2", "nhiều");
        });
        ReadResult result = reader.read(file, "input/x.xlsx");

        assertThat(result.accepted()).isFalse();
        assertThat(result.meeting()).isNull();
        assertThat(result.problems()).extracting(InputProblem::describe).containsExactly(
                "input/x.xlsx (sheet Chỉ tiêu, cell F2): expected an amount in tỷ đồng such as 1.528, 2.167,098"
                        + " or 2.167 tỷ 098 triệu, found \"nhiều\"",
                "input/x.xlsx (sheet Chỉ tiêu, cell F3): expected a number such as 1.528 or 14.563,145,"
                        + " found \"nhiều\"");
        InputProblem first = result.problems().getFirst();
        assertThat(first.pointer()).isEqualTo("Chỉ tiêu!F2");
        assertThat(first.line()).isNull();
        assertThat(first.column()).isNull();
    }

    @Test
    void anUnknownAreaLabelListsTheLabelsAndCodes() throws IOException {
        Path file = modified(wb -> set(wb.getSheet(WorkbookLayout.ACHIEVEMENTS), "A3", "Kinh te"));
        InputProblem problem = onlyError(read(file));

        assertThat(problem.pointer()).isEqualTo("Kết quả!A3");
        assertThat(problem.message()).startsWith("unknown value \"Kinh te\" for \"Lĩnh vực\"; expected one of"
                + " \"Công tác lãnh đạo, chỉ đạo\" (leadership), \"Kinh tế\" (economy), \"Thu, chi ngân sách\""
                + " (budget)");
    }

    @Test
    void ambiguousNumberTextIsRefusedWithWhatWasExpected() throws IOException {
        Path file = modified(wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "F3", "1,528"));
        InputProblem problem = onlyError(read(file));

        assertThat(problem.pointer()).isEqualTo("Chỉ tiêu!F3");
        assertThat(problem.message()).startsWith("ambiguous number \"1,528\": it can be read as 1528 or as 1,528")
                .contains("expected a number such as 1.528 or 14.563,145");
    }

    @Test
    void formulasWithoutResultsAndWrongDatesAreNamed() throws IOException {
        Path file = modified(wb -> {
            set(wb.getSheet(WorkbookLayout.INDICATORS), "F3", null).setCellFormula("1+2");
            set(wb.getSheet(WorkbookLayout.INDICATORS), "H2", "31/02/2023");
            set(wb.getSheet(WorkbookLayout.MEETING), "B14", 45285.0).setCellStyle(wb.createCellStyle());
            set(wb.getSheet(WorkbookLayout.MEETING), "B16", "chắc có");
        });
        List<InputProblem> problems = read(file).problems();

        assertThat(problems).extracting(InputProblem::pointer, InputProblem::message).containsExactly(
                tuple("Hội nghị!B14", "expected a date such as 25/12/2023 or"
                        + " 2023-12-25, found the number 45285; format the cell as a date, or type the date as text"),
                tuple("Hội nghị!B16", "expected \"có\" or \"không\", found"
                        + " \"chắc có\""),
                tuple("Chỉ tiêu!H2", "expected a date such as 25/12/2023 or 2023-12-25, found \"31/02/2023\","
                        + " which is not a day of the calendar"),
                tuple("Chỉ tiêu!F3", "expected a number such as 1.528 or 14.563,145, found a formula whose result"
                        + " was never saved; open and save the workbook in Excel, or type the value"));
    }

    @Test
    void textThatIsNotNfcIsRefusedOrNormalized() throws IOException {
        String decomposed = Normalizer.normalize("Kinh tế tăng trưởng khá.", Normalizer.Form.NFD);
        Path file = modified(wb -> set(wb.getSheet(WorkbookLayout.ACHIEVEMENTS), "B3", decomposed));

        InputProblem problem = onlyError(new WorkbookMeetingReader(MeetingReader.NonNfcPolicy.REJECT, 5_000_000)
                .read(file, "x.xlsx"));
        assertThat(problem.pointer()).isEqualTo("Kết quả!B3");
        assertThat(problem.message()).startsWith("text is not in Unicode NFC");

        ReadResult normalized = reader.read(file, "x.xlsx");
        assertThat(normalized.accepted()).isTrue();
        assertThat(normalized.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.describe()).startsWith("x.xlsx (sheet Kết quả, cell B3): warning: 1 text was not in Unicode"
                    + " NFC");
        });
        assertThat(normalized.meeting().achievements().get(1).text()).isEqualTo("Kinh tế tăng trưởng khá.");
    }

    // ---- the rules of the JSON form, placed on their cells

    @Test
    void theMeetingRulesAreReportedAtTheirCells() throws IOException {
        Path file = modified(wb -> {
            XSSFSheet indicators = wb.getSheet(WorkbookLayout.INDICATORS);
            set(indicators, "F3", null);
            set(indicators, "I3", 80.0);
            set(indicators, "J3", 73.0);
            set(indicators, "W2", null);
            for (String cell : List.of("U3", "V3", "W3", "Z3")) {
                set(indicators, cell, null);
            }
            set(indicators, "AA3", "kế hoạch");
            set(wb.getSheet(WorkbookLayout.MEETING), "B4", null);
        });
        ReadResult result = read(file);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(InputProblem::pointer, InputProblem::message).containsExactly(
                tuple("Hội nghị!B4", "Tên đơn vị: missing \"name\"; expected"
                        + " non-empty text"),
                tuple("Chỉ tiêu!W2", "Đạt % (1): an attainment needs \"percent\","
                        + " \"exceededBy\" or \"planValue\""),
                tuple("Chỉ tiêu!I3", "Số đạt (x của x/y): part must be between 0"
                        + " and the total 73, found 80"),
                tuple("Chỉ tiêu!AC3", "Đạt % (2): an attainment needs \"percent\","
                        + " \"exceededBy\" or \"planValue\""));
        assertThat(result.problems().get(2).describe())
                .isEqualTo("x.xlsx (sheet Chỉ tiêu, cell I3): Số đạt (x của x/y): part must be between 0 and the"
                        + " total 73, found 80");
    }

    // ---- structure

    @Test
    void aMissingSheetIsNamed() throws IOException {
        Path file = modified(wb -> wb.removeSheetAt(wb.getSheetIndex(WorkbookLayout.DIRECTIVES)));
        InputProblem problem = onlyError(read(file));

        assertThat(problem.pointer()).isNull();
        assertThat(problem.describe()).startsWith("x.xlsx: the workbook has no sheet \"Chỉ đạo\"; a meeting"
                + " workbook has the sheets Hội nghị, Người dự, Chỉ tiêu, Kết quả, Hạn chế, Phương hướng, Chỉ đạo,"
                + " Khác");
    }

    @Test
    void unknownAndMissingColumnsAreNamed() throws IOException {
        Path file = modified(wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "T1", "Ghi chu"));
        List<InputProblem> problems = read(file).problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).describe()).startsWith("x.xlsx (sheet Chỉ tiêu, cell T1): unknown column"
                + " \"Ghi chu\"; expected the columns \"Mã chỉ tiêu\", \"Tên chỉ tiêu\", \"Lĩnh vực\"");
        assertThat(problems.get(1).describe()).startsWith("x.xlsx (sheet Chỉ tiêu, row 1): the header row has no"
                + " column \"Ghi chú\"; expected the columns \"Mã chỉ tiêu\"");
    }

    @Test
    void otherSheetsAreWarnedAboutAndUnknownItemsRefused() throws IOException {
        Path file = modified(wb -> {
            set(wb.createSheet("Nháp"), "A1", "ghi chép riêng");
            set(wb.getSheet(WorkbookLayout.MEETING), "A40", "Số đại biểu");
            set(wb.getSheet(WorkbookLayout.MEETING), "B40", 120.0);
            set(wb.getSheet(WorkbookLayout.DIRECTIVES), "D5", "lạc chỗ");
        });
        List<InputProblem> problems = read(file).problems();

        assertThat(problems).extracting(InputProblem::describe).hasSize(3);
        assertThat(problems.get(0).describe()).isEqualTo("x.xlsx (sheet Nháp): warning: the sheet is not part of"
                + " the meeting form and was not read");
        assertThat(problems.get(1).describe()).startsWith("x.xlsx (sheet Hội nghị, cell A40): unknown item"
                + " \"Số đại biểu\"; expected one of \"Mã hội nghị\", \"Mã đơn vị\"");
        assertThat(problems.get(2).describe()).isEqualTo("x.xlsx (sheet Chỉ đạo, cell D5): a value in column D,"
                + " which has no header");
    }

    @Test
    void aValueFarDownIsRefusedByTheRowLimit() throws IOException {
        Path file = modified(wb -> set(wb.getSheet(WorkbookLayout.DIRECTIVES), "B2500", "quá xa"));
        InputProblem problem = onlyError(read(file));

        assertThat(problem.describe()).isEqualTo("x.xlsx (sheet Chỉ đạo, cell B2500): the sheet has values down to"
                + " row 2500; at most 2000 rows are read");
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() {
        ReadResult result = new WorkbookMeetingReader(MeetingReader.NonNfcPolicy.REJECT, 1000).read(EXAMPLE, "x.xlsx");
        assertThat(onlyError(result).message()).startsWith("file is ").endsWith("more than the limit of 1000 bytes"
                + " for one meeting (tongket.input.max-file-bytes)");
    }

    // ---- files that are not workbooks, and hostile ones

    @Test
    void aFileThatIsNotAZipIsRefusedPlainly() throws IOException {
        Path file = work.resolve("x.xlsx");
        Files.writeString(file, "Họ và tên,Chức vụ\nTạ Hữu Thọ,Phó Bí thư\n");
        InputProblem problem = onlyError(read(file));

        assertThat(problem.pointer()).isNull();
        assertThat(problem.message()).isEqualTo("the file is not an Excel workbook (.xlsx): it is not a zip file,"
                + " as every .xlsx is");
        assertThat(problem.describe()).doesNotContain("Exception", "\n", "\tat ");
    }

    @Test
    void anOldExcelFileIsToldToBeSavedAsXlsx() throws IOException {
        Path file = work.resolve("x.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            old.createSheet(WorkbookLayout.MEETING);
            old.write(out);
        }
        assertThat(onlyError(read(file)).message()).isEqualTo("the file is an Excel 97-2003 workbook (.xls) or a"
                + " password-protected one; save it as an Excel Workbook (.xlsx) without a password");
    }

    @Test
    void aZipBombIsRefusedByPoisProtectionWithItsPlace() throws IOException {
        Path file = patched(INDICATORS_PART, xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000)));
        assertThat(Files.size(file)).isLessThan(200_000);
        InputProblem problem = onlyError(read(file));

        assertThat(problem.pointer()).isEqualTo("Chỉ tiêu");
        assertThat(problem.describe()).isEqualTo("x.xlsx (sheet Chỉ tiêu): refused as a possible zip bomb: the part"
                + " xl/worksheets/sheet4.xml expands far more than a spreadsheet does (POI's ZipSecureFile limits)");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path secret = work.resolve("secret.txt");
        Files.writeString(secret, "mật khẩu bí mật");
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path file = patched(INDICATORS_PART, xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                .replace("<c r=\"A2\" s=\"4\" t=\"s\"><v>", "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is><v>"));
        ReadResult result = read(file);
        InputProblem problem = onlyError(result);

        assertThat(problem.pointer()).isEqualTo("Chỉ tiêu");
        assertThat(problem.message()).isEqualTo("refused: the workbook's XML has a document type declaration"
                + " (DOCTYPE), which a spreadsheet never needs and which can be used to read other files (XXE)");
        assertThat(result.problems().toString()).doesNotContain("bí mật");
    }

    @Test
    void anExternalEntityInTheSharedStringsIsRefusedToo() throws IOException {
        Path file = patched("xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"));
        InputProblem problem = onlyError(read(file));

        assertThat(problem.pointer()).isNull();
        assertThat(problem.message()).contains("document type declaration (DOCTYPE)");
    }

    // ---- helpers

    private ReadResult read(Path file) {
        return reader.read(file, "x.xlsx");
    }

    private static InputProblem onlyError(ReadResult result) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.meeting()).isNull();
        assertThat(result.problems()).as(result.problems().toString()).hasSize(1);
        return result.problems().getFirst();
    }

    /** The example, changed through POI's ordinary workbook API (fine in a test: it makes the input). */
    private Path modified(Consumer<XSSFWorkbook> change) throws IOException {
        Path file = work.resolve("x.xlsx");
        try (InputStream in = Files.newInputStream(EXAMPLE); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /** Sets a cell to text, a number, or nothing (null removes the value); returns the cell. */
    private static XSSFCell set(XSSFSheet sheet, String ref, Object value) {
        CellReference at = new CellReference(ref);
        XSSFRow row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        XSSFCell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        switch (value) {
            case null -> cell.setBlank();
            case String text -> cell.setCellValue(text);
            case Double number -> cell.setCellValue(number);
            default -> throw new IllegalArgumentException(value.toString());
        }
        return cell;
    }

    /** The example with one part's XML rewritten, at the zip level (what POI would never write). */
    private Path patched(String part, UnaryOperator<String> change) throws IOException {
        Path file = work.resolve("x.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(EXAMPLE)));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    String changed = change.apply(xml);
                    assertThat(changed).as("the patch changed " + part).isNotEqualTo(xml);
                    data = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
