package vn.tongket.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph ready to be laid out.
 *
 * @param markStyle     the style of the paragraph mark, which sets the height of an empty paragraph
 * @param paragraphFont the character formatting of the paragraph's style chain (document defaults, table style,
 *                      paragraph style), without the runs' or the mark's own
 * @param heading       the bookmark the paragraph gets in the PDF outline, or null
 */
record ParagraphBlock(String location, ParagraphStyle style, RunStyle markStyle, RunStyle paragraphFont,
                      List<Inline> inlines, Heading heading) implements Block {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * An entry of the PDF outline.
     *
     * @param level 0 for a top-level entry, 1 below it, ...
     */
    record Heading(int level, String title) {
    }

    ParagraphBlock {
        inlines = List.copyOf(inlines);
    }

    ParagraphBlock withStyle(ParagraphStyle newStyle) {
        return new ParagraphBlock(location, newStyle, markStyle, paragraphFont, inlines, heading);
    }

    /** This paragraph with the space after the paragraph before it noted on its floating graphics. */
    ParagraphBlock withSpaceAboveFloats(float space) {
        if (inlines.stream().noneMatch(Inline.Floating.class::isInstance)) {
            return this;
        }
        return new ParagraphBlock(location, style, markStyle, paragraphFont, inlines.stream().map(inline ->
                inline instanceof Inline.Floating floating ? new Inline.Floating(floating.graphic(),
                        floating.placement().withSpaceAbove(space)) : inline).toList(), heading);
    }

    ParagraphBlock withHeading(Heading newHeading) {
        return new ParagraphBlock(location, style, markStyle, paragraphFont, inlines, newHeading);
    }

    /** The visible text: text runs and field values as Word last stored them, breaks and tabs as spaces. */
    String plainText() {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> text.append(t.text());
                case Inline.PageField field -> text.append(field.cachedResult());
                case Inline.Note note -> text.append(note.mark());
                case Inline.Tab tab -> text.append(' ');
                case Inline.LineBreak lineBreak -> text.append(' ');
                case Inline.PageBreak pageBreak -> text.append(' ');
                case Inline.Graphic graphic -> text.append(' ');
                case Inline.Bookmark bookmark -> {
                    // a place, not text
                }
                case Inline.Floating floating -> {
                    // drawn apart from the text
                }
            }
        }
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Whether the paragraph has text and all of it is bold. */
    boolean isAllBold() {
        boolean any = false;
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t && !t.text().isBlank()) {
                if (!t.style().bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
