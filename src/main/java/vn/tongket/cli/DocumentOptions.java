package vn.tongket.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.ReviewLauncher;
import vn.tongket.jobs.ReviewRequest;
import vn.tongket.jobs.RunOutcome;

/** The options every document command shares (units and folders), and running its requests one after another. */
class DocumentOptions {

    @Option(names = "--unit", paramLabel = "UNIT", split = ",",
            description = "only these units (their ids, e.g. thuong-tin); repeat or separate with commas")
    List<String> units = new ArrayList<>();

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder with the meeting files; default: ${DEFAULT-VALUE}")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "folder the drafts go to; default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "folder with the Word templates (year-end/, half-year/, mid-term/); default: ${DEFAULT-VALUE}")
    Path templates;

    /** Runs each request in turn in one application context; the exit code is the worst of the runs. */
    static int run(List<ReviewRequest> requests, PrintWriter out) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplication(TongketApplication.class).run()) {
            return runAll(context, requests, out, () -> false);
        }
    }

    /** Runs each request in turn until a stop is asked for; the exit code is the worst of the runs. */
    static int runAll(ConfigurableApplicationContext context, List<ReviewRequest> requests, PrintWriter out,
                      BooleanSupplier stopRequested) throws Exception {
        ReviewLauncher launcher = context.getBean(ReviewLauncher.class);
        int exitCode = ExitCodes.OK;
        for (ReviewRequest request : requests) {
            if (stopRequested.getAsBoolean()) {
                out.println("stopped before " + request.kind().folderName() + " " + request.period());
                break;
            }
            exitCode = worse(exitCode, report(launcher.run(request), out));
        }
        return exitCode;
    }

    /** FAILED outranks REJECTED_INPUT, which outranks OK. */
    static int worse(int a, int b) {
        return a == ExitCodes.FAILED || b == ExitCodes.FAILED ? ExitCodes.FAILED : Math.max(a, b);
    }

    static int report(RunOutcome outcome, PrintWriter out) {
        if (outcome.alreadyFinished()) {
            out.printf("%s: already finished on this run date (execution %d); not run again%n", outcome.period(),
                    outcome.executionId());
            return ExitCodes.OK;
        }
        int entries = outcome.units() + outcome.summaries();
        out.printf("%s, execution %d%s: %s, %d units%s (%d made, %d unchanged), %d rejected input files%n",
                outcome.period(), outcome.executionId(), outcome.restarted() ? " (restarted)" : "",
                outcome.status(), outcome.units(),
                outcome.summaries() == 0 ? "" : " and " + outcome.summaries() + " across units",
                outcome.unitsMade(), entries - outcome.unitsMade(), outcome.rejectedFiles());
        if (outcome.status() == org.springframework.batch.core.BatchStatus.STOPPED) {
            out.println("stopped; the same command restarts it where it stopped");
            return ExitCodes.FAILED;
        }
        if (!outcome.succeeded()) {
            out.println("failed: " + outcome.failure());
            out.println("run the same command again to restart it once the cause is fixed");
            return ExitCodes.FAILED;
        }
        out.println("report: " + outcome.report());
        return outcome.rejectedFiles() > 0 ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
    }
}
