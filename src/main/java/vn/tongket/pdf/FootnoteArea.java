package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The footnotes at the foot of each page, laid out as LibreOffice lays out those of a DOCX: a separator line a
 * quarter of the text width long and 0.5 pt thick with 2.85 pt above and below it, then the notes in the order of
 * their marks, the last one ending on the bottom margin. The body column keeps clear of the area the notes of its
 * page take: those whose mark is drawn on the page and those of the block being laid out.
 * <p>
 * A note whose mark lands on a page is drawn at the foot of that page. The block being laid out reserves room for
 * all its notes on each page it runs onto until their marks are drawn, so a long paragraph whose note's mark lies on
 * its second page ends its first page a little early. A note is not split across pages.
 * <p>
 * One area serves one PDF; it is not thread-safe.
 */
final class FootnoteArea {

    /** LibreOffice's separator: 0.018 cm thick, a quarter of the text width long, 0.101 cm above and below. */
    private static final float SEPARATOR_WIDTH_SHARE = 0.25f;
    private static final float SEPARATOR_LINE_PT = 0.51f;
    private static final float SEPARATOR_SPACE_PT = 2.86f;
    private static final float SEPARATOR_HEIGHT_PT = 2 * SEPARATOR_SPACE_PT + SEPARATOR_LINE_PT;
    private static final float MEASURING_HEIGHT = 100_000f;
    /** Notes hold no page fields that change; their fields show what Word last stored. */
    private static final FieldValues STORED_FIELDS = Inline.PageField::cachedResult;

    /** The notes of the block being laid out whose marks are not drawn yet. */
    private final Set<Inline.Note> expected = new LinkedHashSet<>();
    /** The notes whose marks are drawn on the current page, in that order. */
    private final Set<Inline.Note> placed = new LinkedHashSet<>();
    private final Map<Inline.Note, Float> heights = new IdentityHashMap<>();

    /** The notes a block refers to: in its paragraphs, and in those of its table cells. */
    static List<Inline.Note> in(Block block) {
        List<Inline.Note> notes = new ArrayList<>();
        collect(block, notes);
        return notes;
    }

    private static void collect(Block block, List<Inline.Note> notes) {
        switch (block) {
            case ParagraphBlock paragraph -> paragraph.inlines().stream().filter(Inline.Note.class::isInstance)
                    .map(Inline.Note.class::cast).forEach(notes::add);
            case TableBlock table -> table.rows().forEach(row -> row.cells().forEach(cell ->
                    cell.content().forEach(content -> collect(content, notes))));
        }
    }

    /** The notes of the block that is laid out next (none between blocks). */
    void expect(Collection<Inline.Note> notes) {
        expected.clear();
        notes.stream().filter(note -> !placed.contains(note)).forEach(expected::add);
    }

    /** The mark of the note is drawn on the current page. */
    void placed(Inline.Note note) {
        expected.remove(note);
        placed.add(note);
    }

    /** The height the notes of the current page take at its foot, separator included; 0 without notes. */
    float reserved(BlockRenderer blocks, float width) {
        if (expected.isEmpty() && placed.isEmpty()) {
            return 0f;
        }
        float height = SEPARATOR_HEIGHT_PT;
        for (Inline.Note note : placed) {
            height += height(note, blocks, width);
        }
        for (Inline.Note note : expected) {
            height += height(note, blocks, width);
        }
        return height;
    }

    /** Draws the notes whose marks are on the page that ends, at its foot, and starts the next page without any. */
    void drawPage(PdfWriter writer, PageSetup page, BlockRenderer blocks) {
        if (placed.isEmpty()) {
            return;
        }
        float width = page.textWidth();
        float notesHeight = 0f;
        for (Inline.Note note : placed) {
            notesHeight += height(note, blocks, width);
        }
        float left = page.marginLeft();
        float notesTop = page.marginBottom() + notesHeight;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setLineWidth(SEPARATOR_LINE_PT);
        float lineY = notesTop + SEPARATOR_SPACE_PT + SEPARATOR_LINE_PT / 2f;
        canvas.moveTo(left, lineY);
        canvas.lineTo(left + width * SEPARATOR_WIDTH_SHARE, lineY);
        canvas.stroke();
        canvas.restoreState();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, page.marginBottom() - 1f, left + width, notesTop);
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        for (Inline.Note note : placed) {
            blocks.render(note.body(), STORED_FIELDS, BlockSink.withoutPageBreaks(column::addElement, width));
        }
        column.go();
        placed.clear();
    }

    private float height(Inline.Note note, BlockRenderer blocks, float width) {
        return heights.computeIfAbsent(note, n -> {
            ColumnText column = new ColumnText(null);
            column.setSimpleColumn(0f, 0f, width, MEASURING_HEIGHT);
            blocks.render(n.body(), STORED_FIELDS, BlockSink.withoutPageBreaks(column::addElement, width));
            column.go(true);
            return MEASURING_HEIGHT - column.getYLine();
        });
    }
}
