package vn.tongket.pdf;

import java.awt.Color;
import java.util.List;

/**
 * A table ready to be laid out: a column grid and rows of cells. Cells covered by a vertical merge are not listed;
 * the merge's first cell carries the row span instead.
 *
 * @param columnWidths widths of the grid columns in points ({@code w:tblGrid})
 * @param indent       distance of the table's left edge from the margin, in points
 * @param headerRows   number of leading rows repeated at the top of each page
 */
record TableBlock(String location, List<Float> columnWidths, ParagraphStyle.Alignment alignment, float indent,
                  int headerRows, List<Row> rows) implements Block {

    TableBlock {
        columnWidths = List.copyOf(columnWidths);
        rows = List.copyOf(rows);
    }

    /**
     * @param height      the row height in points, or 0 for "as tall as the content"
     * @param exactHeight whether the height is exact rather than a minimum
     * @param cantSplit   whether the row must not break across pages ({@code w:cantSplit})
     * @param cells       the cells in column order, including empty fillers for {@code w:gridBefore}/{@code w:gridAfter}
     */
    record Row(float height, boolean exactHeight, boolean cantSplit, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param padding    cell margins in points, every side set
     * @param background shading colour, or null
     */
    record Cell(int columnSpan, int rowSpan, Border top, Border left, Border bottom, Border right,
                CellMargins padding, VerticalAlignment verticalAlignment, Color background, List<Block> content) {
        Cell {
            content = List.copyOf(content);
        }

        Cell withTop(Border border) {
            return new Cell(columnSpan, rowSpan, border, left, bottom, right, padding, verticalAlignment, background,
                    content);
        }
    }

    enum VerticalAlignment { TOP, CENTER, BOTTOM }
}
