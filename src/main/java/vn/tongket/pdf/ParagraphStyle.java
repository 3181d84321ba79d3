package vn.tongket.pdf;

import java.util.List;

/**
 * The fully resolved layout of a paragraph. Lengths are in points.
 *
 * @param firstLineIndent extra indent of the first line; negative for a hanging indent
 * @param tabStops        custom tab stops, ascending, measured from the left margin
 * @param outlineLevel    the heading level from 0 (Heading 1) to 8, or -1 for body text
 */
record ParagraphStyle(Alignment alignment, float indentLeft, float indentRight, float firstLineIndent,
                      float spaceBefore, float spaceAfter, LineSpacing lineSpacing,
                      boolean keepNext, boolean keepLines, boolean pageBreakBefore, List<Float> tabStops,
                      int outlineLevel) {

    ParagraphStyle {
        tabStops = List.copyOf(tabStops);
    }

    enum Alignment { LEFT, CENTER, RIGHT, JUSTIFIED }
}
