package vn.tongket.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Runs actions when a chunk is drawn, with the place it landed on: the outline entry of a heading, a floating
 * graphic anchored in a paragraph, a dotted or wavy underline. OpenPDF lets a chunk carry one generic tag; this event
 * gives each chunk that needs it a tag of its own and runs the actions registered for it: those registered with
 * {@link #once} where its first piece is drawn (a chunk split across lines is drawn in pieces), those registered
 * with {@link #each} for every piece. Chunks that are only measured are never drawn, and never run.
 * <p>
 * One instance serves one PDF.
 */
final class ChunkTags extends PdfPageEventHelper {

    private static final String PREFIX = "tongket:";

    private final Map<String, List<Consumer<Rectangle>>> actions = new HashMap<>();
    private final Map<String, List<BiConsumer<PdfContentByte, Rectangle>>> repeated = new HashMap<>();
    /** The forms text is being laid out in (a text box), innermost first; the page when empty. */
    private final Deque<PdfContentByte> canvases = new ArrayDeque<>();
    private int next;

    /**
     * Runs the action when the chunk is first drawn, with the rectangle OpenPDF gives its first piece: from the
     * (unraised) baseline to one font size above it.
     */
    void once(Chunk chunk, Consumer<Rectangle> action) {
        actions.computeIfAbsent(key(chunk), k -> new ArrayList<>()).add(action);
    }

    /**
     * Runs the action for every piece of the chunk that is drawn, with the canvas the piece is drawn on and its
     * rectangle (as for {@link #once}).
     */
    void each(Chunk chunk, BiConsumer<PdfContentByte, Rectangle> action) {
        repeated.computeIfAbsent(key(chunk), k -> new ArrayList<>()).add(action);
    }

    /** Lays out content in a form: the rectangles of its chunks are in the form's space while this runs. */
    <T> T drawingOn(PdfContentByte form, Supplier<T> layout) {
        canvases.push(form);
        try {
            return layout.get();
        } finally {
            canvases.pop();
        }
    }

    private String key(Chunk chunk) {
        Object tag = chunk.hasAttributes() ? chunk.getChunkAttributes().get(Chunk.GENERICTAG) : null;
        if (tag instanceof String existing && existing.startsWith(PREFIX)) {
            return existing;
        }
        String key = PREFIX + next++;
        chunk.setGenericTag(key);
        return key;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        List<Consumer<Rectangle>> registered = actions.remove(text);
        if (registered != null) {
            registered.forEach(action -> action.accept(rect));
        }
        List<BiConsumer<PdfContentByte, Rectangle>> everyPiece = repeated.get(text);
        if (everyPiece != null) {
            PdfContentByte canvas = canvases.isEmpty() ? writer.getDirectContent() : canvases.peek();
            everyPiece.forEach(action -> action.accept(canvas, rect));
        }
    }
}
