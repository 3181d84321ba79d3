package vn.tongket.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What the renderers of one PDF share: the writer, the chunk events, the outline, the bookmarks that internal
 * links may lead to, the page set-up of the section being written, and the forms charts are drawn in (each chart
 * is drawn once per PDF, however often it is measured).
 * <p>
 * One context serves one PDF; it is not thread-safe.
 */
final class PdfContext {

    private final PdfWriter writer;
    private final FontLibrary fonts;
    private final ChunkTags tags;
    private final OutlineEvent outline;
    private final Set<String> bookmarks;
    private final Map<Inline.Graphic, Image> forms = new IdentityHashMap<>();
    private final FootnoteArea footnotes = new FootnoteArea();
    /** What draws the content of text boxes; set by the renderer of this PDF's blocks. */
    private BlockRenderer blocks;
    private PageSetup page;

    PdfContext(PdfWriter writer, FontLibrary fonts, ChunkTags tags, OutlineEvent outline, Set<String> bookmarks,
               PageSetup firstPage) {
        this.writer = writer;
        this.fonts = fonts;
        this.tags = tags;
        this.outline = outline;
        this.bookmarks = bookmarks;
        this.page = firstPage;
    }

    PdfWriter writer() {
        return writer;
    }

    FontLibrary fonts() {
        return fonts;
    }

    ChunkTags tags() {
        return tags;
    }

    OutlineEvent outline() {
        return outline;
    }

    /** Sets what draws the content of text boxes. */
    void blocks(BlockRenderer renderer) {
        this.blocks = renderer;
    }

    /** The footnotes of the page being written. */
    FootnoteArea footnotes() {
        return footnotes;
    }

    boolean hasBookmark(String name) {
        return bookmarks.contains(name);
    }

    /** The page set-up of the section being written. */
    PageSetup page() {
        return page;
    }

    void page(PageSetup current) {
        this.page = current;
    }

    private static Image form(org.openpdf.text.pdf.PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("a form is an image", e);
        }
    }

    /** The picture, chart or shape as an image at its size (charts and shapes are drawn once per PDF). */
    Image image(Inline.Graphic graphic) {
        return switch (graphic) {
            case Inline.Picture picture -> Pictures.scaled(picture);
            case Inline.Chart chart -> forms.computeIfAbsent(chart, c -> form(new ChartDrawer(fonts).draw(writer,
                    chart.chart(), chart.widthPt(), chart.heightPt())));
            case Inline.Shape shape -> forms.computeIfAbsent(shape, s -> ShapeDrawer.draw(writer, shape));
            case Inline.TextBox box -> forms.computeIfAbsent(box, b -> ShapeDrawer.draw(writer, box, blocks, tags));
        };
    }
}
