package vn.tongket.pdf;

import java.awt.Color;

/**
 * The fully resolved look of a piece of text, after the style chain and direct formatting are applied.
 *
 * @param fontName         the font the document asks for (mapped to a bundled font when drawing)
 * @param sizePt           font size in points
 * @param color            text colour, never null
 * @param verticalAlign    baseline, superscript or subscript
 * @param smallCaps        whether lower-case letters are drawn as smaller capitals ({@code w:smallCaps})
 * @param characterSpacing extra space after each character in points, negative to condense ({@code w:spacing})
 * @param background       the highlight or shading behind the text ({@code w:highlight}, {@code w:shd}), or null
 * @param underline        the line under the text ({@code w:u}), {@link TextLine#NONE} for none
 * @param strike           the line through the text: single ({@code w:strike}), double ({@code w:dstrike}) or none
 * @param underlineColor   the underline's colour ({@code w:u w:color}, else the text's), never null
 */
record RunStyle(String fontName, float sizePt, boolean bold, boolean italic, TextLine underline, TextLine strike,
                Color color, VerticalAlign verticalAlign, boolean smallCaps, float characterSpacing,
                Color background, Color underlineColor) {

    enum VerticalAlign { BASELINE, SUPERSCRIPT, SUBSCRIPT }

    /**
     * How a line under or through the text is drawn: dotted and dashed kinds with their dashes and gaps in line
     * widths (LibreOffice's: dots 1 and 1, dashes 4 and 2, long dashes 8 and 2), heavy ones at the thick line's
     * width and place.
     */
    enum TextLine {
        NONE, SINGLE, DOUBLE, THICK,
        DOTTED(false, 1, 1), DASHED(false, 4, 2), LONG_DASHED(false, 8, 2), DOT_DASH(false, 4, 2, 1, 2),
        DOT_DOT_DASH(false, 4, 2, 1, 2, 1, 2),
        DOTTED_HEAVY(true, 1, 1), DASHED_HEAVY(true, 4, 2), LONG_DASHED_HEAVY(true, 8, 2),
        DOT_DASH_HEAVY(true, 4, 2, 1, 2), DOT_DOT_DASH_HEAVY(true, 4, 2, 1, 2, 1, 2),
        WAVY, WAVY_HEAVY,
        /** Under the words only, not under the spaces between them ({@code w:u w:val="words"}). */
        WORDS;

        private final boolean heavy;
        private final float[] dashes;

        TextLine() {
            this(false);
        }

        TextLine(boolean heavy, float... dashes) {
            this.heavy = heavy;
            this.dashes = dashes;
        }

        boolean heavy() {
            return heavy;
        }

        /** Dash, gap, dash, gap … in line widths; empty for a line that is not dotted or dashed. */
        float[] dashes() {
            return dashes.clone();
        }
    }

    RunStyle withVerticalAlign(VerticalAlign align) {
        return new RunStyle(fontName, sizePt, bold, italic, underline, strike, color, align, smallCaps,
                characterSpacing, background, underlineColor);
    }

    /** This style with a line under it, the same kind everywhere. */
    RunStyle withUnderline(TextLine line) {
        return new RunStyle(fontName, sizePt, bold, italic, line, strike, color, verticalAlign, smallCaps,
                characterSpacing, background, underlineColor);
    }

    /** This style at another size, without small caps (it draws the smaller capitals of small caps). */
    RunStyle withSize(float size) {
        return new RunStyle(fontName, size, bold, italic, underline, strike, color, verticalAlign, false,
                characterSpacing, background, underlineColor);
    }

    RunStyle withSmallCaps(boolean on) {
        return new RunStyle(fontName, sizePt, bold, italic, underline, strike, color, verticalAlign, on,
                characterSpacing, background, underlineColor);
    }
}
