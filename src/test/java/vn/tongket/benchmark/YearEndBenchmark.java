package vn.tongket.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.RunOutcome;
import vn.tongket.jobs.ReviewLauncher;
import vn.tongket.jobs.ReviewRequest;

/**
 * The whole year-end job over many units, for docs/benchmarks.md. Not a test: it asserts nothing and runs only with
 * {@code mvn test -Dtest=YearEndBenchmark -Dbenchmark=true [-Dunits=200]}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:file:${java.io.tmpdir}/tongket-benchmark-${random.uuid}/db;"
                + "hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached")
class YearEndBenchmark {

    @Autowired
    ReviewLauncher launcher;

    @Autowired
    JobRepository repository;

    @TempDir
    Path work;

    @Test
    void yearEndOverManyUnits() throws Exception {
        int units = Integer.getInteger("units", 200);
        Path input = work.resolve("input");
        Files.createDirectories(input);
        String seed = Files.readString(Path.of("input/000-thuong-tin-2023-kiem-diem.json"));
        for (int i = 0; i < units; i++) {
            String id = String.format(Locale.ROOT, "%04d", i);
            Files.writeString(input.resolve("u" + id + ".json"), seed
                    .replace("\"id\": \"thuong-tin-2023-kiem-diem-btv\"", "\"id\": \"bench-" + id + "\"")
                    .replace("\"id\": \"thuong-tin\"", "\"id\": \"don-vi-" + id + "\""));
        }
        // a small warm-up run so that class loading and JIT are not counted
        launcher.run(ReviewRequest.yearEnd(2023, List.of(), Path.of("input"), work.resolve("warm-up"),
                Path.of("templates")));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        RunOutcome outcome = launcher.run(ReviewRequest.yearEnd(2023, List.of(), input, work.resolve("output"),
                Path.of("templates")));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        JobExecution execution = repository.getJobExecution(outcome.executionId());
        System.out.printf(Locale.ROOT, "%nyear-end benchmark: %d units, %s, %d cores%n", outcome.units(),
                outcome.status(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  total %.1f s, %.1f units/s (%.1f documents/s, DOCX and PDF)%n",
                elapsed.toMillis() / 1000.0, outcome.units() * 1000.0 / elapsed.toMillis(),
                2 * outcome.units() * 1000.0 / elapsed.toMillis());
        execution.getStepExecutions().stream()
                .filter(step -> !step.getStepName().contains(":"))
                .forEach(step -> System.out.printf(Locale.ROOT, "  step %-9s %.1f s%n", step.getStepName(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0));
        System.out.printf(Locale.ROOT, "  peak heap used %.0f MiB (max heap %.0f MiB)%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
