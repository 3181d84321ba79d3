package vn.tongket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tongket schedule} in a process of its own, stopped with SIGTERM while a nightly run is under way: the
 * process ends, and {@code tongket nightly} for the same date finishes the night (restarting what was stopped).
 */
class ScheduleStopTest {

    @TempDir
    Path work;

    private Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", System.getProperty("java.class.path"),
                "-Dtongket.nightly.cron=*/2 * * * * *", "vn.tongket.cli.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--input", Path.of("input").toAbsolutePath().toString(),
                "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--output", work.resolve("output").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TONGKET_DB_DIR", work.resolve("db").toString());
        return builder.start();
    }

    private static String waitFor(Path log, Pattern pattern, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + pattern + " in:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void sigtermStopsTheRunningJobAndTheNextStartFinishesTheNight() throws Exception {
        Path scheduleLog = work.resolve("schedule.log");
        Process schedule = start(scheduleLog, "schedule");
        String runDate = waitFor(scheduleLog, Pattern.compile("nightly (\\d{4}-\\d{2}-\\d{2}): \\d+ runs"), 240);
        Thread.sleep(500);
        schedule.destroy(); // SIGTERM

        assertThat(schedule.waitFor(240, TimeUnit.SECONDS)).as("the process ends after SIGTERM").isTrue();
        String stopped = Files.readString(scheduleLog);
        assertThat(stopped).doesNotContain("Exception in thread");

        Path nightlyLog = work.resolve("nightly.log");
        Process nightly = start(nightlyLog, "nightly", "--date", runDate);
        assertThat(nightly.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String night = Files.readString(nightlyLog);
        assertThat(nightly.exitValue()).as(night).isZero();
        for (String period : List.of("year-end 2021", "year-end 2022", "year-end 2023", "half-year 2020-h1")) {
            assertThat(night).as(night).containsPattern(Pattern.quote(period)
                    + "(, execution \\d+( \\(restarted\\))?: COMPLETED|: already finished on this run date)");
        }
        assertThat(work.resolve("output/year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf")).exists();
        assertThat(work.resolve("output/half-year/2020-h1/thuong-tin/bao-cao-so-ket-6-thang.pdf")).exists();
    }
}
