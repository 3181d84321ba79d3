package vn.tongket.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The body flowing through the pages: one column between the margins, continued on a new page whenever it is
 * full. A column fits lines exactly (OpenPDF's own document flow ends each page a line early).
 * <p>
 * Like Word, the flow keeps the space before a paragraph at the top of the first page and after a page break in
 * the text, and drops it at the top of a page that the text ran onto. Where a paragraph would be cut by the end of
 * a page it follows Word's rules:
 * <ul>
 *   <li>keep lines together ({@code w:keepLines}): the paragraph starts a new page if it fits on one;</li>
 *   <li>widow and orphan control ({@code w:widowControl}, on unless a style or the paragraph turns it off, as
 *       LibreOffice reads a document with paragraph defaults): a page does not end after a paragraph's first line,
 *       nor does the next page start with its last line alone, at every page end a paragraph crosses;</li>
 *   <li>keep with next ({@code w:keepNext}): a run of such paragraphs starts a new page when it would not fit on the
 *       current one together with the first line (two lines under widow control) of the block that follows.</li>
 * </ul>
 * A section starts on a new page with its own size and margins (or on the same page for a continuous section
 * break of the same page size; on an even or odd page when it asks, leaving a blank page between if needed).
 */
final class BodyFlow implements BlockSink {

    /** Below this many lines a paragraph is not split under widow and orphan control. */
    private static final int MIN_LINES_ON_A_PAGE = 2;
    /** Smaller than any line: raising the column bottom by it past a line's bottom keeps that line off the page. */
    private static final float LINE_EPSILON = 0.01f;

    private final Document document;
    private final PdfWriter writer;
    private final BlockRenderer blocks;
    private final FieldValues fields;
    private final Warnings warnings;
    private final HeaderFooterEvent pages;
    private final PdfContext context;
    private final FlowColumn column;
    private PageSetup page;
    /** Whether the next element starts a page opened by the document start or a page break in the text. */
    private boolean atTopAfterBreak = true;
    /** The lowest the column may go on the current page (above the bottom margin when a paragraph must break). */
    private float pageBottom;
    /**
     * How far the lines of the block being written may reach into the bottom margin: the extra height of
     * proportional line spacing, which lies below the text here and above it in LibreOffice, where a line fits when
     * its text does ({@link ParagraphRenderer#lineSpacingExtra}).
     */
    private float hang;
    /**
     * Whether the block being written is a paragraph of one piece (no line or page breaks) under widow control,
     * which keeps two lines together at every page end it crosses, not only its first.
     */
    private boolean widowControlAcrossPages;
    private String location = "document";
    /** Where LibreOffice first puts each body block, which decides whether it keeps a paragraph with the next. */
    private LibreOfficePageGuess guess;
    /** The index of the current section's first block among all the body's blocks. */
    private int sectionStart;
    /**
     * The blocks of the current section that were rendered ahead to be measured, by their index: a block is
     * rendered once, measured as often as the rules need, and written from the same elements when rendering it
     * for the page would give the same ({@link #writtenAsRendered}).
     */
    private final Map<Integer, List<Element>> renderedAhead = new HashMap<>();

    BodyFlow(Document document, PdfWriter writer, BlockRenderer blocks, FieldValues fields, Warnings warnings,
             HeaderFooterEvent pages, PdfContext context, PageSetup firstPage) {
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        this.fields = fields;
        this.warnings = warnings;
        this.pages = pages;
        this.context = context;
        this.page = firstPage;
        this.column = new FlowColumn(writer.getDirectContent());
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        startColumn();
    }

    void render(List<DocumentModel.Section> sections) {
        writer.setPageEmpty(false);
        guess = LibreOfficePageGuess.of(sections);
        sectionStart = 0;
        for (int s = 0; s < sections.size(); s++) {
            if (s > 0) {
                sectionStart += sections.get(s - 1).body().size();
                startSection(sections.get(s));
            }
            List<Block> body = sections.get(s).body();
            renderedAhead.clear();
            for (int i = 0; i < body.size(); i++) {
                Block block = body.get(i);
                location = block.location();
                context.footnotes().expect(FootnoteArea.in(block));
                hang = blocks.lineSpacingExtra(block);
                widowControlAcrossPages = block instanceof ParagraphBlock paragraph && paragraph.style().widowControl()
                        && paragraph.style().box() == null && paragraph.inlines().stream().noneMatch(
                                inline -> inline instanceof Inline.LineBreak || inline instanceof Inline.PageBreak);
                pageBottom = bottom();
                column.setSimpleColumn(left(), pageBottom, right(), column.getYLine());
                if (i == 0 || !keepsWithNext(body.get(i - 1))) {
                    keepWithNext(body, i);
                }
                if (block instanceof ParagraphBlock paragraph) {
                    breakParagraphWell(paragraph, i);
                }
                List<Element> ahead = renderedAhead.remove(i);
                if (ahead != null && writtenAsRendered(block)) {
                    blocks.write(block, ahead, this);
                } else {
                    blocks.render(block, fields, this);
                }
                context.footnotes().expect(List.of());
                hang = 0f;
                widowControlAcrossPages = false;
                pageBottom = bottom();
                column.setSimpleColumn(left(), pageBottom, right(), column.getYLine());
            }
        }
    }

    private void startSection(DocumentModel.Section section) {
        PageSetup next = section.page();
        boolean sameSize = next.width() == page.width() && next.height() == page.height();
        if (section.start() == DocumentModel.SectionStart.CONTINUOUS && sameSize) {
            // the new margins apply to the text from here on; its headers and footers from the next page
            applyPageSetup(next);
            pages.nextPageContinues(section);
            column.setSimpleColumn(left(), bottom(), right(), column.getYLine());
            return;
        }
        applyPageSetup(next);
        pages.nextPageStarts(section);
        newPage();
        boolean wantEven = section.start() == DocumentModel.SectionStart.EVEN_PAGE;
        boolean wantOdd = section.start() == DocumentModel.SectionStart.ODD_PAGE;
        if ((wantEven && pages.pageNumber() % 2 != 0) || (wantOdd && pages.pageNumber() % 2 == 0)) {
            pages.nextPageStarts(section);
            newPage(); // a blank page, as Word leaves one
        }
        atTopAfterBreak = true;
    }

    private void applyPageSetup(PageSetup next) {
        page = next;
        document.setPageSize(new Rectangle(next.width(), next.height()));
        document.setMargins(next.marginLeft(), next.marginRight(), next.marginTop(), next.marginBottom());
        context.page(next);
    }

    private void newPage() {
        document.newPage();
        writer.setPageEmpty(false);
        startColumn();
    }

    /**
     * Sets where the paragraph may break on this page so that Word's rules hold: a new page first for a paragraph
     * whose lines must stay together or that would leave one line here, a page end one line early for a
     * paragraph that would leave one line for the next page.
     */
    private void breakParagraphWell(ParagraphBlock paragraph, int index) {
        ParagraphStyle style = paragraph.style();
        if (!style.keepLines() && !style.widowControl() || style.box() != null || style.pageBreakBefore()
                || paragraph.inlines().stream().anyMatch(Inline.PageBreak.class::isInstance)) {
            return;
        }
        List<Element> elements = renderedAhead(paragraph, index);
        if (WorstCaseHeight.surelyFits(elements, width(), column.getYLine() - bottom())) {
            return; // it fits, as laying it out would show
        }
        ColumnText here = simulation(elements, column.getYLine(), bottom(), isAtTop() && !atTopAfterBreak);
        if (!ColumnText.hasMoreText(here.go(true))) {
            return; // it fits
        }
        int fitting = here.getLinesWritten();
        ColumnText whole = simulation(elements, document.top(), document.top() - 100_000f, true);
        whole.go(true);
        int total = whole.getLinesWritten();
        boolean fitsOnAPage = document.top() - whole.getYLine() <= document.top() - bottom();
        if (isAtTop()) {
            return; // nothing gained by a new page
        }
        if (style.keepLines() && fitsOnAPage
                || style.widowControl() && total >= MIN_LINES_ON_A_PAGE && fitting < MIN_LINES_ON_A_PAGE) {
            newPage();
            atTopAfterBreak = false;
        } else if (style.widowControl() && total - fitting == 1 && total > MIN_LINES_ON_A_PAGE) {
            if (fitting - 1 < MIN_LINES_ON_A_PAGE) {
                newPage();
                atTopAfterBreak = false;
            } else {
                // end the page one line early: raise the bottom just above where the last fitting line ends
                pageBottom = here.getYLine() + LINE_EPSILON;
                column.setSimpleColumn(left(), pageBottom, right(), column.getYLine());
            }
        }
    }

    /** @param adjustFirstLine whether the space before the first element is dropped, as at the top of a page */
    private ColumnText simulation(List<Element> elements, float top, float bottom, boolean adjustFirstLine) {
        ColumnText simulation = new ColumnText(null);
        simulation.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        simulation.setSimpleColumn(left(), bottom, right(), top);
        simulation.setAdjustFirstLine(adjustFirstLine);
        elements.forEach(simulation::addElement);
        return simulation;
    }

    private void keepWithNext(List<Block> body, int start) {
        int next = start;
        while (next < body.size() && keepsWithNext(body.get(next))) {
            next++;
        }
        if (next == start || next == body.size()) {
            return;
        }
        int following = next;
        float needed = blocks.firstLinesHeight(body.get(next), () -> renderedAhead(body.get(following), following),
                fields, width());
        for (int i = start; i < next; i++) {
            needed += blocks.height(body.get(i), renderedAhead(body.get(i), i), width());
        }
        if (needed > column.getYLine() - bottom() && needed <= document.top() - bottom()
                && !keptApartByLibreOfficesGuess(next - 1, next)) {
            // like a page the text ran onto: the space before the moved paragraph is dropped
            newPage();
            atTopAfterBreak = false;
        }
    }

    /**
     * Whether LibreOffice leaves a run that keeps with the next block at the foot of this page: it moves the run
     * only when that block flows off this page, which never happens when it opened the document with the run's
     * last paragraph on this page (or before) and that block on a later one ({@link LibreOfficePageGuess}).
     */
    private boolean keptApartByLibreOfficesGuess(int lastOfRun, int next) {
        int page = writer.getPageNumber();
        return guess.page(sectionStart + lastOfRun) <= page && guess.page(sectionStart + next) > page;
    }

    /** The block rendered for the body's width, once: laying the elements out to measure them leaves them as they are. */
    private List<Element> renderedAhead(Block block, int index) {
        return renderedAhead.computeIfAbsent(index, i -> blocks.elements(block, fields, width()));
    }

    /**
     * Whether rendering the block for the page gives the elements it gave when rendered ahead: yes unless it breaks
     * the page, which only the page's sink does.
     */
    private static boolean writtenAsRendered(Block block) {
        return !(block instanceof ParagraphBlock paragraph) || !paragraph.style().pageBreakBefore()
                && paragraph.inlines().stream().noneMatch(Inline.PageBreak.class::isInstance);
    }

    private static boolean keepsWithNext(Block block) {
        return block instanceof ParagraphBlock paragraph && paragraph.style().keepNext();
    }

    /**
     * Writes the element, onto as many new pages as it needs. The column skips the space before its first
     * element ("adjusts the first line") only at the top of a page the text ran onto.
     */
    @Override
    public void add(Element element) {
        column.addElement(element);
        column.setAdjustFirstLine(isAtTop() && !atTopAfterBreak);
        boolean onOverflowPage = false;
        while (ColumnText.hasMoreText(goKeepingRowsWhole(element))) {
            if (onOverflowPage && isAtTop()) {
                column.setText(null); // drops what is left of the element
                warnings.add(location, "part not rendered: it does not fit on a page");
                break;
            }
            newPage();
            column.setAdjustFirstLine(true);
            atTopAfterBreak = false;
            onOverflowPage = true;
            if (widowControlAcrossPages) {
                keepTheLastLineCompany();
            }
        }
        atTopAfterBreak = atTopAfterBreak && isAtTop();
    }

    /**
     * Writes what fits of the column. For a table with rows that must not break ({@code w:cantSplit}), first tells
     * OpenPDF whether the row that meets this page's end may break: it moves to the next page if not, unless
     * it starts the page (a row taller than a page is broken all the same, as LibreOffice and Word do).
     */
    private int goKeepingRowsWhole(Element element) {
        if (element instanceof WordTable table && table.hasUnsplittableRows() && column.table() != null) {
            column.table().setSplitLate(table.mustNotSplit(column.table(), column.firstRowThatDoesNotFit()));
        }
        return column.go();
    }

    /**
     * On a page that a paragraph ran onto: when the rest of the paragraph would cross this page's end too and leave
     * its last line alone on the next page, ends this page one line early ({@link #breakParagraphWell} does the
     * same where the paragraph first breaks).
     */
    private void keepTheLastLineCompany() {
        ColumnText here = ColumnText.duplicate(column);
        here.setSimpleColumn(left(), pageBottom, right(), column.getYLine());
        if (!ColumnText.hasMoreText(here.go(true))) {
            return; // the rest ends on this page
        }
        ColumnText next = ColumnText.duplicate(here);
        next.setSimpleColumn(left(), pageBottom - 100_000f, right(), document.top());
        next.go(true);
        if (next.getLinesWritten() == 1 && here.getLinesWritten() > MIN_LINES_ON_A_PAGE) {
            pageBottom = here.getYLine() + LINE_EPSILON;
            column.setSimpleColumn(left(), pageBottom, right(), column.getYLine());
        }
    }

    @Override
    public void pageBreak() {
        newPage();
        atTopAfterBreak = true;
    }

    @Override
    public void pageBreakUnlessAtTop() {
        if (!isAtTop()) {
            pageBreak();
        }
    }

    @Override
    public float width() {
        return right() - left();
    }

    private float left() {
        return page.marginLeft();
    }

    private float right() {
        return page.width() - page.marginRight();
    }

    /** The lowest the text may go: the bottom margin, less the overhang, above the page's footnotes. */
    private float bottom() {
        return page.marginBottom() - hang + context.footnotes().reserved(blocks, width());
    }

    private void startColumn() {
        pageBottom = bottom();
        column.setSimpleColumn(left(), pageBottom, right(), document.top());
    }

    private boolean isAtTop() {
        return column.getYLine() >= document.top();
    }
}
