package vn.tongket.ingest;

/**
 * Something wrong (or worth a warning) in one input file, with the place in it. For a JSON file: a JSON pointer
 * ("/indicators/3/actual") and, where the file could be read that far, the line and column. For a workbook: the
 * pointer holds the sheet and cell ("Chỉ tiêu!F7"), the sheet and row ("Chỉ tiêu!7:7") or the sheet alone, and
 * line and column are null.
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

    /** A problem in a workbook, at a cell ("F7"), a row ("7:7") or, with a null {@code ref}, a whole sheet. */
    public static InputProblem inWorkbook(Severity severity, String file, String sheet, String ref, String message) {
        return new InputProblem(severity, file, sheet == null ? null : ref == null ? sheet : sheet + "!" + ref,
                null, null, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * "input/a.json:12:7 (/indicators/3/actual): expected a number, found text", or for a workbook
     * "input/a.xlsx (sheet Chỉ tiêu, cell F7): expected a number, found "nhiều"".
     */
    public String describe() {
        StringBuilder out = new StringBuilder(file);
        if (line != null) {
            out.append(':').append(line);
            if (column != null) {
                out.append(':').append(column);
            }
        }
        if (pointer != null && !pointer.isEmpty()) {
            out.append(" (").append(pointer.startsWith("/") ? pointer : workbookPlace(pointer)).append(')');
        }
        out.append(severity == Severity.WARNING ? ": warning: " : ": ").append(message);
        return out.toString();
    }

    /** "Chỉ tiêu!F7" → "sheet Chỉ tiêu, cell F7"; "Chỉ tiêu!7:7" → "sheet Chỉ tiêu, row 7". */
    static String workbookPlace(String place) {
        int bang = place.lastIndexOf('!');
        if (bang < 0) {
            return "sheet " + place;
        }
        String ref = place.substring(bang + 1);
        int colon = ref.indexOf(':');
        return "sheet " + place.substring(0, bang)
                + (colon >= 0 ? ", row " + ref.substring(0, colon) : ", cell " + ref);
    }
}
