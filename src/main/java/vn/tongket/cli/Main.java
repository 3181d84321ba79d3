package vn.tongket.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tongket.jobs.FailureMessage;

/** The command line: {@code tongket year-end | half-year | mid-term | validate | templates check | jobs}, each with --help. */
@Command(name = "tongket",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Makes review document drafts (DOCX and PDF) for Party committees from meeting data.",
        subcommands = {YearEndCommand.class, HalfYearCommand.class, MidTermCommand.class, NightlyCommand.class,
            ScheduleCommand.class, ValidateCommand.class, TemplatesCommand.class,
            JobsCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   done",
            "  1   failed (a rerun with the same options restarts the run)",
            "  2   done, but some input was rejected (see the run report);",
            "      validate: some input files are invalid; templates check: some templates are wrong",
            " 64   wrong command line"})
public class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        applyExitCodes(commandLine);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("tongket: " + FailureMessage.of(e)));
            return ExitCodes.FAILED;
        });
        return commandLine;
    }

    private static void applyExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILED);
        commandLine.getSubcommands().values().forEach(Main::applyExitCodes);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: year-end, half-year, mid-term, validate, templates or jobs");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tongket " + vn.tongket.ProductVersion.current()};
        }
    }
}
