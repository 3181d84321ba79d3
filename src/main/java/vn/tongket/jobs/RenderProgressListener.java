package vn.tongket.jobs;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.tongket.staging.StagingStore;

/**
 * Shows how far the render step has got: units done of all the run's units, and the time left at the pace of this
 * execution. At a terminal it is one line rewritten in place; otherwise (cron, systemd, a log file) a log line at
 * each tenth of the units and at least every 30 seconds. Units rendered by an earlier attempt of a restarted run
 * count as done.
 * <p>
 * Register it on the partitioned render step and on its worker step; it tells them apart by the worker's step
 * name, which Spring Batch makes "worker:partition".
 */
@Component
public class RenderProgressListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RenderProgressListener.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(30).toNanos();

    private final StagingStore store;
    private final LongSupplier clock;
    private final Console terminal;
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();

    @Autowired
    public RenderProgressListener(StagingStore store) {
        this(store, System::nanoTime, terminal());
    }

    RenderProgressListener(StagingStore store, LongSupplier clock, Console terminal) {
        this.store = store;
        this.clock = clock;
        this.terminal = terminal;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (isWorker(stepExecution)) {
            return;
        }
        long instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        int total = store.summarizedUnits(instance).size();
        int earlier = store.renderedUnitCount(instance);
        running.put(stepExecution.getJobExecutionId(), new Progress(total, earlier, clock.getAsLong()));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Progress progress = running.get(stepExecution.getJobExecutionId());
        if (progress == null) {
            return null;
        }
        if (isWorker(stepExecution)) {
            if (stepExecution.getFailureExceptions().isEmpty()) {
                unitDone(progress);
            }
        } else {
            running.remove(stepExecution.getJobExecutionId());
            if (terminal != null && progress.shown > 0) {
                terminal.writer().println();
                terminal.flush();
            }
        }
        return null;
    }

    private void unitDone(Progress progress) {
        synchronized (progress) {
            progress.doneHere++;
            long now = clock.getAsLong();
            Duration elapsed = Duration.ofNanos(now - progress.started);
            int done = Math.min(progress.total, progress.earlier + progress.doneHere);
            String line = line(done, progress.total, progress.doneHere, elapsed);
            if (terminal != null) {
                PrintWriter out = terminal.writer();
                out.print("\r" + line + " ".repeat(Math.max(0, progress.shown - line.length())));
                out.flush();
                progress.shown = line.length();
            } else if (done == progress.total || tenth(done, progress.total) > tenth(progress.logged, progress.total)
                    || now - progress.loggedAt >= LOG_INTERVAL_NANOS) {
                log.info(line);
                progress.logged = done;
                progress.loggedAt = now;
            }
        }
    }

    /** "render: 12 of 40 units, about 35 s left"; the pace is that of the units this execution rendered. */
    static String line(int done, int total, int doneHere, Duration elapsed) {
        String units = "render: " + done + " of " + total + " unit" + (total == 1 ? "" : "s");
        if (done >= total) {
            return units + ", done in " + duration(elapsed);
        }
        Duration left = elapsed.multipliedBy(total - done).dividedBy(Math.max(1, doneHere));
        return units + ", about " + duration(left) + " left";
    }

    private static String duration(Duration d) {
        long seconds = Math.round(d.toMillis() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static int tenth(int done, int total) {
        return total == 0 ? 0 : done * 10 / total;
    }

    private static boolean isWorker(StepExecution stepExecution) {
        return stepExecution.getStepName().contains(":");
    }

    /** The terminal the product runs at, or null under cron, systemd or a redirection. */
    private static Console terminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            // Java 22 and later may hand out a console for redirected streams too; isTerminal tells them apart
            Object isTerminal = Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(isTerminal) ? console : null;
        } catch (ReflectiveOperationException beforeJava22) {
            return console;
        }
    }

    private static final class Progress {
        final int total;
        final int earlier;
        final long started;
        int doneHere;
        int logged;
        long loggedAt;
        int shown;

        Progress(int total, int earlier, long started) {
            this.total = total;
            this.earlier = earlier;
            this.started = started;
            this.logged = earlier;
            this.loggedAt = started;
        }
    }
}
