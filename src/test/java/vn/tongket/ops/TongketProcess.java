package vn.tongket.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The product as a separate process, as cron or a person starts it: the JDK running these tests, the test class path
 * and {@code vn.tongket.cli.Main}, with no terminal. What it prints (standard output and error together) is kept line by line, so a
 * test can wait for a line and kill the process there.
 */
final class TongketProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private TongketProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofVirtual().start(this::readLines);
    }

    /**
     * @param environment added to this JVM's environment (TONGKET_DB_DIR, say)
     * @param properties  Java system properties (-D) of the child: Spring settings such as logging levels
     */
    static TongketProcess start(Map<String, String> environment, List<String> properties, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // short runs on two shared cores: the JIT's top tier and a parallel collector cost more than they save
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.tongket.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new TongketProcess(builder.start());
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException closed) {
            // the process was killed
        }
    }

    /** Waits for a line the process prints; fails with what it printed if the process ends or time runs out. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError("the awaited line did not come; the process printed:\n" + output());
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
            }
        }
    }

    /** SIGKILL, as the kernel's OOM killer or a power cut would stop it: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join();
    }

    /** SIGTERM, as systemd or Ctrl-C stops it: the shutdown hooks run. */
    void terminate() {
        process.destroy();
    }

    /** The exit code, once the process ended by itself (or after {@link #terminate()}). */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not finish in " + timeout + "; it printed:\n" + output());
        }
        reader.join();
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
