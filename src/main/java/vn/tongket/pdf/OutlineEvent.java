package vn.tongket.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Builds the PDF outline while the body is written: the first chunk of each heading carries a generic tag, and
 * when that chunk is drawn this event adds a bookmark to the page it landed on, at the height of its line. An
 * entry goes below the nearest earlier entry of a lower level, so skipped levels do not break the tree.
 */
final class OutlineEvent extends PdfPageEventHelper {

    private record Open(int level, PdfOutline outline) {
    }

    private final Map<String, ParagraphBlock.Heading> headings = new HashMap<>();
    private final Set<String> added = new HashSet<>();
    private final Deque<Open> open = new ArrayDeque<>();

    /** @param body the body blocks; the paragraphs with a heading become entries */
    OutlineEvent(List<Block> body) {
        for (Block block : body) {
            if (block instanceof ParagraphBlock paragraph && paragraph.heading() != null) {
                headings.put(tag(paragraph), paragraph.heading());
            }
        }
    }

    boolean hasEntries() {
        return !headings.isEmpty();
    }

    /** The generic tag that the first chunk of a heading paragraph carries. */
    static String tag(ParagraphBlock paragraph) {
        return "outline:" + paragraph.location();
    }

    /** Tags the chunk as the place of the paragraph's outline entry. */
    static void mark(Chunk chunk, ParagraphBlock paragraph) {
        chunk.setGenericTag(tag(paragraph));
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        ParagraphBlock.Heading heading = headings.get(text);
        if (heading == null || !added.add(text)) {
            return; // not a heading, or the rest of a chunk that was split across lines
        }
        while (!open.isEmpty() && open.peek().level() >= heading.level()) {
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek().outline();
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, 0f, rect.getTop(), 0f);
        open.push(new Open(heading.level(), new PdfOutline(parent, destination, heading.title(), true)));
    }
}
