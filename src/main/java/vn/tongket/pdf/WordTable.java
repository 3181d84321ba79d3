package vn.tongket.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPRow;
import org.openpdf.text.pdf.PdfPTable;

/**
 * An OpenPDF table that knows which of its rows must not break across pages ({@code w:cantSplit}). OpenPDF can only
 * keep rows whole for a whole table ({@link #setSplitLate}); the body flow sets that page by page for the row that
 * meets the page end ({@link FlowColumn}). OpenPDF copies a table and its rows as it breaks them, so a row is known
 * by what its cells hold, which the copies share.
 */
final class WordTable extends PdfPTable {

    private final Set<Object> unsplittableContent = Collections.newSetFromMap(new IdentityHashMap<>());

    WordTable(int columns) {
        super(columns);
    }

    /** Marks the cell, added to a row that must not break, as part of it. */
    void keepWhole(PdfPCell cell) {
        unsplittableContent.addAll(cell.getCompositeElements());
    }

    boolean hasUnsplittableRows() {
        return !unsplittableContent.isEmpty();
    }

    /** Whether row {@code index} of {@code table}, this table or OpenPDF's copy of it, must not break. */
    boolean mustNotSplit(PdfPTable table, int index) {
        PdfPRow row = index >= 0 && index < table.size() ? table.getRow(index) : null;
        if (row == null) {
            return false;
        }
        for (PdfPCell cell : row.getCells()) {
            if (cell != null && cell.getCompositeElements() != null) {
                for (Object element : cell.getCompositeElements()) {
                    if (unsplittableContent.contains(element)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
