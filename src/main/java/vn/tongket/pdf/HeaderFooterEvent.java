package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the header and footer of each page when the page is finished, with PAGE and NUMPAGES fields replaced by
 * the page number and the page count. Each page belongs to the section that was being written when it started;
 * the first page of a section uses the first-page header and footer when the section asks for a title page, even
 * pages use the even-page ones when the document asks for different odd and even pages. Page numbers go on from
 * section to section unless a section restarts them ({@code w:pgNumType/@w:start}).
 */
final class HeaderFooterEvent extends PdfPageEventHelper {

    private final DocumentModel model;
    private final BlockRenderer blocks;
    private final Warnings warnings;
    private final String pageCount;
    private final FootnoteArea footnotes;
    private int pagesFinished;
    /** The section the next page to start belongs to, when it starts a section or a section began on this one. */
    private DocumentModel.Section starting;
    /** Whether the next page starts its section (false after a continuous section break). */
    private boolean startingOnNextPage = true;
    private DocumentModel.Section pageSection;
    private boolean firstOfSection;
    private int pageNumber;

    /**
     * @param pageCount the total number of pages, or null while it is not known yet
     * @param footnotes the footnotes drawn at the foot of each page when it ends
     */
    HeaderFooterEvent(DocumentModel model, BlockRenderer blocks, Warnings warnings, Integer pageCount,
                      FootnoteArea footnotes) {
        this.footnotes = footnotes;
        this.model = model;
        this.blocks = blocks;
        this.warnings = warnings;
        this.pageCount = pageCount == null ? null : String.valueOf(pageCount);
        this.starting = model.sections().getFirst();
    }

    /** The number of pages finished so far. */
    int pagesFinished() {
        return pagesFinished;
    }

    /** Makes the next page that starts the first page of the section. */
    void nextPageStarts(DocumentModel.Section section) {
        starting = section;
        startingOnNextPage = true;
    }

    /**
     * Makes the next page belong to a section that began on the current page (a continuous section break): the
     * current page keeps the headers of the section it started in.
     */
    void nextPageContinues(DocumentModel.Section section) {
        starting = section;
        startingOnNextPage = false;
    }

    /** The page number of the page being written. */
    int pageNumber() {
        return pageNumber;
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        if (starting != null && startingOnNextPage) {
            pageSection = starting;
            firstOfSection = true;
            Integer start = starting.page().firstPageNumber();
            pageNumber = start != null ? start : pageNumber + 1;
            starting = null;
        } else if (starting != null) {
            pageSection = starting;
            firstOfSection = false;
            pageNumber++;
            starting = null;
        } else {
            firstOfSection = false;
            pageNumber++;
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pagesFinished = writer.getPageNumber();
        try {
            draw(writer);
        } catch (RuntimeException e) {
            warnings.add("page " + pagesFinished, "header or footer not drawn (" + e + ")");
        }
        try {
            footnotes.drawPage(writer, pageSection.page(), blocks);
        } catch (RuntimeException e) {
            warnings.add("page " + pagesFinished, "footnotes not drawn (" + e + ")");
        }
    }

    private void draw(PdfWriter writer) {
        PageSetup page = pageSection.page();
        int number = pageNumber;
        FieldValues fields = field -> switch (field.kind()) {
            case PAGE -> String.valueOf(number);
            case NUMPAGES -> pageCount != null ? pageCount : field.cachedResult();
        };
        float left = page.marginLeft();
        float right = page.width() - page.marginRight();

        List<Block> header = select(pageSection.headers());
        if (!header.isEmpty()) {
            column(writer, header, fields, left, right, page.height() - page.headerDistance()).go();
        }
        List<Block> footer = select(pageSection.footers());
        if (!footer.isEmpty()) {
            ColumnText measure = column(writer, footer, fields, left, right, page.height());
            measure.go(true);
            float height = page.height() - measure.getYLine();
            column(writer, footer, fields, left, right, page.footerDistance() + height).go();
        }
    }

    private List<Block> select(DocumentModel.HeaderFooters set) {
        if (firstOfSection && pageSection.page().titlePage()) {
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
