package vn.tongket.ingest;

/**
 * Something wrong (or worth a warning) in one input file, with the place in it: a JSON pointer and, where the file
 * could be read that far, the line and column.
 */
public record InputProblem(Severity severity, String file, String pointer, Integer line, Integer column,
                           String message) {

    public enum Severity { ERROR, WARNING }

    public static InputProblem error(String file, String pointer, Integer line, Integer column, String message) {
        return new InputProblem(Severity.ERROR, file, pointer, line, column, message);
    }

    public static InputProblem warning(String file, String pointer, Integer line, Integer column, String message) {
        return new InputProblem(Severity.WARNING, file, pointer, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "input/a.json:12:7 (/indicators/3/actual): expected a number, found text". */
    public String describe() {
        StringBuilder out = new StringBuilder(file);
        if (line != null) {
            out.append(':').append(line);
            if (column != null) {
                out.append(':').append(column);
            }
        }
        if (pointer != null && !pointer.isEmpty()) {
            out.append(" (").append(pointer).append(')');
        }
        out.append(severity == Severity.WARNING ? ": warning: " : ": ").append(message);
        return out.toString();
    }
}
