package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Runs actions when a chunk is drawn, with the place it landed on: the outline entry of a heading, a floating
 * graphic anchored in a paragraph. OpenPDF lets a chunk carry one generic tag; this event gives each chunk that
 * needs it a tag of its own and runs all the actions registered for it, once, where its first piece is drawn
 * (a chunk split across lines is drawn in pieces). Chunks that are only measured are never drawn, and never run.
 * <p>
 * One instance serves one PDF.
 */
final class ChunkTags extends PdfPageEventHelper {

    private static final String PREFIX = "tongket:";

    private final Map<String, List<Consumer<Rectangle>>> actions = new HashMap<>();
    private int next;

    /**
     * Runs the action when the chunk is first drawn, with the rectangle OpenPDF gives its first piece: from the
     * (unraised) baseline to one font size above it.
     */
    void once(Chunk chunk, Consumer<Rectangle> action) {
        Object tag = chunk.hasAttributes() ? chunk.getChunkAttributes().get(Chunk.GENERICTAG) : null;
        String key;
        if (tag instanceof String existing && actions.containsKey(existing)) {
            key = existing;
        } else {
            key = PREFIX + next++;
            chunk.setGenericTag(key);
            actions.put(key, new ArrayList<>());
        }
        actions.get(key).add(action);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        List<Consumer<Rectangle>> registered = actions.remove(text);
        if (registered != null) {
            registered.forEach(action -> action.accept(rect));
        }
    }
}
