package vn.tongket.ingest.xlsx;

/**
 * A workbook that cannot be read (not a zip, refused by the zip-bomb or XML protections, over a limit), with the
 * sheet, and where known the cell, it happened in.
 */
public class WorkbookException extends Exception {

    private final String sheet;
    private final String cell;

    public WorkbookException(String message, String sheet, String cell, Throwable cause) {
        super(message, cause);
        this.sheet = sheet;
        this.cell = cell;
    }

    public WorkbookException(String message, String sheet, String cell) {
        this(message, sheet, cell, null);
    }

    /** The sheet, or null for the workbook as a whole. */
    public String sheet() {
        return sheet;
    }

    /** The cell ("F7"), or null. */
    public String cell() {
        return cell;
    }
}
