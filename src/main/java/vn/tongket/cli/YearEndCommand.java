package vn.tongket.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tongket.jobs.ReviewRequest;

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

    @Mixin
    DocumentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        years.forEach(year -> Years.check(spec, "--year", year));
        return DocumentOptions.run(years.stream()
                .map(year -> ReviewRequest.yearEnd(year, options.units, options.input, options.output,
                        options.templates))
                .toList(), spec.commandLine().getOut());
    }
}
