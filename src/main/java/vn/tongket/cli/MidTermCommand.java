package vn.tongket.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tongket.aggregate.ReviewTerm;
import vn.tongket.jobs.ReviewRequest;

/** Runs the mid-term job. */
@Command(name = "mid-term", mixinStandardHelpOptions = true,
        description = {
            "Makes the mid-term assessment pack (báo cáo sơ kết giữa nhiệm kỳ) of every unit with meetings about the",
            "term up to the as-of date: output/mid-term/<term>/<unit>/ with the report (.docx, .pdf), the indicator",
            "annex (phu-luc-chi-tieu.xlsx) and all of them in goi-so-ket-giua-nhiem-ky.zip with a manifest; and the",
            "summary across the units under one superior in output/mid-term/<term>/_summary/.",
            "A run that failed is restarted when run again with the same options."})
public class MidTermCommand implements Callable<Integer> {

    @Option(names = "--term", required = true, paramLabel = "FROM-TO",
            description = "the congress term, e.g. 2020-2025")
    String term;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "count the meetings dated up to this day, e.g. 2023-04-07; default: the date of the latest"
                    + " meeting in the input about the term")
    String asOf;

    @Mixin
    DocumentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReviewTerm reviewTerm;
        try {
            reviewTerm = ReviewTerm.ofKey(term);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--term: " + e.getMessage());
        }
        Years.check(spec, "--term", reviewTerm.from());
        Years.check(spec, "--term", reviewTerm.to());
        LocalDate date = asOf == null ? null : date(asOf);
        if (date != null && date.isBefore(reviewTerm.start())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--as-of " + asOf + " is before the term "
                    + reviewTerm.key() + " starts (" + reviewTerm.start() + "); give a date in the term");
        }
        ReviewRequest request = ReviewRequest.midTerm(reviewTerm.key(), date, options.units, options.input,
                options.output, options.templates);
        return DocumentOptions.run(List.of(request), spec.commandLine().getOut());
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--as-of must be a date written 2023-04-07, not \"" + text + "\"");
        }
    }
}
