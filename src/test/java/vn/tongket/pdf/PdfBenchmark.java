package vn.tongket.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput and memory of DocxToPdf on the shipped templates filled with the sample data, warm, beside
 * LibreOffice converting the same files in one batch.
 * <p>
 * DocxToPdf: a warm-up of {@code warmup} rounds over all documents, then {@code rounds} rounds on one thread and
 * the same number spread over two threads. Memory: the peak of the heap pools during the measured rounds (reset
 * after the warm-up and a GC) and the peak resident set of the process ({@code VmHWM}).
 * <p>
 * CPU time is measured too, which gives PDFs per second per core even when other work shares the machine: for
 * DocxToPdf the converting thread's and the whole process's (which adds the garbage collector and the JIT compiler),
 * for LibreOffice user + system of the process and its children.
 * <p>
 * LibreOffice: {@code soffice --headless --convert-to pdf} over all the DOCX files in one process, under
 * {@code /usr/bin/time -f "%e %M %U %S"} (wall seconds, peak resident set in KiB, CPU seconds), {@code loRuns} times with a profile
 * made by a first, unmeasured run; then once more for each number in {@code loCopies} over that many copies of each
 * file, which spreads the start of LibreOffice over more documents. The last line gives the ratio of documents per
 * second per core, DocxToPdf on one thread (process CPU) to LibreOffice's last batch.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) vn.tongket.pdf.PdfBenchmark \
 *     [warmup=30] [rounds=100] [loRuns=3] [loCopies=10,30]
 * </pre>
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int loRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Integer> loCopies = Arrays.stream((args.length > 3 ? args[3] : "10,30").split(","))
                .map(String::strip).filter(c -> !c.isEmpty()).map(Integer::valueOf).toList();
        List<ShippedDocuments.Filled> documents = ShippedDocuments.yearEnd();
        DocxToPdf converter = new DocxToPdf();
        long bytes = 0;
        long pages = 0;
        for (ShippedDocuments.Filled d : documents) {
            byte[] pdf = converter.convert(d.docx(), d.meta()).pdf();
            bytes += pdf.length;
            pages += new org.openpdf.text.pdf.PdfReader(pdf).getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "documents: %d (%d pages, %d KiB of PDF in all); java %s; %d cores; max heap %d MiB%n",
                documents.size(), pages, bytes / 1024, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        for (int i = 0; i < warmup; i++) {
            convertAll(converter, documents);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long processCpuStart = processCpuNanos();
        for (int i = 0; i < rounds; i++) {
            convertAll(converter, documents);
        }
        double single = seconds(start);
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpu = (processCpuNanos() - processCpuStart) / 1e9;
        double singleProcessCpu = processCpu;
        int total = rounds * documents.size();
        System.out.printf(Locale.ROOT, "DocxToPdf, 1 thread: %d PDFs in %.2f s = %.1f PDFs/s (%.1f ms each); "
                + "thread CPU %.1f ms each = %.1f PDFs/s per core; process CPU %.1f ms each = %.1f PDFs/s per core%n",
                total, single, total / single, 1000 * single / total, 1000 * cpu / total, total / cpu,
                1000 * processCpu / total, total / processCpu);

        start = System.nanoTime();
        processCpuStart = processCpuNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                futures.add(pool.submit(() -> convertAll(converter, documents)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double parallel = seconds(start);
        processCpu = (processCpuNanos() - processCpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "DocxToPdf, 2 threads: %d PDFs in %.2f s = %.1f PDFs/s; process CPU %.1f ms "
                + "each = %.1f PDFs/s per core%n",
                total, parallel, total / parallel, 1000 * processCpu / total, total / processCpu);
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "DocxToPdf memory: heap pools peak %d MiB; process peak RSS (VmHWM) %s%n",
                peakHeap / (1024 * 1024), vmHwm());

        if (loRuns > 0) {
            double libreOfficePerCore = libreOffice(documents, loRuns, loCopies);
            System.out.printf(Locale.ROOT, "Per core, DocxToPdf (1 thread, process CPU) converts %.1f times as many "
                    + "documents as LibreOffice in its largest batch%n", (total / singleProcessCpu) / libreOfficePerCore);
        }
    }

    /** CPU time of the whole process: all threads, the garbage collector's and the JIT compiler's included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void convertAll(DocxToPdf converter, List<ShippedDocuments.Filled> documents) {
        for (ShippedDocuments.Filled d : documents) {
            converter.convert(d.docx(), d.meta());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String vmHwm() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                long kib = Long.parseLong(line.replaceAll("\\D", ""));
                return kib / 1024 + " MiB";
            }
        }
        return "unknown";
    }

    /**
     * One profile for all runs, made by a first, unmeasured run over the documents; then {@code runs} batches of
     * the documents and one batch of each number of copies of them.
     *
     * @return the documents per second per core of the last batch
     */
    private static double libreOffice(List<ShippedDocuments.Filled> documents, int runs, List<Integer> copies)
            throws IOException {
        Path dir = Files.createTempDirectory("lo-bench");
        String profile = "-env:UserInstallation=file://" + dir.resolve("profile");
        List<String> once = write(documents, dir, 1);
        System.out.println("LibreOffice first run (creates the profile): "
                + timeLine(FidelityReport.run(soffice(profile, dir, once))));
        double perCore = 0;
        for (int i = 0; i < runs; i++) {
            perCore = libreOfficeBatch(soffice(profile, dir, once), once.size());
        }
        for (int n : copies) {
            List<String> files = write(documents, dir, n);
            perCore = libreOfficeBatch(soffice(profile, dir, files), files.size());
        }
        return perCore;
    }

    private static List<String> write(List<ShippedDocuments.Filled> documents, Path dir, int copies)
            throws IOException {
        List<String> files = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            for (ShippedDocuments.Filled d : documents) {
                Path docx = dir.resolve(d.name() + "-" + copy + ".docx");
                Files.write(docx, d.docx());
                files.add(docx.toString());
            }
        }
        return files;
    }

    private static List<String> soffice(String profile, Path dir, List<String> files) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %M %U %S", "soffice",
                profile, "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("out").toString()));
        command.addAll(files);
        return command;
    }

    /** Runs one batch and prints its figures; returns its documents per second per core. */
    private static double libreOfficeBatch(List<String> command, int count) {
        String[] t = timeLine(FidelityReport.run(command)).split(" ");
        double wall = Double.parseDouble(t[1]);
        double cpu = Double.parseDouble(t[3]) + Double.parseDouble(t[4]);
        System.out.printf(Locale.ROOT, "LibreOffice batch: %d PDFs in %.2f s = %.2f PDFs/s; CPU %.2f s = %.2f "
                + "PDFs/s per core; peak RSS %d MiB%n",
                count, wall, count / wall, cpu, count / cpu, Long.parseLong(t[2]) / 1024);
        return count / cpu;
    }

    private static String timeLine(String output) {
        return output.lines().filter(l -> l.startsWith("TIME ")).reduce((a, b) -> b).orElse("TIME ? ? ? ?");
    }
}
