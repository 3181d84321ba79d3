package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Turns a {@code w:tbl} element into a {@link TableBlock}: the column grid, row heights, cell spans
 * ({@code w:gridSpan}, {@code w:vMerge}), borders resolved per cell edge from the table style, the table and the
 * cell, cell margins, vertical alignment and shading. Cell content is read by the {@link BlockReader}.
 */
final class TableReader {

    /** Width given to grid columns that the document does not size, in points (Word's 1-inch default). */
    private static final float FALLBACK_COLUMN_WIDTH_PT = 72f;

    private final StyleResolver styles;
    private final BlockReader blocks;
    private final boolean textAlignedTables;

    /** @param textAlignedTables see {@link BlockReader#BlockReader} */
    TableReader(StyleResolver styles, BlockReader blocks, boolean textAlignedTables) {
        this.styles = styles;
        this.blocks = blocks;
        this.textAlignedTables = textAlignedTables;
    }

    /** A cell as found in the XML, before vertical merges are folded into row spans. */
    private static final class SourceCell {
        final Element tc;
        final int rowIndex;
        final int firstColumn;
        final int columnSpan;
        int rowSpan = 1;
        /** The last cell of a vertical merge; its bottom border closes the merged cell. */
        Element lastMergedTc;

        SourceCell(Element tc, int rowIndex, int firstColumn, int columnSpan) {
            this.tc = tc;
            this.rowIndex = rowIndex;
            this.firstColumn = firstColumn;
            this.columnSpan = columnSpan;
            this.lastMergedTc = tc;
        }
    }

    /** A row as found in the XML: its cells (merge continuations removed) and the columns it leaves empty. */
    private record SourceRow(Element tr, int gridBefore, List<SourceCell> cells, int columnsUsed) {
    }

    TableBlock read(Element tbl, String location, float availableWidth) {
        Element tblPr = child(tbl, "tblPr");
        StyleResolver.TableStyle tableStyle = styles.tableStyle(attr(child(tblPr, "tblStyle"), "val"));
        TableProperties properties = tableStyle.table().overlay(TableProperties.read(tblPr));
        CellMargins cellMargins = CellMargins.WORD_DEFAULT.overlay(properties.cellMargins());

        List<SourceRow> rows = readRows(tbl);
        int columnCount = rows.stream().mapToInt(SourceRow::columnsUsed).max().orElse(0);
        List<Float> widths = columnWidths(tbl, tblPr, columnCount, availableWidth);
        columnCount = widths.size();

        List<TableBlock.Row> result = new ArrayList<>();
        int headerRows = 0;
        boolean inHeader = true;
        for (int r = 0; r < rows.size(); r++) {
            SourceRow row = rows.get(r);
            Element trPr = child(row.tr(), "trPr");
            inHeader = inHeader && Boolean.TRUE.equals(WordXml.onOff(trPr, "tblHeader"));
            if (inHeader) {
                headerRows++;
            }
            String rowLocation = location + ", row " + (r + 1);
            List<TableBlock.Cell> cells = new ArrayList<>();
            if (row.gridBefore() > 0) {
                cells.add(emptyCell(row.gridBefore()));
            }
            int cellNumber = 0;
            for (SourceCell cell : row.cells()) {
                cellNumber++;
                int span = Math.min(cell.columnSpan, columnCount - cell.firstColumn);
                if (span > 0) {
                    cells.add(cell(cell, span, rows.size(), columnCount, properties.borders(), cellMargins,
                            tableStyle, rowLocation + ", cell " + cellNumber));
                }
            }
            if (row.columnsUsed() < columnCount) {
                cells.add(emptyCell(columnCount - row.columnsUsed()));
            }
            Element height = child(trPr, "trHeight");
            Float heightPt = WordXml.twipsAttrPt(height, "val");
            String rule = attr(height, "hRule");
            result.add(new TableBlock.Row(
                    heightPt == null || "auto".equals(rule) ? 0f : heightPt,
                    "exact".equals(rule),
                    Boolean.TRUE.equals(WordXml.onOff(trPr, "cantSplit")),
                    cells));
        }
        result = withWiderBordersBetweenRows(result, columnCount);
        ParagraphStyle.Alignment alignment =
                properties.alignment() == null ? ParagraphStyle.Alignment.LEFT : properties.alignment();
        float indent = properties.indent() == null ? 0f : properties.indent();
        if (textAlignedTables && alignment == ParagraphStyle.Alignment.LEFT) {
            indent -= cellMargins.left();
        }
        return new TableBlock(location, widths, alignment, indent, headerRows == rows.size() ? 0 : headerRows, result);
    }

    /**
     * The rows with the line between two rows resolved as Word and LibreOffice do: where the bottom border of a
     * cell is wider than the top border of the cell below it, the wider one is the line between them, and it takes
     * its width of room between the rows (a double line under a header row, for example).
     */
    private static List<TableBlock.Row> withWiderBordersBetweenRows(List<TableBlock.Row> rows, int columnCount) {
        TableBlock.Cell[] above = new TableBlock.Cell[columnCount];
        int[] aboveEnds = new int[columnCount];
        List<TableBlock.Row> resolved = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            TableBlock.Row row = rows.get(r);
            List<TableBlock.Cell> cells = new ArrayList<>(row.cells().size());
            int column = 0;
            for (TableBlock.Cell cell : row.cells()) {
                while (column < columnCount && aboveEnds[column] > r) {
                    column++; // a cell merged down from a row above stands here
                }
                TableBlock.Cell resolvedCell = cell;
                TableBlock.Cell over = column < columnCount && r > 0 ? above[column] : null;
                if (over != null && over.bottom().widthPt() > cell.top().widthPt()) {
                    resolvedCell = cell.withTop(over.bottom());
                }
                cells.add(resolvedCell);
                for (int c = column; c < Math.min(columnCount, column + cell.columnSpan()); c++) {
                    above[c] = cell;
                    aboveEnds[c] = r + cell.rowSpan();
                }
                column += cell.columnSpan();
            }
            resolved.add(new TableBlock.Row(row.height(), row.exactHeight(), row.cantSplit(), cells));
        }
        return resolved;
    }

    /**
     * Reads the rows and folds vertical merges: a {@code w:vMerge} continuation adds one to the row span of the
     * cell above it in the same column and is dropped; a continuation with nothing to continue is a plain cell.
     */
    private List<SourceRow> readRows(Element tbl) {
        List<SourceRow> rows = new ArrayList<>();
        Map<Integer, SourceCell> openMerges = new HashMap<>();
        for (Element tr : rowElements(tbl)) {
            Element trPr = child(tr, "trPr");
            int gridBefore = nonNegative(WordXml.intAttr(child(trPr, "gridBefore"), "val"));
            int gridAfter = nonNegative(WordXml.intAttr(child(trPr, "gridAfter"), "val"));
            int column = gridBefore;
            List<SourceCell> cells = new ArrayList<>();
            for (Element tc : cellElements(tr)) {
                Element tcPr = child(tc, "tcPr");
                int span = Math.max(1, nonNegative(WordXml.intAttr(child(tcPr, "gridSpan"), "val")));
                Element vMerge = child(tcPr, "vMerge");
                String mergeValue = attr(vMerge, "val");
                SourceCell above = openMerges.get(column);
                if (vMerge != null && !"restart".equals(mergeValue) && above != null) {
                    above.rowSpan++;
                    above.lastMergedTc = tc;
                } else {
                    SourceCell cell = new SourceCell(tc, rows.size(), column, span);
                    cells.add(cell);
                    if (vMerge != null) {
                        openMerges.put(column, cell);
                    } else {
                        openMerges.remove(column);
                    }
                }
                column += span;
            }
            rows.add(new SourceRow(tr, gridBefore, cells, column + gridAfter));
        }
        return rows;
    }

    private static List<Element> rowElements(Element tbl) {
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows);
        return rows;
    }

    private static List<Element> cellElements(Element tr) {
        List<Element> cells = new ArrayList<>();
        collect(tr, "tc", cells);
        return cells;
    }

    /** Collects the named children, looking through content controls and custom XML wrappers. */
    private static void collect(Element parent, String localName, List<Element> out) {
        for (Element e : WordXml.children(parent)) {
            if (WordXml.isW(e, localName)) {
                out.add(e);
            } else if (WordXml.isW(e, "sdt")) {
                collect(child(e, "sdtContent"), localName, out);
            } else if (WordXml.isW(e, "customXml")) {
                collect(e, localName, out);
            }
        }
    }

    /** Grid column widths; when the grid is missing or unusable, an even split of the table or text width. */
    private static List<Float> columnWidths(Element tbl, Element tblPr, int columnCount, float availableWidth) {
        List<Float> grid = new ArrayList<>();
        for (Element gridCol : WordXml.children(child(tbl, "tblGrid"), "gridCol")) {
            Float width = WordXml.twipsAttrPt(gridCol, "w");
            grid.add(width == null || width <= 0 ? null : width);
        }
        if (!grid.isEmpty() && !grid.contains(null)) {
            float average = (float) grid.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
            while (grid.size() < columnCount) {
                grid.add(average);
            }
            return grid;
        }
        int count = Math.max(Math.max(columnCount, grid.size()), 1);
        float tableWidth = tableWidth(child(tblPr, "tblW"), availableWidth);
        float each = tableWidth > 0 ? tableWidth / count : FALLBACK_COLUMN_WIDTH_PT;
        List<Float> even = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            even.add(each);
        }
        return even;
    }

    /** The preferred table width ({@code w:tblW}) in points; the available width when it is automatic or unreadable. */
    private static float tableWidth(Element tblW, float availableWidth) {
        String type = attr(tblW, "type");
        String raw = attr(tblW, "w");
        if (raw == null) {
            return availableWidth;
        }
        try {
            if ("pct".equals(type)) {
                double percent = raw.endsWith("%")
                        ? Double.parseDouble(raw.substring(0, raw.length() - 1))
                        : Double.parseDouble(raw) / 50.0;
                return (float) (availableWidth * percent / 100.0);
            }
        } catch (NumberFormatException e) {
            return availableWidth;
        }
        Float width = "dxa".equals(type) || type == null ? WordXml.lengthPt(raw) : null;
        return width == null || width <= 0 ? availableWidth : width;
    }

    private TableBlock.Cell cell(SourceCell source, int span, int rowCount, int columnCount, Borders tableBorders,
                                 CellMargins tableMargins, StyleResolver.TableStyle tableStyle, String location) {
        Element tcPr = child(source.tc, "tcPr");
        Borders own = Borders.read(child(tcPr, "tcBorders"));
        Borders closing = Borders.read(child(child(source.lastMergedTc, "tcPr"), "tcBorders"));
        boolean firstRow = source.rowIndex == 0;
        boolean lastRow = source.rowIndex + source.rowSpan >= rowCount;
        boolean firstColumn = source.firstColumn == 0;
        boolean lastColumn = source.firstColumn + span >= columnCount;
        Border top = edge(own, Borders.Side.TOP, tableBorders, firstRow ? Borders.Side.TOP : Borders.Side.INSIDE_H);
        Border bottom = edge(closing, Borders.Side.BOTTOM, tableBorders,
                lastRow ? Borders.Side.BOTTOM : Borders.Side.INSIDE_H);
        Border left = edge(own, Borders.Side.LEFT, tableBorders,
                firstColumn ? Borders.Side.LEFT : Borders.Side.INSIDE_V);
        Border right = edge(own, Borders.Side.RIGHT, tableBorders,
                lastColumn ? Borders.Side.RIGHT : Borders.Side.INSIDE_V);
        CellMargins padding = tableMargins.overlay(CellMargins.read(child(tcPr, "tcMar")));
        Color background = WordXml.color(attr(child(tcPr, "shd"), "fill"));
        List<Block> content = blocks.readCell(source.tc, location, tableStyle);
        return new TableBlock.Cell(span, source.rowSpan, top, left, bottom, right, padding,
                verticalAlignment(attr(child(tcPr, "vAlign"), "val")), background, content);
    }

    private static Border edge(Borders cell, Borders.Side cellSide, Borders table, Borders.Side tableSide) {
        Border own = cell.get(cellSide);
        if (own != null) {
            return own;
        }
        Border inherited = table.get(tableSide);
        return inherited != null ? inherited : Border.NONE;
    }

    private static TableBlock.VerticalAlignment verticalAlignment(String value) {
        if ("center".equals(value)) {
            return TableBlock.VerticalAlignment.CENTER;
        } else if ("bottom".equals(value)) {
            return TableBlock.VerticalAlignment.BOTTOM;
        }
        return TableBlock.VerticalAlignment.TOP;
    }

    private static TableBlock.Cell emptyCell(int span) {
        return new TableBlock.Cell(span, 1, Border.NONE, Border.NONE, Border.NONE, Border.NONE,
                CellMargins.WORD_DEFAULT,
                TableBlock.VerticalAlignment.TOP, null, List.of());
    }

    private static int nonNegative(Integer value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
