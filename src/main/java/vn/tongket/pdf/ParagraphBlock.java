package vn.tongket.pdf;

import java.util.List;

/**
 * A paragraph ready to be laid out.
 *
 * @param markStyle the style of the paragraph mark, which sets the height of an empty paragraph
 */
record ParagraphBlock(String location, ParagraphStyle style, RunStyle markStyle, List<Inline> inlines)
        implements Block {

    ParagraphBlock {
        inlines = List.copyOf(inlines);
    }
}
