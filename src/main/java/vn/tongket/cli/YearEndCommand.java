package vn.tongket.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.RunOutcome;
import vn.tongket.jobs.YearEndLauncher;
import vn.tongket.jobs.YearEndRequest;

/** Runs the year-end job. */
@Command(name = "year-end", mixinStandardHelpOptions = true,
        description = {
            "Makes the year-end review draft (báo cáo kiểm điểm) of every unit with meetings about the year:",
            "output/year-end/<year>/<unit>/<template>.docx and .pdf, plus run-report.json and run-report.txt.",
            "A run that failed is restarted when run again with the same options."})
public class YearEndCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YEAR", split = ",",
            description = "the year under review, e.g. 2023; several years (2021,2022,2023) run one after another")
    List<Integer> years;

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
            description = "folder with the Word templates (year-end/*.docx); default: ${DEFAULT-VALUE}")
    Path templates;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (int year : years) {
            if (year < 1930 || year > 2100) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--year must be between 1930 and 2100, found " + year);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        SpringApplication application = new SpringApplication(TongketApplication.class);
        int exitCode = ExitCodes.OK;
        try (ConfigurableApplicationContext context = application.run()) {
            YearEndLauncher launcher = context.getBean(YearEndLauncher.class);
            for (int year : years) {
                RunOutcome outcome = launcher.run(new YearEndRequest(year, units, input, output, templates));
                exitCode = worse(exitCode, report(outcome, out));
            }
        }
        return exitCode;
    }

    /** FAILED outranks REJECTED_INPUT, which outranks OK. */
    private static int worse(int a, int b) {
        return a == ExitCodes.FAILED || b == ExitCodes.FAILED ? ExitCodes.FAILED : Math.max(a, b);
    }

    static int report(RunOutcome outcome, PrintWriter out) {
        out.printf("year-end %s, execution %d%s: %s, %d units, %d rejected input files%n", outcome.period(),
                outcome.executionId(),
                outcome.restarted() ? " (restarted)" : "", outcome.status(), outcome.units(),
                outcome.rejectedFiles());
        if (!outcome.succeeded()) {
            out.println("failed: " + outcome.failure());
            out.println("run the same command again to restart it once the cause is fixed");
            return ExitCodes.FAILED;
        }
        out.println("report: " + outcome.report());
        return outcome.rejectedFiles() > 0 ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
    }
}
