package vn.tongket.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a {@link ParagraphBlock} as OpenPDF paragraphs, one for each piece between line and page breaks: the
 * space before goes to the first piece, the space after to the last, and only the first piece has the first-line
 * indent (OpenPDF would indent every line after a break as a first line).
 * <p>
 * Tabs advance to the next tab stop (custom stops, the hanging indent, then the default stops; every stop acts as
 * a left stop) while the position on the line is known, that is until the text of the piece wraps; after that a
 * tab is drawn as spaces.
 * <p>
 * <p>
 * Hyperlinks become link annotations (a web address, or a jump to a bookmark of the document), and each bookmark a
 * named destination. Text a font has no glyphs for is drawn with a fallback font. Floating graphics that wrap
 * text take a band of the column above their paragraph; those that do not are drawn over or under the text at
 * their place, found when the paragraph's first chunk is drawn.
 * <p>
 * One renderer serves one PDF; it caches fonts and is not thread-safe.
 */
final class ParagraphRenderer {

    /**
     * LibreOffice draws superscript and subscript of a DOCX at 58 % of the size ("automatic" position): a
     * superscript's line top at the line top of the full size, a subscript's descent at the full size's (measured:
     * 14 pt text, 8.1 pt scripts raised 5.6 pt and lowered 1.2 pt; a 10 pt footnote's mark raised 3.9 pt).
     */
    private static final float SCRIPT_SIZE = 0.58f;
    /** A tab whose stop is not known is drawn as this many spaces. */
    private static final String TAB_AS_SPACES = "    ";
    /** The share of an exact line height above the baseline, in LibreOffice. */
    private static final float EXACT_ASCENT_SHARE = 0.8f;
    /** LibreOffice draws small capitals at 80 % of the size. */
    private static final float SMALL_CAPS_SIZE = 0.8f;
    /** A digit before a decimal comma, which a decimal tab stop lines up. */
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("\\d,\\d");

    private final PdfContext context;
    private final FontLibrary fonts;
    private final Tabs tabs;
    private final TextLines lines;
    private final boolean expandLineBreakLines;
    private final Map<FontKey, Font> fontCache = new HashMap<>();

    private record FontKey(RunStyle style, FontLibrary.Face face) {
    }

    /**
     * @param defaultTabStop       the interval of the default tab stops, in points
     * @param expandLineBreakLines whether a justified line that ends in a line break is stretched to the margin
     */
    ParagraphRenderer(PdfContext context, float defaultTabStop, boolean expandLineBreakLines) {
        this.expandLineBreakLines = expandLineBreakLines;
        this.context = context;
        this.fonts = context.fonts();
        this.tabs = new Tabs(context.writer(), defaultTabStop);
        this.lines = new TextLines(context.writer(), context.tags());
    }

    /** The content between two breaks, and the breaks around it (null at the ends of the paragraph). */
    private record Piece(List<Inline> inlines, Inline breakBefore, Inline breakAfter) {

        /** An empty piece next to a page break is not drawn: the page break itself takes no line. */
        boolean isDrawn(boolean onlyPiece) {
            return !inlines.isEmpty() || onlyPiece || breakBefore instanceof Inline.LineBreak
                    || breakAfter instanceof Inline.LineBreak;
        }
    }

    /**
     * What all lines of the paragraph share: the font that sets the line height, the leading, the raise, and the
     * extra height that proportional line spacing adds to the font's natural line height.
     */
    private record LineMetrics(Font font, float leading, float rise, float extra) {
    }

    void render(ParagraphBlock block, FieldValues fields, BlockSink sink) {
        ParagraphStyle style = block.style();
        if (style.pageBreakBefore()) {
            sink.pageBreakUnlessAtTop();
        }
        if (style.box() != null && block.inlines().stream().noneMatch(Inline.PageBreak.class::isInstance)) {
            sink.add(boxed(block, fields, sink.width()));
        } else {
            renderPieces(block, fields, sink, false);
        }
    }

    /**
     * Renders a paragraph of a table cell with the extra of proportional line spacing above the text of each line,
     * where LibreOffice puts it ({@link #lineSpacingExtra}); the caller gives the spacing around it
     * ({@link BlockRenderer#renderCell}).
     */
    void renderInCell(ParagraphBlock block, FieldValues fields, BlockSink sink) {
        if (block.style().box() != null) {
            render(block, fields, sink);
        } else {
            renderPieces(block, fields, sink, true);
        }
    }

    /**
     * A paragraph with borders or shading, as a one-cell table. As in Word the text keeps its indents, the
     * left and right border lines lie outside them by their distance from the text and their width (at most up
     * to the column edge), the top and bottom ones above and below the text, and the space before and after
     * the paragraph lies outside the box. Shading alone fills the width between the indents. Consecutive
     * paragraphs with the same borders are drawn as separate boxes (Word joins them into one).
     */
    private PdfPTable boxed(ParagraphBlock block, FieldValues fields, float width) {
        ParagraphStyle style = block.style();
        ParagraphStyle.Box box = style.box();
        float left = Math.min(Math.max(0f, style.indentLeft() - ParagraphStyle.Box.extent(box.left())), width);
        float right = Math.min(Math.max(0f, style.indentRight() - ParagraphStyle.Box.extent(box.right())),
                width - left);
        float boxWidth = Math.max(1f, width - left - right);

        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setUseVariableBorders(true);
        int sides = Rectangle.NO_BORDER;
        sides |= side(box.top(), Rectangle.TOP, cell::setBorderWidthTop, cell::setBorderColorTop);
        sides |= side(box.left(), Rectangle.LEFT, cell::setBorderWidthLeft, cell::setBorderColorLeft);
        sides |= side(box.bottom(), Rectangle.BOTTOM, cell::setBorderWidthBottom, cell::setBorderColorBottom);
        sides |= side(box.right(), Rectangle.RIGHT, cell::setBorderWidthRight, cell::setBorderColorRight);
        cell.setBorder(sides);
        cell.setPaddingLeft(0f);
        cell.setPaddingRight(0f);
        cell.setPaddingTop(ParagraphStyle.Box.extent(box.top()));
        cell.setPaddingBottom(ParagraphStyle.Box.extent(box.bottom()));
        if (box.fill() != null) {
            cell.setBackgroundColor(box.fill());
        }
        cell.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        ParagraphBlock inside = block.withStyle(style.insideBox(left, right));
        renderPieces(inside, fields, BlockSink.withoutPageBreaks(cell::addElement, boxWidth), false);

        List<Float> columns = new ArrayList<>();
        if (left > 0f) {
            columns.add(left);
        }
        columns.add(boxWidth);
        if (right > 0f) {
            columns.add(right);
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i);
        }
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSplitLate(false);
        table.setKeepTogether(style.keepLines());
        table.setSpacingBefore(style.spaceBefore());
        table.setSpacingAfter(style.spaceAfter());
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.getDefaultCell().setPadding(0f);
        if (left > 0f) {
            table.addCell(emptyCell());
        }
        table.addCell(cell);
        if (right > 0f) {
            table.addCell(emptyCell());
        }
        return table;
    }

    private static int side(Border border, int side, FloatConsumer width, Consumer<Color> color) {
        if (!border.isVisible()) {
            return Rectangle.NO_BORDER;
        }
        width.accept(border.widthPt());
        color.accept(border.color());
        return side;
    }

    private interface FloatConsumer {
        void accept(float value);
    }

    private static PdfPCell emptyCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        return cell;
    }

    /** @param extraAbove whether the extra of proportional line spacing lies above the text (in table cells) */
    private void renderPieces(ParagraphBlock block, FieldValues fields, BlockSink sink, boolean extraAbove) {
        ParagraphStyle style = block.style();
        LineMetrics metrics = metrics(block, extraAbove);
        List<Inline.Floating> absolute = new ArrayList<>();
        List<Inline.Floating> wrapping = new ArrayList<>();
        for (Inline inline : block.inlines()) {
            if (inline instanceof Inline.Floating floating) {
                (floating.placement().inFlow() ? wrapping : absolute).add(floating);
            }
        }
        float spaceBefore = style.spaceBefore();
        if (!wrapping.isEmpty()) {
            WrappingFloats floats = WrappingFloats.place(wrapping, sink.width(), context.page());
            Paragraph band = wrapping.size() == 1 ? band(wrapping.getFirst(), sink.width())
                    : band(floats, sink.width());
            float bandBottom = floats.bottom();
            if (spaceBefore > bandBottom + floats.gapBelow()) {
                // the graphics lie in the space above the text, which they do not push down
                spaceBefore -= bandBottom;
            } else {
                // LibreOffice puts the space above the paragraph between the graphics and the text again
                band.setSpacingAfter(floats.gapBelow() + wrapping.getFirst().placement().spaceAbove());
            }
            sink.add(band);
        }
        List<Piece> pieces = pieces(block.inlines());
        boolean onlyPiece = pieces.size() == 1;
        int lastDrawn = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).isDrawn(onlyPiece)) {
                lastDrawn = i;
            }
        }
        boolean firstDrawn = true;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.breakBefore() instanceof Inline.PageBreak) {
                sink.pageBreak();
            }
            if (piece.isDrawn(onlyPiece)) {
                Paragraph paragraph = paragraph(block, piece.inlines(), i == 0, metrics, fields, sink.width());
                if (expandLineBreakLines && style.alignment() == ParagraphStyle.Alignment.JUSTIFIED
                        && piece.breakAfter() instanceof Inline.LineBreak) {
                    // Word and LibreOffice stretch the line before a line break in a justified paragraph too
                    paragraph.setAlignment(Element.ALIGN_JUSTIFIED_ALL);
                }
                if (firstDrawn) {
                    Chunk first = (Chunk) paragraph.getChunks().getFirst();
                    if (block.heading() != null && context.outline() != null) {
                        context.tags().once(first, rect -> context.outline().add(context.writer(), block.heading(),
                                rect));
                    }
                    for (Inline.Floating floating : absolute) {
                        // the top of the paragraph's first line lies one leading above the bottom of the line
                        context.tags().once(first, rect -> drawFloating(floating, rect.getBottom()
                                + metrics.leading()));
                    }
                }
                paragraph.setSpacingBefore(firstDrawn ? spaceBefore : 0f);
                paragraph.setSpacingAfter(i == lastDrawn ? style.spaceAfter() : 0f);
                sink.add(paragraph);
                firstDrawn = false;
            }
        }
    }

    /**
     * A floating graphic that wraps text, as a paragraph of its own: as far below the paragraph's top as its
     * offset says and as far from the left margin as its place says (kept inside the column).
     */
    private Paragraph band(Inline.Floating floating, float width) {
        Inline.Graphic graphic = floating.graphic();
        PageSetup page = context.page();
        float indent = floating.placement().left(graphic.widthPt(), page) - page.marginLeft();
        indent = Math.max(0f, Math.min(indent, width - graphic.widthPt()));
        Paragraph band = new Paragraph();
        band.setLeading(graphic.heightPt(), 0f);
        band.setIndentationLeft(indent);
        band.setSpacingBefore(Math.max(0f, floating.placement().y()));
        band.add(new Chunk(context.image(graphic), 0f, 0f, true));
        return band;
    }

    /** Several floating graphics that wrap text, as one paragraph of a form holding them all at their places. */
    private Paragraph band(WrappingFloats floats, float width) {
        Image form = floats.form(context.writer(), width, context::image);
        Paragraph band = new Paragraph();
        band.setLeading(form.getScaledHeight(), 0f);
        band.setSpacingBefore(floats.top());
        band.add(new Chunk(form, 0f, 0f, true));
        return band;
    }

    /**
     * Draws a floating graphic that does not wrap text at its place on the current page: relative to the page,
     * the margins, or the top of its paragraph ({@code paragraphTop}, in PDF coordinates).
     */
    private void drawFloating(Inline.Floating floating, float paragraphTop) {
        Inline.Graphic graphic = floating.graphic();
        FloatPlacement placement = floating.placement();
        PageSetup page = context.page();
        float x = placement.left(graphic.widthPt(), page);
        float top = placement.verticalFrom() == FloatPlacement.VerticalFrom.PARAGRAPH
                ? paragraphTop - placement.y()
                : page.height() - placement.top(graphic.heightPt(), page);
        PdfContentByte canvas = placement.behindText() ? context.writer().getDirectContentUnder()
                : context.writer().getDirectContent();
        Image image = context.image(graphic);
        // a horizontal line's form is as tall as the line is thick (or its arrow heads are wide), around its place
        float drawnHeight = graphic.drawnHeightPt();
        float bottom = top - graphic.heightPt() - (drawnHeight - graphic.heightPt()) / 2f;
        try {
            canvas.addImage(image, graphic.widthPt(), 0f, 0f, drawnHeight, x, bottom);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("a readable picture can be drawn", e);
        }
    }

    /**
     * How far the paragraph's lines may reach into the bottom margin: the extra height that proportional line
     * spacing ({@code w:lineRule="auto"} above 1) adds to the font's natural line height. LibreOffice puts that
     * extra above the text of every line but a paragraph's first (whose share it gives to the space after the
     * paragraph), and a line fits on the page when its text, ascent, descent and line gap, does; laid out with the
     * extra below the text, as here, the same lines fit when the extra may hang below the margin.
     */
    float lineSpacingExtra(ParagraphBlock block) {
        return metrics(block, false).extra();
    }

    /**
     * The extra of proportional line spacing measured on the paragraph's own font (its style's, not its runs'):
     * LibreOffice puts that much below the last paragraph of a table cell, so a cell of 9 pt text in a 14 pt
     * paragraph style ends with the 14 pt extra.
     */
    float paragraphFontExtra(ParagraphBlock block) {
        LineSpacing spacing = block.style().lineSpacing();
        if (spacing.rule() != LineSpacing.Rule.AUTO) {
            return 0f;
        }
        RunStyle font = block.paragraphFont();
        float natural = fonts.face(font).lineHeightFactor() * font.sizePt();
        return Math.max(0f, spacing.leading(natural) - natural);
    }

    /** The space before the paragraph and the height of its first line, which keep-with-next must fit. */
    float firstLineHeight(ParagraphBlock block) {
        return block.style().spaceBefore() + metrics(block, false).leading();
    }

    private static List<Piece> pieces(List<Inline> inlines) {
        List<Piece> pieces = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        Inline breakBefore = null;
        for (Inline inline : inlines) {
            if (inline instanceof Inline.PageBreak || inline instanceof Inline.LineBreak) {
                pieces.add(new Piece(current, breakBefore, inline));
                current = new ArrayList<>();
                breakBefore = inline;
            } else {
                current.add(inline);
            }
        }
        pieces.add(new Piece(current, breakBefore, null));
        return pieces;
    }

    /**
     * OpenPDF puts each baseline at the bottom of its line and lets descenders hang below it. Word and LibreOffice
     * put it lower in the line, so every chunk is raised by the difference, so that lines, table cells, headers and
     * footers take the same room and the same place as in LibreOffice (measured there, 14 pt Times New Roman):
     * <ul>
     *   <li>single and proportional spacing: the line gap and the ascent above the baseline, the descent and any
     *       extra spacing below it (when the line is too low for that, the top of the text is cut instead); in
     *       table cells ({@code extraAbove}) the extra of proportional spacing lies above the text instead, as
     *       LibreOffice lays cells out, so that the lines of a row split at a page end take the room they take
     *       there;</li>
     *   <li>exact spacing: the baseline at four fifths of the line's height (LibreOffice's rule for fixed
     *       heights);</li>
     *   <li>at-least spacing: the descent below the baseline, any extra spacing above the text.</li>
     * </ul>
     */
    private LineMetrics metrics(ParagraphBlock block, boolean extraAbove) {
        RunStyle largest = largestStyle(block.inlines(), block.markStyle());
        FontLibrary.Face face = fonts.face(largest);
        float size = largest.sizePt();
        LineSpacing spacing = block.style().lineSpacing();
        float natural = face.lineHeightFactor() * size;
        float leading = spacing.leading(natural);
        float descent = face.descentFactor() * size;
        float extra = spacing.rule() == LineSpacing.Rule.AUTO ? Math.max(0f, leading - natural) : 0f;
        float rise = switch (spacing.rule()) {
            case AUTO -> Math.max(leading - (extraAbove ? extra : 0f) - (natural - descent), descent);
            case EXACT -> leading * (1f - EXACT_ASCENT_SHARE);
            case AT_LEAST -> descent;
        };
        return new LineMetrics(font(largest), leading, rise, extra);
    }

    /**
     * @param firstPiece whether the piece starts the paragraph (and so has the first-line indent)
     * @param width      the width of the column the paragraph is laid out in
     */
    private Paragraph paragraph(ParagraphBlock block, List<Inline> inlines, boolean firstPiece, LineMetrics metrics,
                                FieldValues fields, float width) {
        ParagraphStyle style = block.style();
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(metrics.font());
        paragraph.setLeading(metrics.leading(), 0f);
        paragraph.setAlignment(alignment(style.alignment()));
        paragraph.setIndentationLeft(style.indentLeft());
        paragraph.setIndentationRight(style.indentRight());
        paragraph.setFirstLineIndent(firstPiece ? style.firstLineIndent() : 0f);
        paragraph.setKeepTogether(style.keepLines());
        float lineEnd = width - style.indentRight();
        float position = style.indentLeft() + (firstPiece ? style.firstLineIndent() : 0f);
        String destination = null;
        Chunk last = null;
        boolean withText = hasText(inlines);
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            List<Chunk> chunks;
            ParagraphStyle.TabStop stop = inline instanceof Inline.Tab && position <= lineEnd
                    ? tabs.next(style, firstPiece, position) : null;
            if (inline instanceof Inline.Tab tab && stop != null && stop.position() <= lineEnd) {
                List<Inline> after = textAfterTab(inlines, i + 1);
                float target = Tabs.target(stop, position, width(after, metrics, fields, false),
                        width(after, metrics, fields, true));
                chunks = tabs.gap(target - position, stop.leader(), font(tab.style()), metrics.rise());
                position = target;
            } else {
                chunks = inline instanceof Inline.Graphic graphic
                        ? List.of(graphicChunk(graphic, metrics, withText))
                        : chunks(inline, metrics, fields);
                if (inline instanceof Inline.Bookmark bookmark) {
                    destination = destination == null ? bookmark.name() : destination;
                } else if (inline instanceof Inline.Note note && !chunks.isEmpty()) {
                    // the note goes to the foot of the page where its mark is drawn
                    context.tags().once(chunks.getFirst(), rect -> context.footnotes().placed(note));
                }
                for (Chunk chunk : chunks) {
                    position += width(chunk);
                }
            }
            for (Chunk chunk : chunks) {
                if (destination != null) {
                    chunk.setLocalDestination(destination);
                    destination = null;
                }
                paragraph.add(chunk);
                last = chunk;
            }
        }
        if (last == null) {
            // An empty line keeps the height of the paragraph mark: one line in the mark's font.
            last = chunks(" ", block.markStyle(), metrics.rise()).getFirst();
            paragraph.add(last);
        }
        if (destination != null) {
            last.setLocalDestination(destination);
        }
        return paragraph;
    }

    /** The chunks that draw an inline other than a tab at a known stop. */
    private List<Chunk> chunks(Inline inline, LineMetrics metrics, FieldValues fields) {
        return switch (inline) {
            case Inline.Text text -> linked(chunks(text.text(), text.style(), metrics.rise()), text.link());
            case Inline.PageField field -> chunks(fields.valueOf(field), field.style(), metrics.rise());
            case Inline.Note note -> chunks(note.mark(), note.style(), metrics.rise());
            case Inline.Tab tab -> chunks(TAB_AS_SPACES, tab.style(), metrics.rise());
            case Inline.LineBreak lineBreak -> throw new IllegalArgumentException("line breaks are split off");
            case Inline.PageBreak pageBreak -> throw new IllegalArgumentException("page breaks are split off");
            // the graphic stands on the baseline, which the chunks of text are raised to
            case Inline.Graphic graphic -> List.of(new Chunk(context.image(graphic), 0f, metrics.rise(), true));
            case Inline.Bookmark bookmark -> List.of();
            case Inline.Floating floating -> List.of();
        };
    }

    /** The inlines after a tab up to the next tab (or the end of the piece): what a tab stop lines up. */
    private static List<Inline> textAfterTab(List<Inline> inlines, int from) {
        int to = from;
        while (to < inlines.size() && !(inlines.get(to) instanceof Inline.Tab)) {
            to++;
        }
        return inlines.subList(from, to);
    }

    /**
     * An inline graphic stands on the baseline, which the chunks of text are raised to. In a paragraph without text
     * it stands on the bottom of the line instead, above only the extra of proportional line spacing: LibreOffice
     * makes such a line exactly as tall as the graphic (a 226.8 pt chart alone in a 14 pt paragraph at 1.1 lines
     * takes 226.8 + 1.6 pt, where standing on the baseline took 3.6 pt more; at single spacing nothing is below
     * it), and with text on the line adds the text's depth below the baseline.
     */
    private Chunk graphicChunk(Inline.Graphic graphic, LineMetrics metrics, boolean withText) {
        return new Chunk(context.image(graphic), 0f, withText ? metrics.rise() : metrics.extra(), true);
    }

    private static boolean hasText(List<Inline> inlines) {
        return inlines.stream().anyMatch(inline -> inline instanceof Inline.Text text && !text.text().isEmpty()
                || inline instanceof Inline.PageField || inline instanceof Inline.Tab || inline instanceof Inline.Note);
    }

    /**
     * The width the inlines take on the line; with {@code beforeDecimalComma}, only up to the decimal comma of the
     * first number in their text (all of it when there is none). The comma is the decimal mark of Vietnamese.
     */
    private float width(List<Inline> inlines, LineMetrics metrics, FieldValues fields, boolean beforeDecimalComma) {
        float width = 0f;
        for (Inline inline : inlines) {
            if (beforeDecimalComma && inline instanceof Inline.Text text) {
                Matcher number = DECIMAL_NUMBER.matcher(text.text());
                if (number.find()) {
                    return width + width(chunks(text.text().substring(0, number.start() + 1), text.style(),
                            metrics.rise()));
                }
            }
            width += width(chunks(inline, metrics, fields));
        }
        return width;
    }

    private static float width(List<Chunk> chunks) {
        float width = 0f;
        for (Chunk chunk : chunks) {
            width += width(chunk);
        }
        return width;
    }

    /** The width a chunk takes on the line, with its character spacing. */
    static float width(Chunk chunk) {
        Float spacing = chunk.hasAttributes() ? (Float) chunk.getChunkAttributes().get(Chunk.CHAR_SPACING) : null;
        return chunk.getWidthPoint() + (spacing == null ? 0f : spacing * chunk.getContent().length());
    }

    /** The style with the largest font, which sets the line height; the mark's style for an empty paragraph. */
    private static RunStyle largestStyle(List<Inline> inlines, RunStyle markStyle) {
        RunStyle largest = null;
        for (Inline inline : inlines) {
            RunStyle style = switch (inline) {
                case Inline.Text text -> text.style();
                case Inline.PageField field -> field.style();
                case Inline.Note note -> note.style();
                case Inline.Tab tab -> tab.style();
                case Inline.LineBreak lineBreak -> lineBreak.style();
                case Inline.PageBreak pageBreak -> null;
                case Inline.Graphic graphic -> null;
                case Inline.Bookmark bookmark -> null;
                case Inline.Floating floating -> null;
            };
            if (style != null && (largest == null || style.sizePt() > largest.sizePt())) {
                largest = style;
            }
        }
        return largest != null ? largest : markStyle;
    }

    /** The chunks that draw the text: one, or one per font where some characters need a fallback font. */
    private List<Chunk> chunks(String text, RunStyle style, float rise) {
        if (style.underline() == RunStyle.TextLine.WORDS) {
            return underlinedWords(text, style, rise);
        }
        if (style.smallCaps()) {
            return smallCaps(text, style, rise);
        }
        FontLibrary.Face primary = fonts.face(style);
        List<FontLibrary.Run> runs = fonts.runs(text, primary);
        List<Chunk> chunks = new ArrayList<>(runs.size());
        for (FontLibrary.Run run : runs) {
            if (run.face() != null) {
                chunks.add(chunk(run.text(), style, run.face(), rise));
            }
        }
        if (chunks.isEmpty()) {
            chunks.add(chunk("", style, primary, rise));
        }
        return chunks;
    }

    /** Text underlined word by word: the spaces between the words are not underlined. */
    private List<Chunk> underlinedWords(String text, RunStyle style, float rise) {
        RunStyle words = style.withUnderline(RunStyle.TextLine.SINGLE);
        RunStyle spaces = style.withUnderline(RunStyle.TextLine.NONE);
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean space = Character.isWhitespace(text.charAt(start));
            int end = start;
            while (end < text.length() && Character.isWhitespace(text.charAt(end)) == space) {
                end++;
            }
            chunks.addAll(chunks(text.substring(start, end), space ? spaces : words, rise));
            start = end;
        }
        return chunks.isEmpty() ? chunks("", words, rise) : chunks;
    }

    /** Small caps: the lower-case letters as capitals of a smaller size, as LibreOffice draws them. */
    private List<Chunk> smallCaps(String text, RunStyle style, float rise) {
        RunStyle capitals = style.withSize(style.sizePt() * SMALL_CAPS_SIZE);
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean lower = Character.isLowerCase(text.charAt(start));
            int end = start;
            while (end < text.length() && Character.isLowerCase(text.charAt(end)) == lower) {
                end++;
            }
            String part = text.substring(start, end);
            chunks.addAll(lower
                    ? chunks(part.toUpperCase(Locale.ROOT), capitals, rise)
                    : chunks(part, style.withSmallCaps(false), rise));
            start = end;
        }
        return chunks;
    }

    /** The chunks made link annotations: to a web address, or to a bookmark the document has. */
    private List<Chunk> linked(List<Chunk> chunks, Inline.Link link) {
        if (link != null) {
            for (Chunk chunk : chunks) {
                if (link.url() != null) {
                    chunk.setAnchor(link.url());
                } else if (context.hasBookmark(link.bookmark())) {
                    chunk.setLocalGoto(link.bookmark());
                }
            }
        }
        return chunks;
    }

    private Chunk chunk(String text, RunStyle style, FontLibrary.Face face, float rise) {
        Chunk chunk = new Chunk(text, font(style, face));
        float scriptShift = switch (style.verticalAlign()) {
            case SUPERSCRIPT -> (face.lineHeightFactor() - face.descentFactor()) * style.sizePt() * (1f - SCRIPT_SIZE);
            case SUBSCRIPT -> -face.descentFactor() * style.sizePt() * (1f - SCRIPT_SIZE);
            case BASELINE -> 0f;
        };
        chunk.setTextRise(rise + scriptShift);
        if (style.characterSpacing() != 0f) {
            chunk.setCharacterSpacing(style.characterSpacing());
        }
        if (style.background() != null) {
            chunk.setBackground(style.background());
        }
        lines.decorate(chunk, style, face, chunk.getFont().getSize(), rise + scriptShift);
        return chunk;
    }

    private Font font(RunStyle style) {
        return font(style, fonts.face(style));
    }

    private Font font(RunStyle style, FontLibrary.Face face) {
        return fontCache.computeIfAbsent(new FontKey(style, face), key -> new Font(face.font(),
                style.verticalAlign() == RunStyle.VerticalAlign.BASELINE ? style.sizePt()
                        : style.sizePt() * SCRIPT_SIZE,
                Font.NORMAL, style.color()));
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
