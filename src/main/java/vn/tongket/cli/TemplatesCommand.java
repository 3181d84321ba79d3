package vn.tongket.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Commands about the Word templates: {@code tongket templates check}. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Commands about the Word templates.",
        subcommands = TemplatesCheckCommand.class)
public class TemplatesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check");
    }
}
