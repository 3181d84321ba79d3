package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.pdf.ColumnText;

/**
 * Renders blocks into a {@link BlockSink}: paragraphs through the {@link ParagraphRenderer}, tables through the
 * {@link TableRenderer}. A block that fails to render is skipped with a warning.
 * <p>
 * One renderer serves one PDF; it is not thread-safe.
 */
final class BlockRenderer {

    /** Taller than any page, so that a measured block never runs out of room. */
    private static final float MEASURING_HEIGHT = 100_000f;

    private final ParagraphRenderer paragraphs;
    private final TableRenderer tables;
    private final Warnings warnings;

    /** @param defaultTabStop the interval of the default tab stops, in points */
    BlockRenderer(PdfContext context, Warnings warnings, float defaultTabStop) {
        this.paragraphs = new ParagraphRenderer(context, defaultTabStop);
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

    /** The height the block takes when laid out in the given width, space before and after included. */
    float height(Block block, FieldValues fields, float width) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0f, 0f, width, MEASURING_HEIGHT);
        render(block, fields, BlockSink.withoutPageBreaks(column::addElement, width));
        column.go(true);
        // A column ignores the space before its first paragraph.
        float spaceBefore = block instanceof ParagraphBlock paragraph ? paragraph.style().spaceBefore() : 0f;
        return MEASURING_HEIGHT - column.getYLine() + spaceBefore;
    }

    /**
     * The height that must follow a keep-with-next paragraph on its page: the first line of a paragraph (its first
     * two under widow control, when it has more than one), or the first row of a table.
     */
    float firstLinesHeight(Block block, FieldValues fields, float width) {
        return switch (block) {
            case ParagraphBlock paragraph -> {
                float first = paragraphs.firstLineHeight(paragraph);
                if (!paragraph.style().widowControl()) {
                    yield first;
                }
                float content = height(block, fields, width) - paragraph.style().spaceAfter();
                float leading = first - paragraph.style().spaceBefore();
                yield content - first > leading / 2 ? first + Math.min(content - first, leading) : first;
            }
            case TableBlock table -> tables.render(table, fields, width).getRowHeight(0);
        };
    }
}
