package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;

import org.w3c.dom.Element;

/**
 * Table-level properties ({@code w:tblPr}) as set by a table style or on the table itself; null fields inherit.
 *
 * @param alignment horizontal position of the table (left, center or right)
 * @param indent    {@code w:tblInd}: distance of the table's left edge from the margin, in points
 */
record TableProperties(ParagraphStyle.Alignment alignment, Float indent, Borders borders, CellMargins cellMargins) {

    static final TableProperties EMPTY = new TableProperties(null, null, Borders.EMPTY, CellMargins.EMPTY);

    static TableProperties read(Element tblPr) {
        if (tblPr == null) {
            return EMPTY;
        }
        Element indent = child(tblPr, "tblInd");
        String indentType = attr(indent, "type");
        return new TableProperties(
                alignment(attr(child(tblPr, "jc"), "val")),
                indentType == null || indentType.equals("dxa") ? WordXml.twipsAttrPt(indent, "w") : null,
                Borders.read(child(tblPr, "tblBorders")),
                CellMargins.read(child(tblPr, "tblCellMar")));
    }

    private static ParagraphStyle.Alignment alignment(String jc) {
        if (jc == null) {
            return null;
        }
        return switch (jc) {
            case "center" -> ParagraphStyle.Alignment.CENTER;
            case "right", "end" -> ParagraphStyle.Alignment.RIGHT;
            default -> ParagraphStyle.Alignment.LEFT;
        };
    }

    TableProperties overlay(TableProperties top) {
        return new TableProperties(
                top.alignment != null ? top.alignment : alignment,
                top.indent != null ? top.indent : indent,
                borders.overlay(top.borders),
                cellMargins.overlay(top.cellMargins));
    }
}
