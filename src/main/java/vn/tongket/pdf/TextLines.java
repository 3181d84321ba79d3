package vn.tongket.pdf;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PatternColor;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPatternPainter;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the lines under and through text (underline, strike-through) where and as thick as LibreOffice draws them.
 * LibreOffice derives them from the font's ascent and descent in whole tenths of a point, the units of its PDF
 * reference device (720 dpi; {@code ImplFontMetricData::ImplInitTextLineSize} in vcl): a single line a quarter of
 * the descent thick, a thick one half, the two lines of a double one about a sixth each, at least half a point
 * apart; dots and dashes one and four line widths long with one and two line widths between them; a wave a hairline
 * with three widths of the thick line to a crest.
 * <p>
 * Straight lines are OpenPDF underlines of the chunk. Dotted and dashed lines are straight lines painted with a
 * pattern of vertical bars, so that they follow the chunk wherever it lands (in a table cell or a text box too).
 * A wave is drawn when the chunk is drawn ({@link ChunkTags#each}), on the canvas the chunk lands on.
 * <p>
 * One instance serves one PDF; it caches patterns and is not thread-safe.
 */
final class TextLines {

    /** LibreOffice's device units, in points: 720 dpi. */
    private static final float UNIT_PT = 0.1f;
    /** Two lines of a double line are at least 1 + 720/150 units apart ({@code nMin2LineDY}). */
    private static final int MIN_DOUBLE_GAP = 1 + 720 / 150;
    /** LibreOffice strokes a wave with a hairline, a heavy one three times as wide (measured: 0.05 and 0.15 pt). */
    private static final float WAVE_LINE_PT = 0.05f;
    private static final float HEAVY_WAVE_LINE_PT = 0.15f;

    private final PdfWriter writer;
    private final ChunkTags tags;
    private final Map<PatternKey, PatternColor> patterns = new HashMap<>();

    private record PatternKey(Color color, java.util.List<Float> bars) {
    }

    TextLines(PdfWriter writer, ChunkTags tags) {
        this.writer = writer;
        this.tags = tags;
    }

    /**
     * The lines of a text style in one face and size, in points, positive values below the baseline (units of
     * LibreOffice rounded as it rounds them).
     */
    record Metrics(float line, float underline, float thick, float thickUnderline, float doubleLine,
                   float doubleUnderline1, float doubleUnderline2, float strike, float doubleStrike1,
                   float doubleStrike2, float wave, float waveCentre) {

        static Metrics of(FontLibrary.Face face, float sizePt) {
            int height = Math.round(sizePt / UNIT_PT);
            int ascent = Math.round(face.ascentFactor() * height);
            int descent = Math.round(face.descentFactor() * height);
            int internalLeading = ascent + descent - height;
            int depth = descent > 0 ? descent : Math.max(1, ascent / 10);
            if (3 * depth > ascent) {
                depth = ascent / 3;
            }
            int line = Math.max(1, (depth * 25 + 50) / 100);
            int halfLine = Math.max(1, line / 2);
            int thick = (depth * 50 + 50) / 100;
            if (thick == line) {
                thick++;
            }
            int halfThick = Math.max(1, thick / 2);
            int doubled = Math.max(1, (depth * 16 + 50) / 100);
            int gap = Math.max(doubled, MIN_DOUBLE_GAP);
            int halfGap = Math.max(1, gap / 2);
            int under = descent / 2 + 1;
            int through = -((ascent - internalLeading) / 3);
            int wave = descent < 6 ? (descent == 1 || descent == 2 ? descent : 3) : (descent * 50 + 50) / 100;
            // LibreOffice's PDF writer draws the second line of a double one a line width lower than its offset,
            // and centres a thick line on its offset plus half its width
            return new Metrics(line * UNIT_PT, (under - halfLine) * UNIT_PT, thick * UNIT_PT,
                    (under - halfThick + thick / 2f) * UNIT_PT, doubled * UNIT_PT,
                    (under - halfGap - doubled) * UNIT_PT, (under - halfGap + gap + doubled) * UNIT_PT,
                    (through - halfLine) * UNIT_PT, (through - halfGap - doubled) * UNIT_PT,
                    (through - halfGap + gap + doubled) * UNIT_PT, wave * UNIT_PT, under * UNIT_PT);
        }
    }

    /**
     * Gives the chunk the lines of its style.
     *
     * @param face   the face the chunk is drawn in
     * @param sizePt the size it is drawn at
     * @param rise   how far the chunk is raised above the line's baseline (OpenPDF draws lines from the unraised one)
     */
    void decorate(Chunk chunk, RunStyle style, FontLibrary.Face face, float sizePt, float rise) {
        RunStyle.TextLine underline = style.underline();
        RunStyle.TextLine strike = style.strike();
        if (underline == RunStyle.TextLine.NONE && strike == RunStyle.TextLine.NONE) {
            return;
        }
        Metrics metrics = Metrics.of(face, sizePt);
        Color color = style.color();
        Color underlineColor = style.underlineColor();
        switch (underline) {
            case NONE -> {
            }
            case SINGLE, WORDS -> straight(chunk, underlineColor, metrics.line(), rise - metrics.underline());
            case THICK -> straight(chunk, underlineColor, metrics.thick(), rise - metrics.thickUnderline());
            case DOUBLE -> {
                straight(chunk, underlineColor, metrics.doubleLine(), rise - metrics.doubleUnderline1());
                straight(chunk, underlineColor, metrics.doubleLine(), rise - metrics.doubleUnderline2());
            }
            case WAVY -> tags.each(chunk, (canvas, rect) -> wave(canvas, rect, underlineColor, WAVE_LINE_PT, metrics,
                    rise));
            case WAVY_HEAVY -> tags.each(chunk, (canvas, rect) -> wave(canvas, rect, underlineColor,
                    HEAVY_WAVE_LINE_PT, metrics, rise));
            default -> {
                // dotted and dashed: LibreOffice's dashes of a line as wide as its single or thick line, there
                float width = underline.heavy() ? metrics.thick() : metrics.line();
                float y = underline.heavy() ? metrics.thickUnderline() : metrics.underline();
                straight(chunk, pattern(underlineColor, width, underline.dashes()), width, rise - y);
            }
        }
        switch (strike) {
            case NONE -> {
            }
            case DOUBLE -> {
                straight(chunk, color, metrics.doubleLine(), rise - metrics.doubleStrike1());
                straight(chunk, color, metrics.doubleLine(), rise - metrics.doubleStrike2());
            }
            default -> straight(chunk, color, metrics.line(), rise - metrics.strike());
        }
    }

    private static void straight(Chunk chunk, Color color, float width, float y) {
        chunk.setUnderline(color, width, 0f, y, 0f, PdfContentByte.LINE_CAP_BUTT);
    }

    /**
     * A colour of vertical bars, dashes and gaps in widths as given: a straight line painted with it is dotted or
     * dashed.
     */
    private Color pattern(Color color, float width, float[] dashes) {
        java.util.List<Float> bars = new java.util.ArrayList<>();
        for (float dash : dashes) {
            bars.add(dash * width);
        }
        return patterns.computeIfAbsent(new PatternKey(color, bars), key -> {
            float period = 0f;
            for (float bar : bars) {
                period += bar;
            }
            PdfPatternPainter painter = writer.getDirectContent().createPattern(period, period, period, period);
            painter.setColorFill(color);
            float x = 0f;
            for (int i = 0; i < bars.size(); i += 2) {
                painter.rectangle(x, 0f, bars.get(i), period);
                x += bars.get(i) + (i + 1 < bars.size() ? bars.get(i + 1) : 0f);
            }
            painter.fill();
            return new PatternColor(painter);
        });
    }

    /** A wave under the piece of the chunk, from crest to crest in whole half periods, as LibreOffice draws it. */
    private static void wave(PdfContentByte canvas, Rectangle piece, Color color, float lineWidth, Metrics metrics,
                             float rise) {
        float halfPeriod = 2 * metrics.wave();
        float y = piece.getBottom() + rise - metrics.waveCentre();
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(lineWidth);
        canvas.moveTo(piece.getLeft(), y);
        int halves = (int) Math.ceil(piece.getWidth() / halfPeriod - 0.01f);
        for (int i = 0; i < halves; i++) {
            float x = piece.getLeft() + i * halfPeriod;
            float crest = i % 2 == 0 ? metrics.wave() : -metrics.wave();
            canvas.curveTo(x + halfPeriod / 2f, y + crest, x + halfPeriod, y);
        }
        canvas.stroke();
        canvas.restoreState();
    }
}
