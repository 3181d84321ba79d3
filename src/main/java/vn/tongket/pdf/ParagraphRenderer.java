package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Lays out a {@link ParagraphBlock} as OpenPDF paragraphs. A paragraph with page breaks becomes one OpenPDF
 * paragraph per page, the space before going to the first and the space after to the last.
 * <p>
 * One renderer serves one PDF; it caches fonts and is not thread-safe.
 */
final class ParagraphRenderer {

    /** Word draws superscript and subscript at about two thirds of the size, raised a third or lowered a seventh. */
    private static final float SCRIPT_SIZE = 0.65f;
    private static final float SUPERSCRIPT_RISE = 0.33f;
    private static final float SUBSCRIPT_DROP = 0.14f;
    /** A tab is drawn as this many spaces. */
    private static final String TAB_AS_SPACES = "    ";

    private final FontLibrary fonts;
    private final Map<RunStyle, Font> fontCache = new HashMap<>();

    ParagraphRenderer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    void render(ParagraphBlock block, FieldValues fields, BlockSink sink) {
        ParagraphStyle style = block.style();
        if (style.pageBreakBefore()) {
            sink.pageBreakUnlessAtTop();
        }
        List<List<Inline>> pages = splitAtPageBreaks(block.inlines());
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                sink.pageBreak();
            }
            List<Inline> inlines = pages.get(i);
            boolean onlyPart = pages.size() == 1;
            if (inlines.isEmpty() && !onlyPart) {
                continue;
            }
            Paragraph paragraph = paragraph(block, inlines, fields);
            paragraph.setSpacingBefore(i == 0 ? style.spaceBefore() : 0f);
            paragraph.setSpacingAfter(i == pages.size() - 1 ? style.spaceAfter() : 0f);
            sink.add(paragraph);
        }
    }

    /** The space before the paragraph and the height of its first line, which keep-with-next must fit. */
    float firstLineHeight(ParagraphBlock block) {
        RunStyle largest = largestStyle(block.inlines(), block.markStyle());
        return block.style().spaceBefore() + leading(block.style(), largest);
    }

    /** The content between page breaks; a paragraph without breaks is one part. */
    private static List<List<Inline>> splitAtPageBreaks(List<Inline> inlines) {
        List<List<Inline>> parts = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.PageBreak) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        parts.add(current);
        return parts;
    }

    /**
     * OpenPDF puts each baseline at the bottom of its line and lets descenders hang below it. Word puts the
     * baseline one ascent below the top of the line, so that the descent, the line gap and any extra line spacing
     * lie below the text (when the line is too low for that, the top of the text is cut instead). Every chunk is
     * therefore raised by the difference, so that lines, table cells, headers and footers take the same room and
     * the same place as in Word.
     */
    private Paragraph paragraph(ParagraphBlock block, List<Inline> inlines, FieldValues fields) {
        ParagraphStyle style = block.style();
        RunStyle largest = largestStyle(inlines, block.markStyle());
        FontLibrary.Face largestFace = fonts.face(largest);
        float leading = leading(style, largest);
        float rise = Math.max(leading - largestFace.ascentFactor() * largest.sizePt(),
                largestFace.descentFactor() * largest.sizePt());
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(font(largest));
        paragraph.setLeading(leading, 0f);
        paragraph.setAlignment(alignment(style.alignment()));
        paragraph.setIndentationLeft(style.indentLeft());
        paragraph.setIndentationRight(style.indentRight());
        paragraph.setFirstLineIndent(style.firstLineIndent());
        paragraph.setKeepTogether(style.keepLines());
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text text -> paragraph.add(chunk(text.text(), text.style(), rise));
                case Inline.PageField field -> paragraph.add(chunk(fields.valueOf(field), field.style(), rise));
                case Inline.Tab tab -> paragraph.add(chunk(TAB_AS_SPACES, tab.style(), rise));
                case Inline.LineBreak lineBreak -> paragraph.add(chunk("\n", lineBreak.style(), rise));
                case Inline.PageBreak pageBreak -> throw new IllegalArgumentException("page breaks are split off");
            }
        }
        if (inlines.isEmpty()) {
            // An empty paragraph keeps the height of its mark: one line in the mark's font.
            paragraph.add(chunk(" ", block.markStyle(), rise));
        }
        return paragraph;
    }

    private float leading(ParagraphStyle style, RunStyle largest) {
        return style.lineSpacing().leading(fonts.face(largest).lineHeightFactor() * largest.sizePt());
    }

    /** The style with the largest font, which sets the line height; the mark's style for an empty paragraph. */
    private static RunStyle largestStyle(List<Inline> inlines, RunStyle markStyle) {
        RunStyle largest = null;
        for (Inline inline : inlines) {
            RunStyle style = switch (inline) {
                case Inline.Text text -> text.style();
                case Inline.PageField field -> field.style();
                case Inline.Tab tab -> tab.style();
                case Inline.LineBreak lineBreak -> lineBreak.style();
                case Inline.PageBreak pageBreak -> null;
            };
            if (style != null && (largest == null || style.sizePt() > largest.sizePt())) {
                largest = style;
            }
        }
        return largest != null ? largest : markStyle;
    }

    private Chunk chunk(String text, RunStyle style, float rise) {
        Chunk chunk = new Chunk(text, font(style));
        float scriptShift = switch (style.verticalAlign()) {
            case SUPERSCRIPT -> style.sizePt() * SUPERSCRIPT_RISE;
            case SUBSCRIPT -> -style.sizePt() * SUBSCRIPT_DROP;
            case BASELINE -> 0f;
        };
        chunk.setTextRise(rise + scriptShift);
        // OpenPDF draws lines relative to the unraised baseline, so they are placed here with the rise included.
        BaseFont font = chunk.getFont().getBaseFont();
        float size = chunk.getFont().getSize();
        if (style.underline()) {
            chunk.setUnderline(style.color(), font.getFontDescriptor(BaseFont.UNDERLINE_THICKNESS, size), 0f,
                    rise + scriptShift + font.getFontDescriptor(BaseFont.UNDERLINE_POSITION, size), 0f,
                    PdfContentByte.LINE_CAP_BUTT);
        }
        if (style.strike()) {
            chunk.setUnderline(style.color(), font.getFontDescriptor(BaseFont.STRIKETHROUGH_THICKNESS, size), 0f,
                    rise + scriptShift + font.getFontDescriptor(BaseFont.STRIKETHROUGH_POSITION, size), 0f,
                    PdfContentByte.LINE_CAP_BUTT);
        }
        return chunk;
    }

    private Font font(RunStyle style) {
        return fontCache.computeIfAbsent(style, s -> new Font(fonts.face(s).font(),
                s.verticalAlign() == RunStyle.VerticalAlign.BASELINE ? s.sizePt() : s.sizePt() * SCRIPT_SIZE,
                Font.NORMAL, s.color()));
    }

    private static int alignment(ParagraphStyle.Alignment alignment) {
        return switch (alignment) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFIED -> Element.ALIGN_JUSTIFIED;
        };
    }
}
