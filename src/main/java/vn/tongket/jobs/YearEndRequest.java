package vn.tongket.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A year-end run as asked for on the command line. The year, the units and the input's fingerprint identify the
 * job instance (with a run number, so that a finished run can be made again); the folders do not.
 */
public record YearEndRequest(int year, List<String> units, Path input, Path output, Path templates) {

    static final String YEAR = "year";
    static final String UNITS = "units";
    static final String INPUT_FINGERPRINT = "inputFingerprint";
    static final String RUN = "run";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String TEMPLATES = "templates";
    static final String ALL_UNITS = "*";

    public YearEndRequest {
        units = List.copyOf(new TreeSet<>(units));
    }

    String unitsParameter() {
        return units.isEmpty() ? ALL_UNITS : String.join(",", units);
    }

    static Set<String> unitsOf(String parameter) {
        return ALL_UNITS.equals(parameter) ? Set.of() : Set.of(parameter.split(","));
    }

    JobParameters identifying(String inputFingerprint) {
        return new JobParametersBuilder()
                .addLong(YEAR, (long) year)
                .addString(UNITS, unitsParameter())
                .addString(INPUT_FINGERPRINT, inputFingerprint)
                .toJobParameters();
    }

    JobParameters toJobParameters(String inputFingerprint, long run) {
        return new JobParametersBuilder(identifying(inputFingerprint))
                .addLong(RUN, run)
                .addString(INPUT, input.toAbsolutePath().normalize().toString(), false)
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString(), false)
                .addString(TEMPLATES, templates.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }
}
