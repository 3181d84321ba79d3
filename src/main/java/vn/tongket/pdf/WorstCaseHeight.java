package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;

/**
 * An upper bound of the height that paragraphs take in a column, found without laying them out: where the bound
 * fits in the room left on a page, so do the paragraphs, and {@link BodyFlow} need not try them there first.
 * <p>
 * OpenPDF breaks a line where the next character would not fit. So the characters from a line's start up to the
 * one that did not fit are wider than the line, and when no line is narrower than the first (no hanging indent) a
 * character is among those of at most two lines: a paragraph whose characters are {@code W} wide in lines at least
 * {@code w} wide has fewer than {@code 2W/w + 1} lines. Each line is as high as the paragraph's fixed leading, or as
 * an image on it. Anything else (a table, a hanging indent, a leading that grows with the font) has no bound here.
 */
final class WorstCaseHeight {

    /** Lines narrower than this are not bounded: a few characters would fill them. */
    private static final float MIN_LINE_WIDTH = 36f;
    /** Room kept beyond the bound, for the rounding of OpenPDF's float arithmetic. */
    private static final float MARGIN = 1f;

    private WorstCaseHeight() {
    }

    /** Whether the elements surely fit in a column of the width and the height: false when not known. */
    static boolean surelyFits(List<Element> elements, float width, float height) {
        return of(elements, width) + MARGIN <= height;
    }

    /** The bound, spacing before and after included; infinite when there is none. */
    static float of(List<Element> elements, float width) {
        float total = 0f;
        for (Element element : elements) {
            if (!(element instanceof Paragraph paragraph) || paragraph.getMultipliedLeading() != 0f
                    || paragraph.getFirstLineIndent() < 0f) {
                return Float.POSITIVE_INFINITY;
            }
            float lineWidth = width - paragraph.getIndentationLeft() - paragraph.getIndentationRight()
                    - paragraph.getFirstLineIndent();
            if (lineWidth < MIN_LINE_WIDTH) {
                return Float.POSITIVE_INFINITY;
            }
            float lineHeight = paragraph.getLeading();
            float textWidth = 0f;
            for (Element part : paragraph) {
                if (!(part instanceof Chunk chunk)) {
                    return Float.POSITIVE_INFINITY;
                }
                Image image = chunk.getImage();
                if (image != null) {
                    // what OpenPDF's PdfLine.getMaxSize takes: the image's height above its offset
                    Object[] placed = (Object[]) chunk.getChunkAttributes().get(Chunk.IMAGE);
                    lineHeight = Math.max(lineHeight, image.getScaledHeight() + (Float) placed[2]);
                }
                textWidth += ParagraphRenderer.width(chunk);
            }
            int lines = (int) (2f * textWidth / lineWidth) + 2;
            total += paragraph.getSpacingBefore() + lines * lineHeight + paragraph.getSpacingAfter();
        }
        return total;
    }
}
