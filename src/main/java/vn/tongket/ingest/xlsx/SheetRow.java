package vn.tongket.ingest.xlsx;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** One row of a sheet: its number as Excel shows it and its cells by column index. */
public record SheetRow(int number, SortedMap<Integer, SheetCell> cells) {

    public SheetRow {
        cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    /** The cell in a column, or null where the row has none. */
    public SheetCell cell(int column) {
        return cells.get(column);
    }

    /** No cell of the row holds anything. */
    public boolean isBlank() {
        return cells.values().stream().allMatch(SheetCell::isBlank);
    }
}
