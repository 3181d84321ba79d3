package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the header and footer of each page when the page is finished, with PAGE and NUMPAGES fields replaced by
 * the page number and the page count. The first page uses the first-page header and footer when the section asks
 * for a title page; even pages use the even-page ones when the document asks for different odd and even pages.
 */
final class HeaderFooterEvent extends PdfPageEventHelper {

    private final DocumentModel model;
    private final BlockRenderer blocks;
    private final Warnings warnings;
    private final String pageCount;
    private int pagesFinished;

    /** @param pageCount the total number of pages, or null while it is not known yet */
    HeaderFooterEvent(DocumentModel model, BlockRenderer blocks, Warnings warnings, Integer pageCount) {
        this.model = model;
        this.blocks = blocks;
        this.warnings = warnings;
        this.pageCount = pageCount == null ? null : String.valueOf(pageCount);
    }

    /** The number of pages finished so far. */
    int pagesFinished() {
        return pagesFinished;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pagesFinished = writer.getPageNumber();
        try {
            draw(writer);
        } catch (RuntimeException e) {
            warnings.add("page " + pagesFinished, "header or footer not drawn (" + e + ")");
        }
    }

    private void draw(PdfWriter writer) {
        PageSetup page = model.page();
        int pageNumber = page.firstPageNumber() + pagesFinished - 1;
        FieldValues fields = field -> switch (field.kind()) {
            case PAGE -> String.valueOf(pageNumber);
            case NUMPAGES -> pageCount != null ? pageCount : field.cachedResult();
        };
        float left = page.marginLeft();
        float right = page.width() - page.marginRight();

        List<Block> header = select(model.headers(), pageNumber);
        if (!header.isEmpty()) {
            column(writer, header, fields, left, right, page.height() - page.headerDistance()).go();
        }
        List<Block> footer = select(model.footers(), pageNumber);
        if (!footer.isEmpty()) {
            ColumnText measure = column(writer, footer, fields, left, right, page.height());
            measure.go(true);
            float height = page.height() - measure.getYLine();
            column(writer, footer, fields, left, right, page.footerDistance() + height).go();
        }
    }

    private List<Block> select(DocumentModel.HeaderFooters set, int pageNumber) {
        if (pagesFinished == 1 && model.page().titlePage()) {
            return set.first();
        }
        if (model.evenPageHeaderFooters() && pageNumber % 2 == 0) {
            return set.even();
        }
        return set.defaultKind();
    }

    /** A column between the margins whose top edge is at {@code top}, holding the rendered blocks. */
    private ColumnText column(PdfWriter writer, List<Block> content, FieldValues fields, float left, float right,
                              float top) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(left, 0f, right, top);
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        blocks.render(content, fields, BlockSink.withoutPageBreaks(column::addElement, right - left));
        return column;
    }
}
