package vn.tongket.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.tongket.docx.DocxTemplate;
import vn.tongket.render.DocumentKind;
import vn.tongket.render.TemplateCheck;
import vn.tongket.testing.TemplateFiles;

/**
 * Filling the shipped year-end template, compiled once, for many units: documents per second on one and on two
 * threads, and the peak heap, for docs/benchmarks.md. Not a test: it asserts nothing and runs only with
 * {@code mvn -q -B test -Dtest=DocxFillBenchmark -Dbenchmark=true [-Ddocuments=5000]}.
 *
 * <p>The data models are the year-end sample models of {@code input/} (every unit and year with data, and the
 * "empty" one), as {@code templates check} makes them, used in turn.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DocxFillBenchmark {

    @Test
    void fillTheYearEndTemplateForManyUnits() throws Exception {
        int documents = Integer.getInteger("documents", 5000);
        Path input = Path.of("input");
        List<TemplateCheck.SampleModel> samples = TemplateCheck.samples(DocumentKind.YEAR_END,
                TemplateCheck.meetings(input, new ArrayList<>()), input);

        int compiles = 20;
        DocxTemplate template = DocxTemplate.compile(TemplateFiles.YEAR_END);
        long compileStart = System.nanoTime();
        for (int i = 0; i < compiles; i++) {
            template = DocxTemplate.compile(TemplateFiles.YEAR_END);
        }
        double compileMs = (System.nanoTime() - compileStart) / 1e6 / compiles;

        AtomicLong bytes = new AtomicLong();
        for (int i = 0; i < 500; i++) { // warm-up: class loading and JIT are not counted
            template.fill(samples.get(i % samples.size()).model());
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            bytes.addAndGet(template.fill(samples.get(i % samples.size()).model()).length);
        }
        double oneThread = documents / ((System.nanoTime() - start) / 1e9);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / documents;

        DocxTemplate shared = template;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int first = t;
            work.add(pool.submit(() -> {
                for (int i = first; i < documents; i += 2) {
                    shared.fill(samples.get(i % samples.size()).model());
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double twoThreads = documents / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool1 -> pool1.getType() == MemoryType.HEAP)
                .mapToLong(pool1 -> pool1.getPeakUsage().getUsed())
                .sum();
        System.out.printf(Locale.ROOT, "%nDOCX fill benchmark: %s, %d sample models, %d documents, %d cores, %s%n",
                TemplateFiles.YEAR_END, samples.size(), documents, Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        System.out.printf(Locale.ROOT, "  compile once: %.1f ms (mean of %d)%n", compileMs, compiles);
        System.out.printf(Locale.ROOT, "  1 thread:  %.0f documents/s (%.2f ms each, %.2f ms of CPU), %.1f KiB per"
                + " document%n", oneThread, 1000 / oneThread, cpuMs, bytes.get() / 1024.0 / documents);
        System.out.printf(Locale.ROOT, "  2 threads: %.0f documents/s%n", twoThreads);
        System.out.printf(Locale.ROOT, "  peak heap used %.0f MiB (max heap %.0f MiB)%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
