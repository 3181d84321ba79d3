package vn.tongket.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.testing.OutputFiles;

/**
 * Kills the year-end job with SIGKILL in a separate JVM during ingest, during render and during publish, each time
 * starting it again on the same embedded database, and lets the last start finish. Meanwhile a watcher opens every
 * document that appears in output/. The result must equal, byte for byte, the output of a run never interrupted,
 * and no one must ever have seen a partial file.
 */
class CrashSafetyTest {

    private static final int EXTRA_UNITS = 10;
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern PROGRESS = Pattern.compile("render: (\\d+) of (\\d+) units");
    /** Spring Batch says when each step starts; the test waits for these lines to know where the run is. */
    private static final List<String> STEP_LOG = List.of(
            "-Dlogging.level.org.springframework.batch.core.step.AbstractStep=INFO");

    @TempDir
    Path work;

    @Test
    void aRunKilledDuringIngestRenderAndPublishEndsWithTheDocumentsOfAnUninterruptedRun() throws Exception {
        Path input = SyntheticInput.write(work.resolve("input"), EXTRA_UNITS);
        Path reference = work.resolve("reference");
        try (TongketProcess uninterrupted = start(work.resolve("reference-db"), input, reference)) {
            assertThat(uninterrupted.waitFor(STEP_TIMEOUT)).as(uninterrupted.output()).isZero();
            // without a terminal, progress comes as log lines
            assertThat(uninterrupted.output()).doesNotContain("\r")
                    .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d INFO  render: \\d+ of " + (EXTRA_UNITS + 1)
                            + " units, about \\d+ (min \\d\\d )?s left$")
                    .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d INFO  render: " + (EXTRA_UNITS + 1) + " of "
                            + (EXTRA_UNITS + 1) + " units, done in \\d+ (min \\d\\d )?s$");
        }

        Path db = work.resolve("db");
        Path output = work.resolve("output");
        try (OutputWatcher watcher = new OutputWatcher(output)) {
            try (TongketProcess run = start(db, input, output)) {
                run.awaitLine(line -> line.contains("Executing step: [ingest]"), STEP_TIMEOUT);
                run.kill();
            }
            try (TongketProcess run = start(db, input, output)) {
                run.awaitLine(line -> inRender(line), STEP_TIMEOUT);
                run.kill();
                assertThat(run.output()).contains("was left running by a process that stopped");
            }
            try (TongketProcess run = start(db, input, output)) {
                run.awaitLine(line -> line.contains("Executing step: [publish]"), STEP_TIMEOUT);
                awaitDocument(output, run);
                run.kill();
            }
            try (TongketProcess run = start(db, input, output)) {
                assertThat(run.waitFor(STEP_TIMEOUT)).as(run.output()).isZero();
                assertThat(run.output()).contains("(restarted): COMPLETED, " + (EXTRA_UNITS + 1) + " units");
            }
            assertThat(watcher.partialFiles()).as("files seen incomplete in output/").isEmpty();
            assertThat(watcher.documentsSeen()).isPositive();
            assertThat(watcher.temporaryNames()).allMatch(name -> Path.of(name).getFileName().toString()
                    .matches("\\..+\\.tmp"));
        }

        assertThat(temporaryFiles(output)).as("temporary files left in output/").isEmpty();
        Map<String, byte[]> expected = OutputFiles.contents(reference);
        Map<String, byte[]> made = OutputFiles.contents(output);
        assertThat(made.keySet()).isEqualTo(expected.keySet()).hasSizeGreaterThan(2 * (EXTRA_UNITS + 1));
        expected.forEach((name, bytes) -> assertThat(made.get(name)).as(name).isEqualTo(bytes));

        assertThat(stepsByExecution(db)).containsExactly(
                "FAILED: ingest=FAILED",
                "FAILED: aggregate=COMPLETED, ingest=COMPLETED, render=FAILED",
                "FAILED: publish=FAILED, render=COMPLETED",
                "COMPLETED: publish=COMPLETED");
    }

    private TongketProcess start(Path db, Path input, Path output) throws IOException {
        return TongketProcess.start(Map.of("TONGKET_DB_DIR", db.toString()), STEP_LOG, "year-end", "--year", "2023",
                "--input", input.toString(), "--output", output.toString());
    }

    private static boolean inRender(String line) {
        Matcher progress = PROGRESS.matcher(line);
        return progress.find() && Integer.parseInt(progress.group(1)) < Integer.parseInt(progress.group(2));
    }

    private static void awaitDocument(Path output, TongketProcess run) throws Exception {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (documents(output) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no document was published; the process printed:\n" + run.output());
            }
            Thread.sleep(1);
        }
    }

    /**
     * Each execution with the steps it ran (partition workers left out): where each kill struck, and that the next
     * start marked the killed execution failed and went on from there.
     */
    private static List<String> stepsByExecution(Path db) throws SQLException {
        Map<Long, String> status = new TreeMap<>();
        Map<Long, List<String>> steps = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + db.resolve("tongket")
                + ";hsqldb.tx=mvcc", "SA", "");
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT e.JOB_EXECUTION_ID, e.STATUS, s.STEP_NAME, s.STATUS"
                    + " FROM BATCH_JOB_EXECUTION e JOIN BATCH_STEP_EXECUTION s"
                    + " ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE s.STEP_NAME NOT LIKE '%:%'"
                    + " ORDER BY e.JOB_EXECUTION_ID, s.STEP_NAME")) {
                while (rows.next()) {
                    status.put(rows.getLong(1), rows.getString(2));
                    steps.computeIfAbsent(rows.getLong(1), e -> new ArrayList<>())
                            .add(rows.getString(3) + "=" + rows.getString(4));
                }
            }
            statement.execute("SHUTDOWN");
        }
        return status.keySet().stream().map(e -> status.get(e) + ": " + String.join(", ", steps.get(e))).toList();
    }

    private static long documents(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.getFileName().toString().matches("[^.].*\\.(docx|pdf)")).count();
        }
    }

    private static List<Path> temporaryFiles(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
