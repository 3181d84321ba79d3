package vn.tongket.ingest.xlsx;

import org.apache.poi.ss.util.CellReference;

/**
 * One cell as the sheet stores it, before any interpretation.
 *
 * @param row           the row number as Excel shows it (1-based)
 * @param column        the column index (0 = A)
 * @param type          how the value is stored
 * @param raw           the stored value: the text, or the number exactly as written in the file ("2167.098")
 * @param dateFormat    a number shown as a date
 * @param percentFormat a number shown as a percentage (0.8767 shown as 87,67%)
 */
public record SheetCell(int row, int column, Type type, String raw, boolean dateFormat, boolean percentFormat) {

    public enum Type {
        TEXT,
        NUMBER,
        BOOLEAN,
        /** an ISO 8601 date stored as such (t="d"), rare. */
        ISO_DATE,
        /** an Excel error value such as #N/A or #VALUE!. */
        ERROR,
        /** a formula whose result was never saved. */
        FORMULA_WITHOUT_VALUE
    }

    /** "F7". */
    public String ref() {
        return CellReference.convertNumToColString(column) + row;
    }

    /** Holds nothing a person typed: no value, or text that is only spaces. */
    public boolean isBlank() {
        return raw == null || (type == Type.TEXT && raw.isBlank());
    }
}
