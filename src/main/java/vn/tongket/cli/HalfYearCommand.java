package vn.tongket.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.jobs.ReviewRequest;
import vn.tongket.render.DocumentKind;

/** Runs the half-year job. */
@Command(name = "half-year", mixinStandardHelpOptions = true,
        description = {
            "Makes the half-year review draft (báo cáo sơ kết 6 tháng) of every unit with meetings about the half",
            "year: output/half-year/<year>-h<half>/<unit>/<template>.docx and .pdf, plus the run report.",
            "A run that failed is restarted when run again with the same options."})
public class HalfYearCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the year, e.g. 2020")
    int year;

    @Option(names = "--half", required = true, paramLabel = "1|2",
            description = "1 for the first six months (6 tháng đầu năm), 2 for the last six")
    int half;

    @Mixin
    DocumentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Years.check(spec, "--year", year);
        if (half != 1 && half != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--half must be 1 or 2, found " + half);
        }
        ReviewRequest request = new ReviewRequest(DocumentKind.HALF_YEAR, ReviewPeriod.half(year, half).key(), null,
                options.units, options.input, options.output, options.templates);
        return DocumentOptions.run(List.of(request), spec.commandLine().getOut());
    }
}
