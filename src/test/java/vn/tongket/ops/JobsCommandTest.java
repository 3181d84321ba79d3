package vn.tongket.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tongket.TongketApplication;
import vn.tongket.cli.ExitCodes;
import vn.tongket.cli.Main;
import vn.tongket.testing.CommandRun;
import vn.tongket.testing.TemplateFiles;

/** {@code tongket jobs}: past runs of any job, filtered by job, and a run left running marked failed by hand. */
class JobsCommandTest {

    private static final String DATABASE = "jdbc:hsqldb:mem:jobs-command-test;hsqldb.tx=mvcc";

    private final CommandRun command = new CommandRun(Main::commandLine);

    @TempDir
    Path work;

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void listsRunsFiltersByJobAndRecoversAnExecutionLeftRunning() throws Exception {
        System.setProperty("spring.datasource.url", DATABASE);
        Path output = work.resolve("output");
        Path broken = TemplateFiles.brokenYearEnd(work.resolve("templates"));
        assertThat(command.execute("year-end", "--year", "2023", "--output", output.toString())).isZero();
        assertThat(command.execute("year-end", "--year", "2021", "--output", output.toString(), "--templates",
                broken.toString())).isEqualTo(ExitCodes.FAILED);

        assertThat(command.execute("jobs")).isZero();
        String listing = command.out().substring(command.out().indexOf("execution started"));
        assertThat(listing.lines().toList()).hasSize(3);
        assertThat(listing).containsPattern("(?m)^1\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+yearEnd\\s+2021\\s+"
                        + "FAILED\\s+-\\s+0\\s+\\d+\\.\\d s$")
                .containsPattern("(?m)^0\\s+\\S+ \\S+\\s+yearEnd\\s+2023\\s+COMPLETED\\s+1\\s+0\\s+\\d+\\.\\d s$");
        assertThat(listing.indexOf("2021")).as("newest first").isLessThan(listing.indexOf("2023"));

        int before = command.out().length();
        assertThat(command.execute("jobs", "--job", "yearEnd", "--last", "1")).isZero();
        assertThat(command.out().substring(before).lines().toList()).hasSize(2).last().asString()
                .contains("2021");
        before = command.out().length();
        assertThat(command.execute("jobs", "--job", "halfYear")).isZero();
        assertThat(command.out().substring(before)).contains("no runs of halfYear yet");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TongketApplication.class)
                .run("--spring.datasource.url=" + DATABASE)) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobExecution failed = repository.getJobExecution(1L);
            failed.setStatus(BatchStatus.STARTED);
            failed.setEndTime(null);
            repository.update(failed);
        }
        before = command.out().length();
        assertThat(command.execute("jobs", "--recover", "1")).isZero();
        assertThat(command.execute("jobs", "--recover", "1")).isZero();
        assertThat(command.execute("jobs", "--recover", "99")).isEqualTo(ExitCodes.FAILED);
        assertThat(command.out().substring(before)).as(command.err())
                .contains("execution 1 (yearEndJob) marked FAILED; run the same command again to restart it")
                .contains("execution 1 is FAILED, not running; nothing to recover")
                .contains("no execution 99");
        assertThat(command.err()).isEmpty();
    }
}
