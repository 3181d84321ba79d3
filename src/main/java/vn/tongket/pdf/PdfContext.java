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
    private final Map<Inline.Chart, Image> charts = new IdentityHashMap<>();
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

    /** The picture or chart as an image at its size. */
    Image image(Inline.Graphic graphic) {
        return switch (graphic) {
            case Inline.Picture picture -> Pictures.scaled(picture);
            case Inline.Chart chart -> charts.computeIfAbsent(chart, c -> {
                try {
                    return Image.getInstance(new ChartDrawer(fonts).draw(writer, c.chart(), c.widthPt(),
                            c.heightPt()));
                } catch (BadElementException e) {
                    throw new IllegalStateException("a chart form is an image", e);
                }
            });
        };
    }
}
