package vn.tongket.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.ingest.xlsx.WorkbookLayout;
import vn.tongket.testing.DocumentText;

/**
 * The year-end job with Thường Tín 2023 given as a workbook instead of JSON: the same drafts come out, byte for
 * byte (the annex names each meeting by its id, which both forms share, not by its file).
 */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:workbook-job-test;hsqldb.tx=mvcc")
class WorkbookInputJobTest {

    private static final Path INPUT = Path.of("input");
    private static final Path TEMPLATES = Path.of("templates");
    private static final String SEED = "000-thuong-tin-2023-kiem-diem";
    private static final Path EXAMPLE = Path.of("docs/examples/" + SEED + ".xlsx");

    @Autowired
    ReviewLauncher launcher;

    @TempDir
    Path work;

    private RunOutcome run(Path input, Path output, Path templates) throws Exception {
        return launcher.run(ReviewRequest.yearEnd(2023, List.of(), input, output, templates));
    }

    private static Path draft(Path output, String extension) {
        return output.resolve("year-end/2023/thuong-tin/bao-cao-kiem-diem." + extension);
    }

    /** The sample input as it is, in a folder named "input" so that file names read the same. */
    private Path jsonInput() throws IOException {
        Path input = work.resolve("json/input");
        copyInput(input, false);
        return input;
    }

    /** The sample input with seed 000 as the example workbook instead of its JSON file. */
    private Path workbookInput() throws IOException {
        Path input = work.resolve("xlsx/input");
        copyInput(input, true);
        Files.copy(EXAMPLE, input.resolve(SEED + ".xlsx"));
        return input;
    }

    private static void copyInput(Path target, boolean withoutSeed) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(INPUT)) {
            for (Path file : files.toList()) {
                if (!(withoutSeed && file.getFileName().toString().equals(SEED + ".json"))) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
    }

    @Test
    void theWorkbookGivesByteIdenticalDraftsToTheJson() throws Exception {
        Path fromJson = work.resolve("out-json");
        Path fromWorkbook = work.resolve("out-xlsx");

        RunOutcome json = run(jsonInput(), fromJson, TEMPLATES);
        RunOutcome workbook = run(workbookInput(), fromWorkbook, TEMPLATES);

        assertThat(json.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(workbook.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(workbook.rejectedFiles()).isZero();
        assertThat(workbook.units()).isEqualTo(1);
        for (String extension : List.of("docx", "pdf")) {
            assertThat(Files.readAllBytes(draft(fromWorkbook, extension))).as(extension)
                    .isEqualTo(Files.readAllBytes(draft(fromJson, extension)));
        }
        assertThat(DocumentText.docx(draft(fromWorkbook, "docx"))).contains("14/15", "1.528 tỷ đồng", "132%",
                "Mã dữ liệu: thuong-tin-2023-kiem-diem-btv.");
    }

    @Test
    void aBadWorkbookIsRejectedWithSheetAndCellAndTheRestGoesOn() throws Exception {
        Path input = workbookInput();
        try (InputStream in = Files.newInputStream(EXAMPLE); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet(WorkbookLayout.MEETING).getRow(1).getCell(1).setCellValue("thuong-tin-2023-loi");
            workbook.getSheet(WorkbookLayout.INDICATORS).getRow(1).getCell(5).setCellValue("nhiều");
            try (OutputStream out = Files.newOutputStream(input.resolve("905-loi.xlsx"))) {
                workbook.write(out);
            }
        }
        Files.writeString(input.resolve("~$905-loi.xlsx"), "lock file of an open workbook");
        Path output = work.resolve("output");

        RunOutcome outcome = run(input, output, TEMPLATES);

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcome.rejectedFiles()).isEqualTo(1);
        assertThat(draft(output, "pdf")).exists();
        assertThat(Files.readString(output.resolve("year-end/2023/run-report.txt"), StandardCharsets.UTF_8))
                .contains("Rejected input (1 files)")
                .contains("input/905-loi.xlsx (sheet Chỉ tiêu, cell F2): expected an amount in tỷ đồng")
                .doesNotContain("~$");
    }

    @Test
    void aFigureThatDisagreesWithItsPartsIsNamedByItsSheetAndCell() throws Exception {
        Path input = work.resolve("discrepancy/input");
        copyInput(input, true);
        String percentCell;
        try (InputStream in = Files.newInputStream(EXAMPLE); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(WorkbookLayout.INDICATORS);
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(6);
            row.getCell(column(sheet, "Số đạt (x của x/y)"), CREATE).setCellValue(26);
            row.getCell(column(sheet, "Tổng số (y của x/y)"), CREATE).setCellValue(27);
            org.apache.poi.ss.usermodel.Cell percent = row.getCell(column(sheet, "Tỷ lệ x/y (%)"), CREATE);
            percent.setCellValue(96.2);
            percentCell = percent.getAddress().formatAsString();
            try (OutputStream out = Files.newOutputStream(input.resolve(SEED + ".xlsx"))) {
                workbook.write(out);
            }
        }
        Path output = work.resolve("discrepancy/output");

        RunOutcome outcome = run(input, output, TEMPLATES);

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readString(output.resolve("year-end/2023/run-report.txt"), StandardCharsets.UTF_8))
                .contains("input/" + SEED + ".xlsx (sheet Chỉ tiêu, cell " + percentCell + "): ")
                .contains("reported 96.2%, computed 26/27 = 96.30%")
                .doesNotContain("/indicators/5");
        assertThat(DocumentText.docx(draft(output, "docx"))).contains("báo cáo 96,2%, tính lại 26/27 = 96,30%");
    }

    private static final org.apache.poi.ss.usermodel.Row.MissingCellPolicy CREATE =
            org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK;

    private static int column(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().strip().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
