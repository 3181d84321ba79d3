package vn.tongket.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.RunHistory;
import vn.tongket.jobs.RunOutcome;
import vn.tongket.jobs.ReviewLauncher;
import vn.tongket.jobs.ReviewRequest;
import vn.tongket.testing.DocumentText;
import vn.tongket.testing.OutputFiles;
import vn.tongket.testing.TemplateFiles;

/**
 * The year-end job with its job repository and run tables on a real PostgreSQL server: the same documents as on
 * the embedded database, a failed run restarted, and an execution left running in the shared database refused
 * rather than recovered.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+",
        disabledReason = PostgresSchema.SKIPPED)
@SpringBootTest(classes = TongketApplication.class)
class PostgresYearEndJobTest {

    private static final Path INPUT = Path.of("input");
    private static final Path TEMPLATES = Path.of("templates");
    private static PostgresSchema schema;

    @Autowired
    ReviewLauncher launcher;

    @Autowired
    JobRepository repository;

    @Autowired
    JobOperator operator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunHistory history;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        schema = PostgresSchema.create("year_end");
        registry.add("spring.datasource.url", schema::url);
        registry.add("spring.datasource.username", PostgresSchema::user);
        registry.add("spring.datasource.password", PostgresSchema::password);
    }

    @AfterAll
    static void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    private RunOutcome run(int year, Path output, Path templates) throws Exception {
        return launcher.run(ReviewRequest.yearEnd(year, List.of(), INPUT, output, templates));
    }

    @Test
    void theRepositoryIsOnPostgresql() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(schema.name());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                + " AND upper(table_name) IN ('BATCH_JOB_INSTANCE', 'TK_STAGED_MEETING', 'TK_RENDERED_FILE')")
                .param(schema.name()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theDocumentsEqualThoseMadeOnTheEmbeddedDatabase() throws Exception {
        Path onPostgres = work.resolve("postgres");
        for (int year : List.of(2021, 2022, 2023)) {
            RunOutcome outcome = run(year, onPostgres, TEMPLATES);
            assertThat(outcome.status()).as(outcome.failure()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(outcome.units()).isEqualTo(1);
        }
        Path embedded = work.resolve("embedded");
        try (ConfigurableApplicationContext hsqldb = new SpringApplicationBuilder(TongketApplication.class)
                .run("--spring.datasource.url=jdbc:hsqldb:mem:postgres-comparison;hsqldb.tx=mvcc",
                        "--spring.datasource.username=SA", "--spring.datasource.password=")) {
            ReviewLauncher embeddedLauncher = hsqldb.getBean(ReviewLauncher.class);
            for (int year : List.of(2021, 2022, 2023)) {
                assertThat(embeddedLauncher.run(ReviewRequest.yearEnd(year, List.of(), INPUT, embedded, TEMPLATES))
                        .status()).isEqualTo(BatchStatus.COMPLETED);
            }
        }

        Map<String, byte[]> made = OutputFiles.contents(onPostgres);
        Map<String, byte[]> expected = OutputFiles.contents(embedded);
        assertThat(made).containsKeys("index.json", "index.html");
        assertThat(made.keySet()).contains("year-end/2023/thuong-tin/bao-cao-kiem-diem.docx",
                "year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf", "year-end/2022/thanh-tri/bao-cao-kiem-diem.pdf",
                "year-end/2021/run-report.json");
        assertThat(made.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(made.get(name)).as(name).isEqualTo(bytes));
        assertThat(DocumentText.pdf(onPostgres.resolve("year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf")))
                .contains("14/15", "1.528 tỷ đồng", "Tạ Hữu Thọ");
        assertThat(history.latest(10)).extracting(RunHistory.Run::period, RunHistory.Run::status,
                        RunHistory.Run::units)
                .contains(org.assertj.core.groups.Tuple.tuple("2021", "COMPLETED", 1),
                        org.assertj.core.groups.Tuple.tuple("2023", "COMPLETED", 1));
    }

    @Test
    void aFailedRunIsRestartedWithoutStagingAgain() throws Exception {
        Path templates = TemplateFiles.brokenYearEnd(work.resolve("templates"));
        Path output = work.resolve("output");

        RunOutcome failed = run(2021, output, templates);
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.failure()).contains("bao-cao-kiem-diem.docx");
        assertThat(output.resolve("year-end/2021")).doesNotExist();

        Files.copy(TemplateFiles.YEAR_END, templates.resolve("year-end/bao-cao-kiem-diem.docx"),
                StandardCopyOption.REPLACE_EXISTING);
        RunOutcome restarted = run(2021, output, templates);

        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution execution = repository.getJobExecution(restarted.executionId());
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .doesNotContain("ingest", "aggregate").contains("render", "publish");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM TK_STAGED_MEETING WHERE JOB_INSTANCE_ID = ?")
                .param(execution.getJobInstance().getInstanceId()).query(Integer.class).single())
                .isEqualTo(Files.list(INPUT).count());
        assertThat(DocumentText.docx(output.resolve("year-end/2021/thuong-tin/bao-cao-kiem-diem.docx")))
                .contains("Tạ Hữu Thọ");
    }

    @Test
    void anExecutionMarkedRunningInTheSharedDatabaseIsNotTakenOver() throws Exception {
        Path templates = TemplateFiles.brokenYearEnd(work.resolve("templates"));
        Path output = work.resolve("output");
        RunOutcome failed = run(2022, output, templates);
        // as a process on another machine would leave it while it runs, or when it was killed
        JobExecution running = repository.getJobExecution(failed.executionId());
        running.setStatus(BatchStatus.STARTED);
        running.setEndTime(null);
        repository.update(running);
        Files.copy(TemplateFiles.YEAR_END, templates.resolve("year-end/bao-cao-kiem-diem.docx"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> run(2022, output, templates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("execution " + failed.executionId())
                .hasMessageContaining("shared database");
        assertThat(repository.getJobExecution(failed.executionId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(output.resolve("year-end/2022")).doesNotExist();

        // once a person has made sure no process runs it
        operator.recover(repository.getJobExecution(failed.executionId()));
        RunOutcome restarted = run(2022, output, templates);
        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(output.resolve("year-end/2022/thanh-tri/bao-cao-kiem-diem.pdf")).isNotEmptyFile();
    }
}
