package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Where a tab goes and what fills the gap it leaves. The stop is the first custom stop right of the text, the
 * hanging indent of a list label, or else the next default stop; the text after a right, centre or decimal stop
 * ends, is centred or has its decimal comma at the stop (Word's rules). The gap is drawn as the stop's leader
 * characters (a table of contents' dots) and an invisible spacer of the exact width that is left.
 * <p>
 * The gap is not an OpenPDF tab chunk: OpenPDF measures the room left after a tab from the line's left edge but
 * places the tab from the column's, so in an indented paragraph (a list item) it breaks the line too early.
 * <p>
 * One instance serves one PDF; it caches the spacers and is not thread-safe.
 */
final class Tabs {

    /** A tab moves at least this far, so that text standing exactly on a stop goes on to the next one. */
    private static final float EPSILON_PT = 0.01f;
    /** The spacer is blank; its height only needs to be more than nothing. */
    private static final float SPACER_HEIGHT_PT = 0.01f;

    private final PdfWriter writer;
    private final float defaultInterval;
    private PdfTemplate blank;
    private final Map<Float, Image> spacers = new HashMap<>();

    /** @param defaultInterval the interval of the default tab stops, in points */
    Tabs(PdfWriter writer, float defaultInterval) {
        this.writer = writer;
        this.defaultInterval = defaultInterval;
    }

    /**
     * The first tab stop right of the position, measured from the left margin: a custom stop or the hanging
     * indent when one lies there, otherwise the next default stop.
     *
     * @param firstLine whether the position lies on the paragraph's first line (where a hanging indent is a stop)
     */
    ParagraphStyle.TabStop next(ParagraphStyle style, boolean firstLine, float position) {
        float after = position + EPSILON_PT;
        ParagraphStyle.TabStop stop = null;
        for (ParagraphStyle.TabStop custom : style.tabStops()) {
            if (custom.position() > after) {
                stop = custom;
                break;
            }
        }
        if (firstLine && style.firstLineIndent() < 0f && style.indentLeft() > after
                && (stop == null || style.indentLeft() < stop.position())) {
            stop = ParagraphStyle.TabStop.left(style.indentLeft());
        }
        if (stop == null) {
            stop = ParagraphStyle.TabStop.left((float) (Math.floor(after / defaultInterval) + 1) * defaultInterval);
        }
        return stop;
    }

    /**
     * Where the text after the tab starts.
     *
     * @param position     where the tab stands
     * @param textWidth    the width of the text after the tab, up to the next tab or the end of the line
     * @param beforeComma  the width of that text before its decimal comma (its whole width when it has none)
     */
    static float target(ParagraphStyle.TabStop stop, float position, float textWidth, float beforeComma) {
        float target = switch (stop.alignment()) {
            case LEFT -> stop.position();
            case RIGHT -> stop.position() - textWidth;
            case CENTER -> stop.position() - textWidth / 2f;
            case DECIMAL -> stop.position() - beforeComma;
        };
        // text too wide for its stop starts where the tab stands, as in Word
        return Math.max(position, target);
    }

    /**
     * The chunks that fill a gap of the width: the leader characters in the tab's font (none when the stop has
     * no leader), then a blank spacer for what is left.
     */
    List<Chunk> gap(float width, char leader, Font font, float rise) {
        List<Chunk> chunks = new ArrayList<>(2);
        float left = width;
        if (leader != 0) {
            float each = font.getBaseFont().getWidthPoint(leader, font.getSize());
            int count = each > 0f ? (int) Math.floor(width / each) : 0;
            if (count > 0) {
                Chunk dots = new Chunk(String.valueOf(leader).repeat(count), font);
                dots.setTextRise(rise);
                chunks.add(dots);
                left -= count * each;
            }
        }
        if (left > 0f) {
            chunks.add(new Chunk(spacer(left), 0f, 0f, false));
        }
        return chunks;
    }

    /** A blank image of the width, which the line cannot stretch or break. */
    private Image spacer(float width) {
        return spacers.computeIfAbsent(width, w -> {
            if (blank == null) {
                blank = writer.getDirectContent().createTemplate(1f, 1f);
            }
            try {
                Image image = Image.getInstance(blank);
                image.scaleAbsolute(w, SPACER_HEIGHT_PT);
                return image;
            } catch (BadElementException e) {
                throw new IllegalStateException("a form is an image", e);
            }
        });
    }
}
