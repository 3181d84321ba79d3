package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Lays out a {@link TableBlock} as an OpenPDF table with fixed column widths. */
final class TableRenderer {

    private final BlockRenderer blocks;

    TableRenderer(BlockRenderer blocks) {
        this.blocks = blocks;
    }

    /**
     * @param availableWidth the width of the column the table is placed in, which a negative indent needs
     */
    PdfPTable render(TableBlock block, FieldValues fields, float availableWidth) {
        List<Float> widths = block.columnWidths();
        float tableWidth = (float) widths.stream().mapToDouble(Float::doubleValue).sum();
        Placement placement = Placement.of(block, tableWidth, availableWidth);
        float[] columns = new float[widths.size() + (placement.spacer() > 0f ? 1 : 0)];
        int first = placement.spacerFirst() ? 1 : 0;
        for (int i = 0; i < widths.size(); i++) {
            columns[first + i] = widths.get(i);
        }
        if (placement.spacer() > 0f) {
            columns[placement.spacerFirst() ? 0 : columns.length - 1] = placement.spacer();
        }
        WordTable table = new WordTable(columns.length);
        table.setTotalWidth(columns);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(placement.alignment());
        table.setHeaderRows(block.headerRows());
        // Word breaks a row across pages unless it says otherwise. OpenPDF chooses for the whole table: BodyFlow
        // chooses page by page for a table in the body, a table in a cell keeps all rows whole if one must be.
        table.setSplitLate(block.rows().stream().anyMatch(TableBlock.Row::cantSplit));
        // completeRow() fills a short row with copies of the default cell: make them invisible.
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        List<TableBlock.Row> rows = block.rows();
        for (int rowIndex = 0; rowIndex < rows.size(); rowIndex++) {
            TableBlock.Row row = rows.get(rowIndex);
            if (placement.spacer() > 0f && placement.spacerFirst()) {
                table.addCell(spacerCell());
            }
            int column = 0;
            for (TableBlock.Cell cell : row.cells()) {
                float cellWidth = 0f;
                for (int i = column; i < Math.min(column + cell.columnSpan(), widths.size()); i++) {
                    cellWidth += widths.get(i);
                }
                column += cell.columnSpan();
                boolean lastRow = rowIndex + cell.rowSpan() >= rows.size();
                PdfPCell pdfCell = cell(cell, row, lastRow, fields, cellWidth);
                if (row.cantSplit()) {
                    table.keepWhole(pdfCell);
                }
                table.addCell(pdfCell);
            }
            if (placement.spacer() > 0f && !placement.spacerFirst()) {
                table.addCell(spacerCell());
            }
            table.completeRow();
        }
        return table;
    }

    /**
     * How a table is shifted by its indent: OpenPDF places tables only at the left edge, centred or at the right
     * edge, so an indent becomes an empty spacer column, on the left for a positive indent, or on the right of a
     * right-aligned table for a negative one.
     */
    private record Placement(int alignment, float spacer, boolean spacerFirst) {

        static Placement of(TableBlock block, float tableWidth, float availableWidth) {
            if (block.alignment() != ParagraphStyle.Alignment.LEFT) {
                return new Placement(TableRenderer.alignment(block.alignment()), 0f, false);
            }
            float indent = block.indent();
            if (indent > 0f) {
                return new Placement(Element.ALIGN_LEFT, indent, true);
            }
            float rightSpace = availableWidth - indent - tableWidth;
            if (indent < 0f && rightSpace >= 0f) {
                return new Placement(Element.ALIGN_RIGHT, rightSpace, false);
            }
            return new Placement(Element.ALIGN_LEFT, 0f, false);
        }
    }

    private static PdfPCell spacerCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        return cell;
    }

    /**
     * @param lastRow whether the cell reaches the table's last row
     * @param width   the width of the grid columns the cell spans
     */
    private PdfPCell cell(TableBlock.Cell cell, TableBlock.Row row, boolean lastRow, FieldValues fields,
                          float width) {
        PdfPCell pdfCell = new PdfPCell();
        pdfCell.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        pdfCell.setColspan(cell.columnSpan());
        pdfCell.setRowspan(cell.rowSpan());
        borders(pdfCell, cell);
        CellMargins padding = cell.padding();
        float overhang = blocks.renderCell(cell.content(), fields,
                BlockSink.withoutPageBreaks(pdfCell::addElement, width - padding.left() - padding.right()));
        // a horizontal border line takes room of its own between the rows, as in Word and LibreOffice
        pdfCell.setPaddingTop(padding.top() + (cell.top().isVisible() ? cell.top().widthPt() : 0f) - overhang);
        pdfCell.setPaddingLeft(padding.left());
        pdfCell.setPaddingBottom(padding.bottom()
                + (lastRow && cell.bottom().isVisible() ? cell.bottom().widthPt() : 0f));
        pdfCell.setPaddingRight(padding.right());
        pdfCell.setVerticalAlignment(switch (cell.verticalAlignment()) {
            case TOP -> Element.ALIGN_TOP;
            case CENTER -> Element.ALIGN_MIDDLE;
            case BOTTOM -> Element.ALIGN_BOTTOM;
        });
        if (cell.background() != null) {
            pdfCell.setBackgroundColor(cell.background());
        }
        if (row.height() > 0f) {
            if (row.exactHeight()) {
                pdfCell.setFixedHeight(row.height());
            } else {
                pdfCell.setMinimumHeight(row.height());
            }
        }
        return pdfCell;
    }

    private static void borders(PdfPCell pdfCell, TableBlock.Cell cell) {
        pdfCell.setBorder(Rectangle.NO_BORDER);
        pdfCell.setUseVariableBorders(true);
        int sides = Rectangle.NO_BORDER;
        if (cell.top().isVisible()) {
            sides |= Rectangle.TOP;
            pdfCell.setBorderWidthTop(cell.top().widthPt());
            pdfCell.setBorderColorTop(cell.top().color());
        }
        if (cell.left().isVisible()) {
            sides |= Rectangle.LEFT;
            pdfCell.setBorderWidthLeft(cell.left().widthPt());
            pdfCell.setBorderColorLeft(cell.left().color());
        }
        if (cell.bottom().isVisible()) {
            sides |= Rectangle.BOTTOM;
            pdfCell.setBorderWidthBottom(cell.bottom().widthPt());
            pdfCell.setBorderColorBottom(cell.bottom().color());
        }
        if (cell.right().isVisible()) {
            sides |= Rectangle.RIGHT;
            pdfCell.setBorderWidthRight(cell.right().widthPt());
            pdfCell.setBorderColorRight(cell.right().color());
        }
        pdfCell.setBorder(sides);
    }

    private static int alignment(ParagraphStyle.Alignment alignment) {
        return switch (alignment) {
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            default -> Element.ALIGN_LEFT;
        };
    }
}
