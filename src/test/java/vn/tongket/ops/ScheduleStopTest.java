package vn.tongket.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tongket schedule} in a process of its own, stopped with SIGTERM while a nightly run is under way: the
 * process ends, and {@code tongket nightly} for the same date finishes the night (restarting what was stopped).
 */
class ScheduleStopTest {

    private static final Pattern NIGHT = Pattern.compile("nightly (\\d{4}-\\d{2}-\\d{2}): \\d+ runs");
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path work;

    private TongketProcess start(String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of("--input", Path.of("input").toAbsolutePath().toString(),
                "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--output", work.resolve("output").toString()));
        return TongketProcess.start(Map.of("TONGKET_DB_DIR", work.resolve("db").toString()),
                List.of("-Dtongket.nightly.cron=*/2 * * * * *"), args.toArray(String[]::new));
    }

    @Test
    void sigtermStopsTheRunningJobAndTheNextStartFinishesTheNight() throws Exception {
        String runDate;
        try (TongketProcess schedule = start("schedule")) {
            Matcher night = NIGHT.matcher(schedule.awaitLine(line -> NIGHT.matcher(line).find(), PATIENCE));
            assertThat(night.find()).isTrue();
            runDate = night.group(1);
            Thread.sleep(500);
            schedule.terminate();
            schedule.waitFor(PATIENCE);
            assertThat(schedule.output()).as("the process ends after SIGTERM").doesNotContain("Exception in thread");
        }

        try (TongketProcess nightly = start("nightly", "--date", runDate)) {
            int exit = nightly.waitFor(PATIENCE);
            String night = nightly.output();
            assertThat(exit).as(night).isZero();
            for (String period : List.of("year-end 2021", "year-end 2022", "year-end 2023", "half-year 2020-h1",
                    "mid-term 2020-2025")) {
                assertThat(night).as(night).containsPattern(Pattern.quote(period)
                        + "(, execution \\d+( \\(restarted\\))?: COMPLETED|: already finished on this run date)");
            }
        }
        assertThat(work.resolve("output/year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf")).exists();
        assertThat(work.resolve("output/half-year/2020-h1/thuong-tin/bao-cao-so-ket-6-thang.pdf")).exists();
    }
}
