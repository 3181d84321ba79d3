package vn.tongket.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.RunHistory;

/** Lists past runs from the job repository. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Lists past runs, newest first: execution, start, job, period, status, units made,"
                + " rejected input files and duration.")
public class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--last", paramLabel = "N", defaultValue = "20",
            description = "how many runs to show; default: ${DEFAULT-VALUE}")
    int last;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = new SpringApplication(TongketApplication.class).run()) {
            List<RunHistory.Run> runs = context.getBean(RunHistory.class).latest(last);
            out.printf("%-9s %-19s %-10s %-6s %-9s %5s %8s %9s%n", "execution", "started", "job", "period",
                    "status", "units", "rejected", "duration");
            for (RunHistory.Run run : runs) {
                out.printf("%-9d %-19s %-10s %-6s %-9s %5d %8d %9s%n", run.execution(),
                        run.started() == null ? "" : START.format(run.started()),
                        run.job().replace("Job", ""), run.period(), run.status(), run.units(),
                        run.rejectedFiles(), seconds(run.duration()));
            }
            if (runs.isEmpty()) {
                out.println("no runs yet");
            }
        }
        return ExitCodes.OK;
    }

    private static String seconds(Duration duration) {
        return duration == null ? "" : String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
