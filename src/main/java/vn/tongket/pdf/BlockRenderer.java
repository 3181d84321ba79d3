package vn.tongket.pdf;

import java.util.List;

/**
 * Renders blocks into a {@link BlockSink}: paragraphs through the {@link ParagraphRenderer}, tables through the
 * {@link TableRenderer}. A block that fails to render is skipped with a warning.
 * <p>
 * One renderer serves one PDF; it is not thread-safe.
 */
final class BlockRenderer {

    private final ParagraphRenderer paragraphs;
    private final TableRenderer tables;
    private final Warnings warnings;

    BlockRenderer(FontLibrary fonts, Warnings warnings) {
        this.paragraphs = new ParagraphRenderer(fonts);
        this.tables = new TableRenderer(this);
        this.warnings = warnings;
    }

    void render(List<Block> blocks, FieldValues fields, BlockSink sink) {
        for (Block block : blocks) {
            try {
                switch (block) {
                    case ParagraphBlock paragraph -> paragraphs.render(paragraph, fields, sink);
                    case TableBlock table -> sink.add(tables.render(table, fields));
                }
            } catch (RuntimeException e) {
                warnings.add(block.location(), "not rendered (" + e + ")");
            }
        }
    }
}
