package vn.tongket.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import vn.tongket.render.DocumentKind;

/**
 * A run as asked for on the command line: which document, for which period (and as-of date), which units. The
 * period, as-of date, units, output folder and the input's fingerprint identify the job instance (with a run number,
 * so that a finished run can be made again), so a rerun into another output folder is a new run rather than a restart
 * that would write into the old one; the input and templates folders do not.
 */
public record ReviewRequest(DocumentKind kind, String period, LocalDate asOf, List<String> units, Path input,
                            Path output, Path templates, LocalDate runDate) {

    static final String PERIOD = "period";
    static final String AS_OF = "asOf";
    static final String UNITS = "units";
    static final String INPUT_FINGERPRINT = "inputFingerprint";
    static final String RUN = "run";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String TEMPLATES = "templates";
    static final String ALL_UNITS = "*";
    static final String NO_DATE = "-";
    static final String RUN_DATE = "runDate";

    public ReviewRequest {
        units = List.copyOf(new TreeSet<>(units));
    }

    /** A run asked for by hand: identified by its input's fingerprint and a run number, made in full. */
    public ReviewRequest(DocumentKind kind, String period, LocalDate asOf, List<String> units, Path input, Path output,
                         Path templates) {
        this(kind, period, asOf, units, input, output, templates, null);
    }

    /** A nightly run: identified by its run date, so that a second start the same night restarts or refuses it. */
    public boolean nightly() {
        return runDate != null;
    }

    /** A year-end run for one year. */
    public static ReviewRequest yearEnd(int year, List<String> units, Path input, Path output, Path templates) {
        return new ReviewRequest(DocumentKind.YEAR_END, Integer.toString(year), null, units, input, output,
                templates);
    }

    /** A mid-term run for one term ({@code 2020-2025}) as of a date; a null date takes the default (the data's). */
    public static ReviewRequest midTerm(String term, LocalDate asOf, List<String> units, Path input, Path output,
                                        Path templates) {
        return new ReviewRequest(DocumentKind.MID_TERM, term, asOf, units, input, output, templates);
    }

    String unitsParameter() {
        return units.isEmpty() ? ALL_UNITS : String.join(",", units);
    }

    static Set<String> unitsOf(String parameter) {
        return ALL_UNITS.equals(parameter) ? Set.of() : Set.of(parameter.split(","));
    }

    static LocalDate asOfOf(String parameter) {
        return parameter == null || NO_DATE.equals(parameter) ? null : LocalDate.parse(parameter);
    }

    RunScope scope() {
        return new RunScope(period, asOf, Set.copyOf(units), input);
    }

    JobParameters identifying(String inputFingerprint) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(PERIOD, period)
                .addString(AS_OF, asOf == null ? NO_DATE : asOf.toString())
                .addString(UNITS, unitsParameter())
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString());
        return (nightly() ? builder.addString(RUN_DATE, runDate.toString())
                : builder.addString(INPUT_FINGERPRINT, inputFingerprint)).toJobParameters();
    }

    /** The parameters of a new run; {@code run} numbers the runs asked for by hand and is not used for nightly ones. */
    JobParameters toJobParameters(String inputFingerprint, long run) {
        JobParametersBuilder builder = new JobParametersBuilder(identifying(inputFingerprint));
        if (!nightly()) {
            builder.addLong(RUN, run);
        }
        return builder
                .addString(INPUT, input.toAbsolutePath().normalize().toString(), false)
                .addString(TEMPLATES, templates.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }
}
