package vn.tongket.cli;

import picocli.CommandLine;

/** The range of years the commands accept. */
final class Years {

    static final int FIRST = 1930;
    static final int LAST = 2100;

    private Years() {
    }

    static void check(CommandLine.Model.CommandSpec spec, String option, int year) {
        if (year < FIRST || year > LAST) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be between " + FIRST + " and " + LAST + ", found " + year);
        }
    }
}
