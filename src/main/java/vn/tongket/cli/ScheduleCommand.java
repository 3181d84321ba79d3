package vn.tongket.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.DocumentPlans;
import vn.tongket.jobs.NightlyProperties;
import vn.tongket.staging.ScheduleLock;

/**
 * Stays running and makes the nightly documents on the cron expression of tongket.nightly.cron. On SIGTERM (or
 * Ctrl-C) a running job is stopped, so that the next start restarts it, and the process ends.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {
            "Runs the nightly documents on the schedule of tongket.nightly.cron (default 02:00 every night)",
            "until stopped. SIGTERM stops a running job cleanly; the next start restarts it. Only one process",
            "may use the embedded database at a time, and only one schedule may run against a PostgreSQL",
            "database (schema): a second one is refused."})
public class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    @Mixin
    DocumentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private volatile boolean stopping;
    private final CountDownLatch wake = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SpringApplication application = new SpringApplication(TongketApplication.class);
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run();
        Optional<ScheduleLock> lock = ScheduleLock.acquire(context.getBean(DataSource.class));
        if (lock.isEmpty()) {
            context.close();
            spec.commandLine().getErr().println("tongket: another tongket schedule runs against this database;"
                    + " only one may (stop it first)");
            return ExitCodes.FAILED;
        }
        Thread hook = new Thread(() -> stop(context), "tongket-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ScheduleLock held = lock.get()) {
            NightlyProperties nightly = context.getBean(NightlyProperties.class);
            CronExpression cron = CronExpression.parse(nightly.cron());
            ZoneId zone = zone(nightly);
            out.printf("schedule: %s (%s); stop with SIGTERM or Ctrl-C%n", nightly.cron(), zone);
            out.flush();
            int exitCode = ExitCodes.OK;
            while (!stopping) {
                ZonedDateTime next = cron.next(ZonedDateTime.now(zone));
                if (next == null) {
                    out.println("schedule: the cron expression gives no next time; stopping");
                    break;
                }
                log.info("Next nightly run at {}", next);
                if (wake.await(Duration.between(ZonedDateTime.now(zone), next).toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
                exitCode = DocumentOptions.worse(exitCode,
                        NightlyCommand.runNight(context, next.toLocalDate(), options, out, () -> stopping));
                out.flush();
            }
            return stopping ? ExitCodes.OK : exitCode;
        } finally {
            context.close();
            finished.countDown();
        }
    }

    /** Stops the running job, if any, waits for the loop to end, and lets the JVM exit. */
    private void stop(ConfigurableApplicationContext context) {
        stopping = true;
        wake.countDown();
        try {
            JobRepository repository = context.getBean(JobRepository.class);
            JobOperator operator = context.getBean(JobOperator.class);
            for (var plan : context.getBean(DocumentPlans.class).all()) {
                for (JobExecution running : repository.findRunningJobExecutions(plan.jobName())) {
                    log.warn("Stopping {} execution {}; the next start restarts it", plan.jobName(),
                            running.getId());
                    operator.stop(running);
                }
            }
        } catch (Exception e) {
            log.warn("Could not stop the running job: {}", e.toString());
        }
        try {
            finished.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ZoneId zone(NightlyProperties nightly) {
        return nightly.zone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(nightly.zone());
    }

    /** Today in the configured time zone: the default run date. */
    static LocalDate today(ConfigurableApplicationContext context) {
        return LocalDate.now(zone(context.getBean(NightlyProperties.class)));
    }
}
