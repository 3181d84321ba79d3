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
 */
record RunStyle(String fontName, float sizePt, boolean bold, boolean italic, TextLine underline, TextLine strike,
                Color color, VerticalAlign verticalAlign, boolean smallCaps, float characterSpacing,
                Color background) {

    enum VerticalAlign { BASELINE, SUPERSCRIPT, SUBSCRIPT }

    /**
     * How a line under or through the text is drawn. Word's heavy, long-dash and dot-dash kinds are drawn as the
     * nearest of these ({@link RunProperties#underline}).
     */
    enum TextLine {
        NONE, SINGLE, DOUBLE, THICK, DOTTED, DASHED, WAVY,
        /** Under the words only, not under the spaces between them ({@code w:u w:val="words"}). */
        WORDS
    }

    RunStyle withVerticalAlign(VerticalAlign align) {
        return new RunStyle(fontName, sizePt, bold, italic, underline, strike, color, align, smallCaps,
                characterSpacing, background);
    }

    /** This style with a line under it, the same kind everywhere. */
    RunStyle withUnderline(TextLine line) {
        return new RunStyle(fontName, sizePt, bold, italic, line, strike, color, verticalAlign, smallCaps,
                characterSpacing, background);
    }

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
