package vn.tongket.pdf;

import java.awt.Color;

/**
 * The fully resolved look of a piece of text, after the style chain and direct formatting are applied.
 *
 * @param fontName      the font the document asks for (mapped to a bundled font when drawing)
 * @param sizePt        font size in points
 * @param color         text colour, never null
 * @param verticalAlign baseline, superscript or subscript
 */
record RunStyle(String fontName, float sizePt, boolean bold, boolean italic, boolean underline, boolean strike,
                Color color, VerticalAlign verticalAlign) {

    enum VerticalAlign { BASELINE, SUPERSCRIPT, SUBSCRIPT }
}
