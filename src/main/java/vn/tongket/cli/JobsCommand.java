package vn.tongket.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.RunHistory;

/** Lists past runs from the job repository, and marks a run left "running" by a stopped process as failed. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {
            "Lists past runs, newest first: execution, start, job, period, status, units made (of a completed run),",
            "rejected input files and duration. Works for every job (yearEnd, and any job added later).",
            "--recover marks a run that a stopped process left STARTED as FAILED, so that running the same command",
            "again restarts it: only needed on a shared (PostgreSQL) database; the embedded database does it by itself."})
public class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--last", paramLabel = "N", defaultValue = "20",
            description = "how many runs to show; default: ${DEFAULT-VALUE}")
    int last;

    @Option(names = "--job", paramLabel = "NAME",
            description = "only the runs of this job: yearEnd (or yearEndJob), ...")
    String job;

    @Option(names = "--recover", paramLabel = "EXECUTION",
            description = "mark this execution failed, after making sure that no process runs it any more")
    Long recover;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (last < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--last must be at least 1, found " + last);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = new SpringApplication(TongketApplication.class).run()) {
            if (recover != null) {
                return recover(context, recover, out);
            }
            String jobName = job == null || job.endsWith("Job") ? job : job + "Job";
            List<RunHistory.Run> runs = context.getBean(RunHistory.class).latest(last, jobName);
            out.printf("%-9s %-19s %-10s %-10s %-9s %5s %8s %9s%n", "execution", "started", "job", "period",
                    "status", "units", "rejected", "duration");
            for (RunHistory.Run run : runs) {
                out.printf("%-9d %-19s %-10s %-10s %-9s %5s %8d %9s%n", run.execution(),
                        run.started() == null ? "" : START.format(run.started()),
                        run.job().replaceFirst("Job$", ""), run.period(), run.status(),
                        run.units() == null ? "-" : run.units().toString(), run.rejectedFiles(),
                        seconds(run.duration()));
            }
            if (runs.isEmpty()) {
                out.println(job == null ? "no runs yet" : "no runs of " + job + " yet");
            }
        }
        return ExitCodes.OK;
    }

    private static int recover(ConfigurableApplicationContext context, long id, PrintWriter out) {
        JobExecution execution;
        try {
            execution = context.getBean(JobRepository.class).getJobExecution(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException unknown) {
            execution = null; // the JDBC repository of Spring Batch 6 throws where its interface promises null
        }
        if (execution == null) {
            out.println("no execution " + id + "; see tongket jobs for the executions");
            return ExitCodes.FAILED;
        }
        if (!execution.getStatus().isRunning()) {
            out.println("execution " + id + " is " + execution.getStatus() + ", not running; nothing to recover");
            return ExitCodes.OK;
        }
        JobExecution recovered = context.getBean(JobOperator.class).recover(execution);
        out.println("execution " + id + " (" + execution.getJobInstance().getJobName() + ") marked "
                + recovered.getStatus() + "; run the same command again to restart it");
        return ExitCodes.OK;
    }

    private static String seconds(Duration duration) {
        return duration == null ? "" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
