package vn.tongket.jobs;

/**
 * What a person is told when something fails: the cause they can act on, not the chain of framework wrappers
 * around it (a Spring bean that could not be created because another process holds the database, say). Used for
 * failed runs and failed commands alike.
 */
public final class FailureMessage {

    private static final int LONGEST_USEFUL_WRAPPER = 200;

    private FailureMessage() {
    }

    public static String of(Throwable failure) {
        Throwable root = failure;
        Throwable database = null;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof java.sql.SQLException) {
                database = root;
            }
        }
        if (database != null && database != root) {
            // the driver says which server and why ("Connection to 127.0.0.1:5433 refused"); the socket below it
            // only says "Connection refused"
            return "database: " + database.getMessage();
        }
        String top = failure.getMessage();
        String cause = String.valueOf(root.getMessage());
        if (root == failure || top == null) {
            return cause;
        }
        if (top.contains(cause)) {
            return top;
        }
        return top.length() > LONGEST_USEFUL_WRAPPER ? cause : top + ": " + cause;
    }
}
