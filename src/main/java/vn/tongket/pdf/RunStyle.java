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
 */
record RunStyle(String fontName, float sizePt, boolean bold, boolean italic, boolean underline, boolean strike,
                Color color, VerticalAlign verticalAlign, boolean smallCaps, float characterSpacing,
                Color background) {

    enum VerticalAlign { BASELINE, SUPERSCRIPT, SUBSCRIPT }

    /** This style at another size, without small caps (it draws the smaller capitals of small caps). */
    RunStyle withSize(float size) {
        return new RunStyle(fontName, size, bold, italic, underline, strike, color, verticalAlign, false,
                characterSpacing, background);
    }

    RunStyle withSmallCaps(boolean on) {
        return new RunStyle(fontName, sizePt, bold, italic, underline, strike, color, verticalAlign, on,
                characterSpacing, background);
    }
}
