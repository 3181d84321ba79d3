package vn.tongket.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The body's column, which can tell which row of the table it is writing would meet the column's bottom: OpenPDF
 * finds that row inside {@code go()} and keeps it to itself, and whether that row breaks or moves to the next page
 * is decided by the table's {@link PdfPTable#setSplitLate} flag, which {@link BodyFlow} sets for that row.
 */
final class FlowColumn extends ColumnText {

    FlowColumn(PdfContentByte canvas) {
        super(canvas);
    }

    /** The table at the head of the column (OpenPDF's copy of it once it has broken a row), or null. */
    PdfPTable table() {
        if (compositeElements == null || compositeElements.isEmpty()) {
            return null;
        }
        Element head = compositeElements.getFirst();
        return head instanceof PdfPTable table ? table : null;
    }

    /**
     * The first row of {@link #table()} that does not fit between the current line and the column's bottom, found
     * as {@code ColumnText.goComposite} finds it (header rows repeated above the rows left, no footer rows), or -1
     * when the rest of the table fits.
     */
    int firstRowThatDoesNotFit() {
        PdfPTable table = table();
        if (table == null) {
            return -1;
        }
        float y = getYLine();
        if (!isAdjustFirstLine() && listIdx == 0) {
            y -= table.spacingBefore(); // OpenPDF's "first pass" is its adjustFirstLine
        }
        table.calculateHeights(true);
        y -= table.getHeaderHeight();
        for (int row = Math.max(listIdx, table.getHeaderRows()); row < table.size(); row++) {
            float height = table.getRowHeight(row);
            if (y - height < minY) {
                return row;
            }
            y -= height;
        }
        return -1;
    }
}
