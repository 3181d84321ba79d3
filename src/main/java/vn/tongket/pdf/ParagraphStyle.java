package vn.tongket.pdf;

/**
 * The fully resolved layout of a paragraph. Lengths are in points.
 *
 * @param firstLineIndent extra indent of the first line; negative for a hanging indent
 */
record ParagraphStyle(Alignment alignment, float indentLeft, float indentRight, float firstLineIndent,
                      float spaceBefore, float spaceAfter, LineSpacing lineSpacing,
                      boolean keepNext, boolean keepLines, boolean pageBreakBefore) {

    enum Alignment { LEFT, CENTER, RIGHT, JUSTIFIED }
}
