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
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
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
