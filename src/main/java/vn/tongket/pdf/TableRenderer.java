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

    PdfPTable render(TableBlock block, FieldValues fields) {
        float[] widths = toArray(block.columnWidths());
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(alignment(block.alignment()));
        table.setHeaderRows(block.headerRows());
        // completeRow() fills a short row with copies of the default cell: make them invisible.
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        for (TableBlock.Row row : block.rows()) {
            for (TableBlock.Cell cell : row.cells()) {
                table.addCell(cell(cell, row, fields));
            }
            table.completeRow();
        }
        return block.indent() > 0f && block.alignment() == ParagraphStyle.Alignment.LEFT
                ? indented(table, block.indent(), total(widths))
                : table;
    }

    private PdfPCell cell(TableBlock.Cell cell, TableBlock.Row row, FieldValues fields) {
        PdfPCell pdfCell = new PdfPCell();
        pdfCell.setColspan(cell.columnSpan());
        pdfCell.setRowspan(cell.rowSpan());
        borders(pdfCell, cell);
        CellMargins padding = cell.padding();
        pdfCell.setPaddingTop(padding.top());
        pdfCell.setPaddingLeft(padding.left());
        pdfCell.setPaddingBottom(padding.bottom());
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
        pdfCell.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        blocks.render(cell.content(), fields, new BlockSink() {
            @Override
            public void add(Element element) {
                pdfCell.addElement(element);
            }

            @Override
            public void pageBreak() {
                // Word does not break pages inside a table cell.
            }
        });
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

    /** Shifts a table right by wrapping it in a borderless table whose first column is the indent. */
    private static PdfPTable indented(PdfPTable table, float indent, float width) {
        PdfPTable wrapper = new PdfPTable(2);
        wrapper.setTotalWidth(new float[] {indent, width});
        wrapper.setLockedWidth(true);
        wrapper.setHorizontalAlignment(Element.ALIGN_LEFT);
        PdfPCell gap = new PdfPCell();
        gap.setBorder(Rectangle.NO_BORDER);
        PdfPCell holder = new PdfPCell(table);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPadding(0f);
        wrapper.addCell(gap);
        wrapper.addCell(holder);
        return wrapper;
    }

    private static int alignment(ParagraphStyle.Alignment alignment) {
        return switch (alignment) {
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            default -> Element.ALIGN_LEFT;
        };
    }

    private static float[] toArray(List<Float> values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }

    private static float total(float[] widths) {
        float sum = 0f;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}
