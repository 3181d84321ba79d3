package vn.tongket.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.NightlyPlanner;
import vn.tongket.jobs.ReviewRequest;

/** Runs every document the input supports, once per run date: the command for cron and systemd timers. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {
            "Makes every document configured in tongket.nightly.documents (default: all) for every period the",
            "input has data for: each year (year-end), half year (half-year) and term (mid-term). Only units",
            "whose data, templates or product version changed since their last good run are made again.",
            "The run date identifies the night: a second start the same date restarts what failed and",
            "leaves what finished."})
public class NightlyCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the run date; default: today in the configured time zone (tongket.nightly.zone)")
    String date;

    @Mixin
    DocumentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate runDate = parseDate();
        try (ConfigurableApplicationContext context = new SpringApplication(TongketApplication.class).run()) {
            return runNight(context, runDate == null ? ScheduleCommand.today(context) : runDate, options,
                    spec.commandLine().getOut(), () -> false);
        }
    }

    private LocalDate parseDate() {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--date must be a date written 2026-11-23, found \"" + date + "\"");
        }
    }

    /** One night's runs, in the context given; shared with {@code schedule}. */
    static int runNight(ConfigurableApplicationContext context, LocalDate runDate, DocumentOptions options,
                        PrintWriter out, BooleanSupplier stopRequested) throws Exception {
        List<ReviewRequest> requests = context.getBean(NightlyPlanner.class)
                .plan(runDate, options.units, options.input, options.output, options.templates);
        out.printf("nightly %s: %d runs%n", runDate, requests.size());
        if (requests.isEmpty()) {
            out.println("the input has no valid meeting for any configured document; nothing to make");
            return ExitCodes.OK;
        }
        return DocumentOptions.runAll(context, requests, out, stopRequested);
    }
}
