package vn.tongket.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two tongket processes started together on one embedded database: one runs, the other is refused with one line
 * and exit code 1, without a stack trace, and the database is fine for the next start.
 */
class ConcurrentInstancesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @Test
    void theSecondInstanceIsRefusedInOneLine() throws Exception {
        Map<String, String> database = Map.of("TONGKET_DB_DIR", work.resolve("db").toString());
        String[] yearEnd = {"year-end", "--year", "2023", "--output", work.resolve("output").toString()};
        int first;
        int second;
        String firstOutput;
        String secondOutput;
        try (TongketProcess one = TongketProcess.start(database, List.of(), yearEnd);
             TongketProcess two = TongketProcess.start(database, List.of(), yearEnd)) {
            first = one.waitFor(TIMEOUT);
            second = two.waitFor(TIMEOUT);
            firstOutput = one.output();
            secondOutput = two.output();
        }

        assertThat(List.of(first, second)).as(firstOutput + "\n---\n" + secondOutput).containsExactlyInAnyOrder(0, 1);
        String refused = first == 1 ? firstOutput : secondOutput;
        String ran = first == 1 ? secondOutput : firstOutput;
        assertThat(refused.lines().toList()).as(refused).containsExactly("tongket: the embedded database "
                + work.resolve("db").resolve("tongket").toAbsolutePath() + " is in use by another tongket process;"
                + " run again when it has finished, or point TONGKET_DB_URL at a shared PostgreSQL database");
        assertThat(ran).contains("year-end 2023, execution 0: COMPLETED, 1 units");

        try (TongketProcess jobs = TongketProcess.start(database, List.of(), "jobs")) {
            assertThat(jobs.waitFor(TIMEOUT)).as(jobs.output()).isZero();
            assertThat(jobs.output()).containsPattern("yearEnd\\s+2023\\s+COMPLETED\\s+1\\s+0");
        }
    }
}
