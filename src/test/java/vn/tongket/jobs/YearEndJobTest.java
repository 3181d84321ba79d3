package vn.tongket.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tongket.TongketApplication;
import vn.tongket.ingest.InputFiles;
import vn.tongket.testing.DocumentText;

/** The whole year-end job on the sample input, read back as a user would read the drafts. */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:year-end-test;hsqldb.tx=mvcc")
class YearEndJobTest {

    private static final Path INPUT = Path.of("input");
    private static final Path TEMPLATES = Path.of("templates");

    @Autowired
    ReviewLauncher launcher;

    @Autowired
    JobRepository repository;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    private RunOutcome run(int year, Path input, Path output, Path templates) throws Exception {
        return launcher.run(ReviewRequest.yearEnd(year, List.of(), input, output, templates));
    }

    private static Path draft(Path output, int year, String unit, String extension) {
        return output.resolve("year-end/" + year + "/" + unit + "/bao-cao-kiem-diem." + extension);
    }

    @Test
    void thuongTin2023DraftCarriesTheReportedFigures() throws Exception {
        Path output = work.resolve("output");
        RunOutcome outcome = run(2023, INPUT, output, TEMPLATES);

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcome.rejectedFiles()).isZero();
        assertThat(outcome.units()).isEqualTo(1);
        String docx = DocumentText.docx(draft(output, 2023, "thuong-tin", "docx"));
        String pdf = DocumentText.pdf(draft(output, 2023, "thuong-tin", "pdf"));
        for (String text : List.of(docx, pdf)) {
            assertThat(text)
                    .contains("14/15", "1.528 tỷ đồng", "132%")
                    .contains("HUYỆN ỦY THƯỜNG TÍN", "-BC/HU", "Thường Tín, ngày 25 tháng 12 năm 2023")
                    .contains("Tỷ lệ người dân được sử dụng nước sạch tập trung chưa đạt")
                    .contains("T/M BAN THƯỜNG VỤ", "Tạ Hữu Thọ");
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text).doesNotContain("${", "<#");
        }
        assertThat(DocumentText.fontCount(draft(output, 2023, "thuong-tin", "pdf"))).isPositive();
        assertThat(DocumentText.fontsNotEmbedded(draft(output, 2023, "thuong-tin", "pdf"))).isEmpty();
        assertThat(output.resolve("year-end/2023/run-report.json")).exists();
        assertThat(Files.readString(output.resolve("year-end/2023/run-report.txt")))
                .contains("thuong-tin/bao-cao-kiem-diem.docx", "Rejected input (0 files)");
        assertThat(leftoverTemporaryFiles(output)).isEmpty();
    }

    @Test
    void thanhTri2022DraftCarriesTheSchoolRatio() throws Exception {
        Path output = work.resolve("output");
        assertThat(run(2022, INPUT, output, TEMPLATES).status()).isEqualTo(BatchStatus.COMPLETED);
        String docx = DocumentText.docx(draft(output, 2022, "thanh-tri", "docx"));
        String pdf = DocumentText.pdf(draft(output, 2022, "thanh-tri", "pdf"));
        for (String text : List.of(docx, pdf)) {
            assertThat(text).contains("64/73", "87,67%", "2.167 tỷ 098 triệu đồng", "103,3%", "100,6%");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        run(2023, INPUT, first, TEMPLATES);
        run(2023, INPUT, second, TEMPLATES);
        for (String extension : List.of("docx", "pdf")) {
            assertThat(Files.readAllBytes(draft(second, 2023, "thuong-tin", extension)))
                    .isEqualTo(Files.readAllBytes(draft(first, 2023, "thuong-tin", extension)));
        }
        assertThat(Files.readAllBytes(second.resolve("year-end/2023/run-report.json")))
                .isEqualTo(Files.readAllBytes(first.resolve("year-end/2023/run-report.json")));
    }

    @Test
    void aRunThatFailedInRenderRestartsWithoutStagingAgain() throws Exception {
        Path templates = work.resolve("templates");
        Files.createDirectories(templates.resolve("year-end"));
        Path template = templates.resolve("year-end/bao-cao-kiem-diem.docx");
        writeTemplateWithUnknownName(template);
        Path output = work.resolve("output");

        RunOutcome failed = run(2021, INPUT, output, templates);
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.failure()).contains("bao-cao-kiem-diem.docx");
        assertThat(output.resolve("year-end/2021")).doesNotExist();

        Files.copy(TEMPLATES.resolve("year-end/bao-cao-kiem-diem.docx"), template,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path elsewhere = work.resolve("elsewhere");
        RunOutcome intoAnotherFolder = run(2021, INPUT, elsewhere, templates);
        assertThat(intoAnotherFolder.restarted()).as("another output folder is another run").isFalse();
        assertThat(draft(elsewhere, 2021, "thuong-tin", "pdf")).exists();
        assertThat(output.resolve("year-end/2021")).doesNotExist();

        RunOutcome restarted = run(2021, INPUT, output, templates);

        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution execution = repository.getJobExecution(restarted.executionId());
        long instance = execution.getJobInstance().getInstanceId();
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .doesNotContain("ingest", "aggregate")
                .contains("render", "publish");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM TK_STAGED_MEETING WHERE JOB_INSTANCE_ID = ?").param(instance)
                .query(Integer.class).single()).isEqualTo(Files.list(INPUT).count());
        assertThat(DocumentText.docx(draft(output, 2021, "thuong-tin", "docx"))).contains("Tạ Hữu Thọ");
    }

    @Test
    void aRunLeftRunningByAKilledProcessIsRecoveredAndRestarted() throws Exception {
        Path output = work.resolve("output");
        ReviewRequest request = ReviewRequest.yearEnd(2022, List.of(), INPUT, output, TEMPLATES);
        JobParameters parameters = request.toJobParameters(InputFiles.fingerprint(InputFiles.list(INPUT)), 9999);
        JobInstance instance = repository.createJobInstance(ReviewJobConfiguration.YEAR_END_JOB, parameters);
        JobExecution killed = repository.createJobExecution(instance, parameters, new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        killed.setStartTime(LocalDateTime.now());
        repository.update(killed);

        RunOutcome outcome = run(2022, INPUT, output, TEMPLATES);

        assertThat(outcome.restarted()).isTrue();
        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(draft(output, 2022, "thanh-tri", "pdf")).exists();
    }

    @Test
    void badInputIsRejectedWithItsPlaceAndTheRestGoesOn() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(INPUT)) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        String valid = Files.readString(INPUT.resolve("000-thuong-tin-2023-kiem-diem.json"));
        Files.writeString(input.resolve("900-broken.json"), "{ \"format\": \"tongket-meeting/1\", ");
        Files.writeString(input.resolve("901-wrong-type.json"),
                valid.replace("\"actual\": 1528", "\"actual\": \"1.528\"").replace("kiem-diem-btv", "x1"));
        Files.writeString(input.resolve("902-unknown-kind.json"),
                valid.replace("\"year-end-review\"", "\"party-congress\"").replace("kiem-diem-btv", "x2"));
        Files.writeString(input.resolve("903-not-nfc.json"), valid.replace("Tổng thu ngân sách",
                Normalizer.normalize("Tổng thu ngân sách", Normalizer.Form.NFD)).replace("kiem-diem-btv", "x3"));
        Files.writeString(input.resolve("904-duplicate-id.json"), valid);
        Path output = work.resolve("output");

        RunOutcome outcome = run(2023, input, output, TEMPLATES);

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        // decomposed text is normalized with a warning (tongket.input.non-nfc: normalize), not rejected
        assertThat(outcome.rejectedFiles()).isEqualTo(4);
        assertThat(draft(output, 2023, "thuong-tin", "pdf")).exists();
        String report = Files.readString(output.resolve("year-end/2023/run-report.txt"), StandardCharsets.UTF_8);
        assertThat(report)
                .contains("Rejected input (4 files)")
                .contains("input/900-broken.json:1:")
                .contains("input/901-wrong-type.json:").contains("(/indicators/0/actual): expected a number")
                .contains("input/902-unknown-kind.json:").contains("(/kind): unknown value \"party-congress\"")
                .contains("input/903-not-nfc.json:").contains("not in Unicode NFC")
                .contains("input/904-duplicate-id.json").contains("already used by input/000-thuong-tin");
    }

    private static List<Path> leftoverTemporaryFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static void writeTemplateWithUnknownName(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("${nothing.here}");
            document.write(out);
        }
    }
}
