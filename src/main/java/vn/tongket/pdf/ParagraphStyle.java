package vn.tongket.pdf;

import java.util.List;

/**
 * The fully resolved layout of a paragraph. Lengths are in points.
 *
 * @param firstLineIndent extra indent of the first line; negative for a hanging indent
 * @param tabStops        custom tab stops, ascending by position, measured from the left margin
 * @param outlineLevel    the heading level from 0 (Heading 1) to 8, or -1 for body text
 * @param box             the borders and shading of the paragraph, or null when it has neither
 * @param widowControl    whether a page may not end after the paragraph's first line nor start with its last
 */
record ParagraphStyle(Alignment alignment, float indentLeft, float indentRight, float firstLineIndent,
                      float spaceBefore, float spaceAfter, LineSpacing lineSpacing,
                      boolean keepNext, boolean keepLines, boolean pageBreakBefore, List<TabStop> tabStops,
                      int outlineLevel, Box box, boolean widowControl) {

    ParagraphStyle {
        tabStops = List.copyOf(tabStops);
    }

    enum Alignment { LEFT, CENTER, RIGHT, JUSTIFIED }

    /**
     * A tab stop ({@code w:tab}): where the text after a tab goes, how it lines up there and what fills the gap.
     *
     * @param position from the left margin, in points
     * @param leader   the character repeated in the gap ({@code w:leader}: '.', '-', '_', '·'), or 0 for none
     */
    record TabStop(float position, TabAlignment alignment, char leader) {

        static TabStop left(float position) {
            return new TabStop(position, TabAlignment.LEFT, (char) 0);
        }

        TabStop movedBy(float distance) {
            return new TabStop(position + distance, alignment, leader);
        }
    }

    /** How text lines up at a tab stop; a decimal stop lines up the decimal comma (or point) of a number. */
    enum TabAlignment { LEFT, CENTER, RIGHT, DECIMAL }

    ParagraphStyle withSpaceBefore(float space) {
        return withSpacing(space, spaceAfter);
    }

    ParagraphStyle withSpacing(float before, float after) {
        return new ParagraphStyle(alignment, indentLeft, indentRight, firstLineIndent, before, after, lineSpacing,
                keepNext, keepLines, pageBreakBefore, tabStops, outlineLevel, box, widowControl);
    }

    /**
     * This style for the text inside the paragraph's box, whose edges lie {@code left} and {@code right} points
     * inside the column: indents and tab stops measured from the box, no space around, no box, no page break.
     */
    ParagraphStyle insideBox(float left, float right) {
        return new ParagraphStyle(alignment, indentLeft - left, indentRight - right, firstLineIndent, 0f, 0f,
                lineSpacing, keepNext, keepLines, false, tabStops.stream().map(stop -> stop.movedBy(-left)).toList(),
                outlineLevel, null, widowControl);
    }

    /**
     * The border lines around a paragraph ({@link Border#NONE} for a side without one) and its background.
     *
     * @param fill the shading colour, or null
     */
    record Box(Border top, Border left, Border bottom, Border right, java.awt.Color fill) {

        /** The room a side takes outside the text: the distance from the text plus the line width. */
        static float extent(Border border) {
            return border.isVisible() ? border.spacePt() + border.widthPt() : 0f;
        }
    }
}
