package vn.tongket.cli;

/** The exit codes of every command, as documented in README.md. */
public final class ExitCodes {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The run failed (or could not start); the run report and the log say why. A rerun restarts it. */
    public static final int FAILED = 1;
    /**
     * The run finished, but some input was rejected (for validate: some input is invalid; for templates check: some
     * templates are wrong).
     */
    public static final int REJECTED_INPUT = 2;
    /** The command line itself was wrong. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
