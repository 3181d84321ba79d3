package vn.tongket.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Builds the PDF outline while the body is written: when the first chunk of a heading is drawn ({@link ChunkTags}),
 * a bookmark is added for the page it landed on, at the height of its line. An entry goes below the nearest earlier
 * entry of a lower level, so skipped levels do not break the tree.
 */
final class OutlineEvent {

    private record Open(int level, PdfOutline outline) {
    }

    private final boolean hasEntries;
    private final Deque<Open> open = new ArrayDeque<>();

    /** @param body the body blocks; the paragraphs with a heading become entries */
    OutlineEvent(List<Block> body) {
        this.hasEntries = body.stream().anyMatch(b -> b instanceof ParagraphBlock p && p.heading() != null);
    }

    boolean hasEntries() {
        return hasEntries;
    }

    /** Adds the heading's entry where its first chunk was drawn. */
    void add(PdfWriter writer, ParagraphBlock.Heading heading, Rectangle rect) {
        while (!open.isEmpty() && open.peek().level() >= heading.level()) {
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek().outline();
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, 0f, rect.getTop(), 0f);
        open.push(new Open(heading.level(), new PdfOutline(parent, destination, heading.title(), true)));
    }
}
