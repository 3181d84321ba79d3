package vn.tongket.cli;

/**
 * What a person is told when a command fails: the cause they can act on, not the chain of framework wrappers
 * around it (a Spring bean that could not be created because another process holds the database, say).
 */
final class FailureMessage {

    private FailureMessage() {
    }

    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == failure || root.getMessage() == null) {
            return String.valueOf(failure.getMessage());
        }
        String top = failure.getMessage();
        return top == null || top.length() > 200 ? root.getMessage() : top + ": " + root.getMessage();
    }
}
