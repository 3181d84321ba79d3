package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Renders blocks into a {@link BlockSink}: paragraphs through the {@link ParagraphRenderer}, tables through the
 * {@link TableRenderer}. A block that fails to render is skipped with a warning.
 * <p>
 * One renderer serves one PDF; it is not thread-safe.
 */
final class BlockRenderer {

    /** Taller than any page, so that a measured block never runs out of room. */
    private static final float MEASURING_HEIGHT = 100_000f;
    /** Under widow and orphan control a paragraph of this many lines or fewer is never split across pages. */
    private static final int UNSPLITTABLE_LINES = 3;

    private final ParagraphRenderer paragraphs;
    private final TableRenderer tables;
    private final Warnings warnings;

    /**
     * @param defaultTabStop       the interval of the default tab stops, in points
     * @param expandLineBreakLines whether a justified line that ends in a line break is stretched
     */
    BlockRenderer(PdfContext context, Warnings warnings, float defaultTabStop, boolean expandLineBreakLines) {
        this.paragraphs = new ParagraphRenderer(context, defaultTabStop, expandLineBreakLines);
        context.blocks(this);
        this.tables = new TableRenderer(this);
        this.warnings = warnings;
    }

    void render(List<Block> blocks, FieldValues fields, BlockSink sink) {
        for (Block block : blocks) {
            render(block, fields, sink);
        }
    }

    void render(Block block, FieldValues fields, BlockSink sink) {
        try {
            switch (block) {
                case ParagraphBlock paragraph -> paragraphs.render(paragraph, fields, sink);
                case TableBlock table -> sink.add(tables.render(table, fields, sink.width()));
            }
        } catch (RuntimeException e) {
            warnings.add(block.location(), "not rendered (" + e + ")");
        }
    }

    /** The block rendered for a column of the given width, as the elements it is made of. */
    List<Element> elements(Block block, FieldValues fields, float width) {
        List<Element> elements = new ArrayList<>();
        render(block, fields, BlockSink.withoutPageBreaks(elements::add, width));
        return elements;
    }

    /**
     * Writes elements that {@link #elements} gave into the sink; a block that fails to be written is skipped with a
     * warning, as in {@link #render(Block, FieldValues, BlockSink)}.
     */
    void write(Block block, List<Element> elements, BlockSink sink) {
        try {
            elements.forEach(sink::add);
        } catch (RuntimeException e) {
            warnings.add(block.location(), "not rendered (" + e + ")");
        }
    }

    /**
     * The height the block takes when laid out in the given width, space before and after included.
     *
     * @param elements the block rendered in that width ({@link #elements}); laying them out does not change them
     */
    float height(Block block, List<Element> elements, float width) {
        return measure(block, elements, width).height();
    }

    /** A block laid out in a column of a width: its height, space before and after included, and its lines. */
    private record Measure(float height, int lines) {
    }

    private Measure measure(Block block, List<Element> elements, float width) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0f, 0f, width, MEASURING_HEIGHT);
        elements.forEach(column::addElement);
        column.go(true);
        // A column ignores the space before its first paragraph.
        float spaceBefore = block instanceof ParagraphBlock paragraph ? paragraph.style().spaceBefore() : 0f;
        return new Measure(MEASURING_HEIGHT - column.getYLine() + spaceBefore, column.getLinesWritten());
    }

    /**
     * Renders the content of a table cell as LibreOffice lays it out, and gives how far its first line reaches
     * above the cell's top padding. LibreOffice puts the extra of proportional line spacing above each line but a
     * paragraph's first, which takes the extra of the paragraph before it instead (none at the top of the cell or
     * after a table), and puts below the cell's last paragraph the extra of that paragraph's own font. Here the
     * lines carry their extra above the text ({@link ParagraphRenderer#renderInCell}); the space between paragraphs
     * and below the last makes up the difference, and the first line's extra is the returned overhang, which the
     * cell's top padding takes back.
     */
    float renderCell(List<Block> content, FieldValues fields, BlockSink sink) {
        float overhang = 0f;
        float extraBefore = 0f;
        for (int i = 0; i < content.size(); i++) {
            Block block = content.get(i);
            if (block instanceof ParagraphBlock paragraph && paragraph.style().box() == null) {
                float extra = paragraphs.lineSpacingExtra(paragraph);
                ParagraphStyle style = paragraph.style();
                float before = style.spaceBefore() + (i == 0 ? 0f : extraBefore - extra);
                float after = style.spaceAfter() + (i == content.size() - 1 ? paragraphs.paragraphFontExtra(paragraph)
                        : 0f);
                if (i == 0) {
                    overhang = extra;
                }
                try {
                    paragraphs.renderInCell(paragraph.withStyle(style.withSpacing(before, after)), fields, sink);
                } catch (RuntimeException e) {
                    warnings.add(block.location(), "not rendered (" + e + ")");
                }
                extraBefore = extra;
            } else {
                render(block, fields, sink);
                extraBefore = 0f;
            }
        }
        return overhang;
    }

    /** How far a paragraph's lines may reach into the bottom margin (its proportional line spacing); 0 for tables. */
    float lineSpacingExtra(Block block) {
        return block instanceof ParagraphBlock paragraph ? paragraphs.lineSpacingExtra(paragraph) : 0f;
    }

    /**
     * The height that must follow a keep-with-next paragraph on its page: the first line of a paragraph; under widow
     * control its first two lines, or all of it when it has three lines or fewer (it cannot be split then); all of a
     * paragraph whose lines stay together; the first row of a table.
     *
     * @param elements the block rendered in the width ({@link #elements}), asked for only when needed
     */
    float firstLinesHeight(Block block, Supplier<List<Element>> elements, FieldValues fields, float width) {
        return switch (block) {
            case ParagraphBlock paragraph -> {
                float first = paragraphs.firstLineHeight(paragraph);
                ParagraphStyle style = paragraph.style();
                if (!style.widowControl() && !style.keepLines()) {
                    yield first;
                }
                Measure measure = measure(block, elements.get(), width);
                float content = measure.height() - style.spaceAfter();
                if (style.keepLines() || measure.lines() <= UNSPLITTABLE_LINES) {
                    yield content;
                }
                yield first + (first - style.spaceBefore());
            }
            case TableBlock table -> {
                List<Element> rendered = elements.get();
                yield rendered.size() == 1 && rendered.getFirst() instanceof PdfPTable pdfTable
                        ? pdfTable.getRowHeight(0)
                        : tables.render(table, fields, width).getRowHeight(0); // fails as it failed to render
            }
        };
    }
}
