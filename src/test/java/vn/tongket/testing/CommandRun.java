package vn.tongket.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs the command line in this JVM and keeps what it printed, as a user at a terminal would see it. */
public final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Supplier<CommandLine> commandLines;

    /** @param commandLines a new command line for each execution, as each process of the product has its own */
    public CommandRun(Supplier<CommandLine> commandLines) {
        this.commandLines = commandLines;
    }

    /** Runs one command; what it prints is added to {@link #out()} and {@link #err()}. */
    public int execute(String... args) {
        CommandLine commandLine = commandLines.get();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
