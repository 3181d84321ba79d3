package vn.tongket.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.tongket.TongketApplication;
import vn.tongket.annex.DeterministicZip;
import vn.tongket.annex.IndicatorWorkbook;
import vn.tongket.annex.MidTermPack;
import vn.tongket.annex.SummaryWorkbook;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.staging.StagingStore;
import vn.tongket.testing.DocumentText;
import vn.tongket.testing.LibreOffice;

/**
 * The mid-term job end to end: the seeds as of 07/04/2023 and as of the default date, and the made-up example
 * meetings (twice, for the bytes). The packs are read back as a user's tools would: the DOCX through POI, the PDF's
 * text, the workbook through POI and LibreOffice Calc, the zip and its manifest.
 */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:mid-term-test;hsqldb.tx=mvcc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MidTermJobTest {

    private static final Path INPUT = Path.of("input");
    private static final Path EXAMPLES = Path.of("examples/mid-term");
    private static final String REPORT = "bao-cao-so-ket-giua-nhiem-ky";

    @Autowired
    ReviewLauncher launcher;

    @TempDir
    static Path work;

    private Path april;
    private Path byDefault;
    private Path examples;
    private Path examplesAgain;

    private RunOutcome run(Path input, LocalDate asOf, List<String> units, Path output) throws Exception {
        return launcher.run(ReviewRequest.midTerm("2020-2025", asOf, units, input, output, Path.of("templates")));
    }

    @BeforeAll
    void runTheJobs() throws Exception {
        april = work.resolve("april");
        byDefault = work.resolve("default");
        examples = work.resolve("examples");
        examplesAgain = work.resolve("examples-again");
        for (RunOutcome outcome : List.of(
                run(INPUT, LocalDate.of(2023, 4, 7), List.of(), april),
                run(INPUT, null, List.of(), byDefault),
                run(EXAMPLES, null, List.of(), examples),
                run(EXAMPLES, null, List.of(), examplesAgain))) {
            assertThat(outcome.status()).as(outcome.failure()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    private static Path unit(Path output, String unit) {
        return output.resolve("mid-term/2020-2025").resolve(unit);
    }

    private static String docx(Path output, String unit) {
        return DocumentText.docx(unit(output, unit).resolve(REPORT + ".docx"));
    }

    private static String pdf(Path output, String unit) {
        return DocumentText.pdf(unit(output, unit).resolve(REPORT + ".pdf"));
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    /** The data rows of a sheet as maps from header to cell. */
    private static List<Map<String, Cell>> rows(XSSFSheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> cells = new TreeMap<>();
            for (Cell cell : row) {
                cells.put(header.getCell(cell.getColumnIndex()).getStringCellValue(), cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Map<String, Cell> row(XSSFSheet sheet, String key, String period) {
        return rows(sheet).stream()
                .filter(r -> r.get("Mã chỉ tiêu").getStringCellValue().equals(key))
                .filter(r -> r.get("Kỳ").getStringCellValue().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + key + " " + period));
    }

    private static double number(Map<String, Cell> row, String column) {
        Cell cell = row.get(column);
        assertThat(cell).as(column).isNotNull();
        assertThat(cell.getCellType()).as(column + " is a number cell").isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static String text(Map<String, Cell> row, String column) {
        Cell cell = row.get(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    @Test
    void tayHoPackCarriesSeed004FigureByFigure() throws Exception {
        String docx = docx(april, "tay-ho");
        String pdf = pdf(april, "tay-ho");
        for (String text : List.of(docx, pdf)) {
            assertThat(text)
                    .contains("sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ VI,"
                            + " nhiệm kỳ 2020-2025")
                    .contains("Tổng thu ngân sách nhà nước trên địa bàn: từ đầu nhiệm kỳ đến ngày 07/04/2023:"
                            + " 12.993 tỷ đồng, đạt 151% kế hoạch giao")
                    .contains("giai đoạn 2020-2022: 13,48%, đạt 96,3% chỉ tiêu nhiệm kỳ Nghị quyết Đại hội")
                    .contains("26/27 trường (96,2%)")
                    .contains("báo cáo 96,2%, tính lại 26/27 = 96,30%; nguyên nhân có thể: ")
                    .contains("Tây Hồ, ngày 07 tháng 4 năm 2023")
                    .doesNotContain("${", "<#");
        }
        try (XSSFWorkbook workbook = workbook(unit(april, "tay-ho").resolve(IndicatorWorkbook.FILE))) {
            XSSFSheet sheet = workbook.getSheet("Chỉ tiêu");
            Map<String, Cell> revenue = row(sheet, "state-budget-revenue", "từ đầu nhiệm kỳ đến ngày 07/04/2023");
            assertThat(number(revenue, "Giá trị")).isEqualTo(12993);
            assertThat(text(revenue, "ĐVT")).isEqualTo("tỷ đồng");
            assertThat(number(revenue, "So với kế hoạch")).isEqualTo(1.51);
            assertThat(revenue.get("So với kế hoạch").getCellStyle().getDataFormatString()).endsWith("0%");
            assertThat(text(revenue, "Kế hoạch")).isEqualTo("kế hoạch giao");
            assertThat(text(revenue, "Mức đạt")).isEqualTo("Đạt và vượt");

            Map<String, Cell> growth = row(sheet, "average-output-growth", "giai đoạn 2020-2022");
            assertThat(number(growth, "Giá trị")).isEqualTo(13.48);
            assertThat(number(growth, "So với chỉ tiêu nhiệm kỳ")).isEqualTo(0.963);
            assertThat(text(growth, "Mức đạt")).isEqualTo("Chưa đạt");

            Map<String, Cell> schools = row(sheet, "national-standard-public-schools",
                    "từ đầu nhiệm kỳ đến ngày 07/04/2023");
            assertThat(number(schools, "Giá trị")).isEqualTo(26);
            assertThat(number(schools, "Trên tổng số")).isEqualTo(27);
            assertThat(number(schools, "Tỷ lệ báo cáo")).isEqualTo(0.962);
            assertThat(text(schools, "Ghi chú")).contains("báo cáo 96,2%, tính lại 26/27 = 96,30%");
            assertThat(text(schools, "Hội nghị nguồn")).isEqualTo("tay-ho-2023-so-ket-giua-nhiem-ky");
        }
    }

    @Test
    void thuongTinNamesTheMissingYear2022AndTheHalfYearOf2020() throws Exception {
        for (Path output : List.of(april, byDefault)) {
            for (String text : List.of(docx(output, "thuong-tin"), pdf(output, "thuong-tin"))) {
                assertThat(text)
                        .contains("Năm 2022: không có số liệu")
                        .contains("Năm 2022: không có số liệu năm 2022 (đơn vị không có hội nghị nào về năm này).")
                        .contains("6 tháng đầu năm 2020: ước đạt 258.868 triệu đồng")
                        .contains("năm 2020 chỉ có số liệu 6 tháng, không thay cho cả năm")
                        .contains("không có số liệu năm 2022");
            }
            try (XSSFWorkbook workbook = workbook(unit(output, "thuong-tin").resolve(IndicatorWorkbook.FILE))) {
                XSSFSheet sheet = workbook.getSheet("Chỉ tiêu");
                List<Map<String, Cell>> of2022 = rows(sheet).stream()
                        .filter(r -> r.get("Năm") != null && r.get("Năm").getNumericCellValue() == 2022).toList();
                assertThat(of2022).as("a row for 2022 for every indicator").hasSize(
                        (int) rows(sheet).stream().map(r -> r.get("Mã chỉ tiêu").getStringCellValue()).distinct()
                                .count());
                assertThat(of2022).allSatisfy(r -> {
                    assertThat(text(r, "Giá trị")).isEqualTo("—");
                    assertThat(text(r, "Ghi chú")).isEqualTo(
                            "không có số liệu năm 2022 (đơn vị không có hội nghị về năm này)");
                });
                Map<String, Cell> half = row(sheet, "state-budget-revenue", "6 tháng đầu năm 2020");
                assertThat(number(half, "Giá trị")).isEqualTo(258868);
                assertThat(text(half, "ĐVT")).isEqualTo("triệu đồng");
                assertThat(text(half, "Ghi chú")).contains("không thay cho cả năm");
            }
            String report = Files.readString(output.resolve("mid-term/2020-2025/run-report.txt"));
            assertThat(report).contains("warning: Không có số liệu năm 2022: đơn vị không có hội nghị nào về năm này.");
        }
        assertThat(docx(april, "thuong-tin")).contains("Các hội nghị sau ngày chốt số liệu 07/04/2023, không tính:")
                .doesNotContain("1.528 tỷ đồng");
        assertThat(docx(byDefault, "thuong-tin")).contains("năm 2023: 1.528 tỷ đồng").contains("ngày 25 tháng 12 năm 2023");
    }

    @Test
    void theWorkbookHasNumberCellsAFrozenFilteredHeaderAndAChart() throws Exception {
        try (XSSFWorkbook workbook = workbook(unit(examples, "mau-a").resolve(IndicatorWorkbook.FILE))) {
            XSSFSheet sheet = workbook.getSheet("Chỉ tiêu");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:S");
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(6));

            Map<String, Cell> revenue2021 = row(sheet, "state-budget-revenue", "năm 2021");
            assertThat(number(revenue2021, "Giá trị")).as("the later of two meetings wins").isEqualTo(1262);
            assertThat(text(revenue2021, "Hội nghị nguồn")).isEqualTo("mau-a-2021-hoi-nghi-bch");
            assertThat(text(revenue2021, "Ghi chú")).contains("hội nghị mau-a-2021-kiem-diem báo cáo số khác (1.250)");
            assertThat(number(revenue2021, "Tăng trưởng")).isEqualTo(0.1473);
            assertThat(text(revenue2021, "Tăng trưởng: nguồn")).isEqualTo("tính từ số liệu hai năm");
            assertThat(revenue2021.get("Giá trị").getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");

            XSSFSheet chartSheet = workbook.getSheet("Mức độ đạt");
            assertThat(chartSheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(chartSheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            XSSFDrawing drawing = chartSheet.getDrawingPatriarch();
            assertThat(drawing.getCharts()).singleElement().satisfies(chart -> {
                assertThat(chart.getTitleText().getString()).isEqualTo("Mức độ đạt chỉ tiêu theo lĩnh vực (số chỉ tiêu)");
                assertThat(chart.getChartSeries()).singleElement()
                        .satisfies(data -> assertThat(data.getSeriesCount()).isEqualTo(3));
            });
        }
    }

    @Test
    void libreOfficeCalcShowsTheNumbersTheVietnameseWay() throws Exception {
        LibreOffice office = LibreOffice.onPath(work.resolve("libreoffice-profile")).orElse(null);
        assumeTrue(office != null, "soffice is not on the PATH: the workbook is not opened in LibreOffice Calc");
        Path copy = work.resolve("calc/tay-ho.xlsx");
        Files.createDirectories(copy.getParent());
        Files.copy(unit(april, "tay-ho").resolve(IndicatorWorkbook.FILE), copy);

        Path pdf = office.convert(List.of(copy), "pdf", work.resolve("calc-pdf")).getFirst();
        String text = LibreOffice.pdfToText(pdf);

        assertThat(text).contains("12.993", "13,48", "151%", "96,3%", "96,2%", "2.987")
                .doesNotContain("12,993", "13.48", "96.3%");
    }

    @Test
    void theZipHoldsTheFilesAndAManifestWithTheirHashesAndTheInputs() throws Exception {
        Path folder = unit(april, "tay-ho");
        byte[] zip = Files.readAllBytes(folder.resolve(MidTermPack.FILE));
        Map<String, byte[]> entries = DeterministicZip.read(zip);
        assertThat(entries.keySet()).containsExactly(REPORT + ".docx", REPORT + ".pdf", MidTermPack.MANIFEST,
                IndicatorWorkbook.FILE);

        JsonNode manifest = MeetingReader.mapper().readTree(entries.get(MidTermPack.MANIFEST));
        assertThat(manifest.get("term").asString()).isEqualTo("2020-2025");
        assertThat(manifest.get("asOf").asString()).isEqualTo("2023-04-07");
        assertThat(manifest.get("unit").get("id").asString()).isEqualTo("tay-ho");
        assertThat(manifest.get("version").asString()).isNotBlank();
        List<String> names = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            String name = file.get("name").asString();
            names.add(name);
            assertThat(file.get("sha256").asString()).as(name)
                    .isEqualTo(StagingStore.sha256(entries.get(name)))
                    .isEqualTo(StagingStore.sha256(Files.readAllBytes(folder.resolve(name))));
        }
        assertThat(names).containsExactly(REPORT + ".docx", REPORT + ".pdf", IndicatorWorkbook.FILE);
        JsonNode inputs = manifest.get("inputs");
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).get("name").asString()).isEqualTo("input/004-tay-ho-2023-so-ket-giua-nhiem-ky.json");
        assertThat(inputs.get(0).get("sha256").asString()).isEqualTo(StagingStore.sha256(
                Files.readAllBytes(INPUT.resolve("004-tay-ho-2023-so-ket-giua-nhiem-ky.json"))));

        JsonNode thuongTin = MeetingReader.mapper().readTree(DeterministicZip.read(Files.readAllBytes(
                unit(april, "thuong-tin").resolve(MidTermPack.FILE))).get(MidTermPack.MANIFEST));
        assertThat(thuongTin.get("inputs").findValuesAsString("name")).containsExactly(
                "input/002-thuong-tin-2020-so-ket-6-thang.json", "input/003-thuong-tin-2021-kiem-diem.json");
    }

    @Test
    void theSummaryRanksTheExampleUnitsAndSaysWhy() throws Exception {
        Path summary = examples.resolve("mid-term/2020-2025/_summary");
        String docx = DocumentText.docx(summary.resolve("tong-hop-giua-nhiem-ky.docx"));
        String pdf = DocumentText.pdf(summary.resolve("tong-hop-giua-nhiem-ky.pdf"));
        for (String text : List.of(docx, pdf)) {
            assertThat(text)
                    .contains("Không bao giờ xếp hạng số liệu cả giai đoạn với số liệu một năm")
                    .contains("Xếp hạng theo tỷ lệ so với kế hoạch (hoặc chỉ tiêu nhiệm kỳ), số liệu năm 2023")
                    .contains("Xếp hạng theo giá trị, số liệu năm 2023")
                    .contains("Tổng 3 đơn vị (số liệu năm 2023): 36.600 tỷ đồng")
                    .contains("Huyện Mẫu A: không có số liệu năm 2022.");
        }
        try (XSSFWorkbook workbook = workbook(summary.resolve(SummaryWorkbook.FILE))) {
            List<Map<String, Cell>> rows = rows(workbook.getSheet("So sánh"));
            List<String> outputRanking = rows.stream()
                    .filter(r -> text(r, "Mã chỉ tiêu").equals("gross-output") && r.get("Hạng") != null)
                    .map(r -> text(r, "Đơn vị") + " " + (int) number(r, "Hạng") + " " + (long) number(r, "Giá trị"))
                    .toList();
            assertThat(outputRanking).containsExactly("Quận Mẫu B 1 18900", "Huyện Mẫu A 2 11200",
                    "Thị xã Mẫu C 3 6500");
            Map<String, Cell> total = rows.stream()
                    .filter(r -> text(r, "Mã chỉ tiêu").equals("gross-output") && text(r, "Đơn vị").startsWith("Tổng"))
                    .findFirst().orElseThrow();
            assertThat(number(total, "Giá trị")).isEqualTo(36600);
            assertThat(workbook.getSheet("So sánh").getPaneInformation().isFreezePane()).isTrue();
            List<Map<String, Cell>> units = rows(workbook.getSheet("Đơn vị"));
            assertThat(units).extracting(r -> text(r, "Mã đơn vị") + ": " + text(r, "Năm không có số liệu"))
                    .containsExactly("mau-a: 2022", "mau-b: không", "mau-c: không");
        }
        String seeds = DocumentText.docx(april.resolve("mid-term/2020-2025/_summary/tong-hop-giua-nhiem-ky.docx"));
        assertThat(seeds).contains("Tổng thu ngân sách nhà nước trên địa bàn (Thu, chi ngân sách)")
                .contains("Không xếp hạng: không có kỳ số liệu chung của ít nhất hai đơn vị (chỉ so số liệu cả năm"
                        + " với cả năm, cả giai đoạn với cả giai đoạn).")
                .contains("từ đầu nhiệm kỳ đến ngày 07/04/2023")
                .contains("không xếp hạng: không đơn vị nào khác có số liệu cùng kỳ");
    }

    @Test
    void theConflictIsReportedInTheAnnexAndTheRunReport() throws Exception {
        String docx = docx(examples, "mau-a");
        assertThat(docx).contains("3. Số liệu không khớp giữa các hội nghị")
                .contains("Tổng thu ngân sách nhà nước trên địa bàn, năm 2021: hội nghị mau-a-2021-kiem-diem báo cáo"
                        + " ước đạt 1.250 tỷ đồng, hội nghị mau-a-2021-hoi-nghi-bch báo cáo 1.262 tỷ đồng; dự thảo dùng"
                        + " số liệu của hội nghị sau (mau-a-2021-hoi-nghi-bch).")
                .contains("năm 2021: 1.262 tỷ đồng");
        String report = Files.readString(examples.resolve("mid-term/2020-2025/run-report.txt"));
        assertThat(report).contains("warning: Chỉ tiêu \"Tổng thu ngân sách nhà nước trên địa bàn\", năm 2021: hội nghị"
                + " mau-a-2021-kiem-diem báo cáo 1.250, hội nghị mau-a-2021-hoi-nghi-bch báo cáo 1.262; dùng số liệu"
                + " của hội nghị sau (mau-a-2021-hoi-nghi-bch).");
    }

    @Test
    void unitsWithOneMeetingGetAPackAndAUnitWithoutDataInTheTermGetsANote() throws Exception {
        for (String oneMeeting : List.of("tay-ho", "thanh-tri")) {
            assertThat(Files.list(unit(april, oneMeeting)).map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(REPORT + ".docx", REPORT + ".pdf", MidTermPack.FILE, IndicatorWorkbook.FILE);
        }
        assertThat(docx(april, "thanh-tri")).contains("Năm 2020: không có số liệu năm 2020")
                .contains("Năm 2021: không có số liệu năm 2021");
        assertThat(unit(examples, "mau-d")).doesNotExist();
        assertThat(Files.readString(examples.resolve("mid-term/2020-2025/run-report.txt")))
                .as("the summary across units is not counted as a unit")
                .contains("Documents (" + (Files.list(examples.resolve("mid-term/2020-2025"))
                        .filter(Files::isDirectory).count() - 1) + " units, 1 across units)")
                .contains("unit \"mau-d\" has no meeting about nhiệm kỳ 2020-2025; no document was made");

        Path one = work.resolve("one-unit");
        RunOutcome outcome = run(INPUT, LocalDate.of(2023, 4, 7), List.of("thanh-tri"), one);
        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcome.units()).isEqualTo(1);
        assertThat(outcome.summaries()).isZero();
        assertThat(one.resolve("mid-term/2020-2025/_summary")).as("no summary of one unit").doesNotExist();
        assertThat(unit(one, "thanh-tri").resolve(MidTermPack.FILE)).exists();
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Map<Path, byte[]> first = files(examples);
        Map<Path, byte[]> second = files(examplesAgain);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        assertThat(first.keySet()).anyMatch(p -> p.toString().endsWith(".xlsx"))
                .anyMatch(p -> p.toString().endsWith(".zip")).anyMatch(p -> p.toString().endsWith(".pdf"));
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path.toString()).isEqualTo(bytes));
    }

    private static Map<Path, byte[]> files(Path root) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
