package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The body flowing through the pages: one column between the margins, continued on a new page whenever it is
 * full. A column fits lines exactly (OpenPDF's own document flow ends each page a line early).
 * <p>
 * Like Word, the flow keeps the space before a paragraph at the top of the first page and after a page break in
 * the text, and drops it at the top of a page that the text ran onto. It also honours keep-with-next: a run of
 * {@code w:keepNext} paragraphs starts a new page when it would not fit on the current one together with the
 * first line of the block that follows it.
 */
final class BodyFlow implements BlockSink {

    private final Document document;
    private final PdfWriter writer;
    private final BlockRenderer blocks;
    private final FieldValues fields;
    private final Warnings warnings;
    private final ColumnText column;
    /** Whether the next element starts a page opened by the document start or a page break in the text. */
    private boolean atTopAfterBreak = true;
    private String location = "document";

    BodyFlow(Document document, PdfWriter writer, BlockRenderer blocks, FieldValues fields, Warnings warnings) {
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        this.fields = fields;
        this.warnings = warnings;
        this.column = new ColumnText(writer.getDirectContent());
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        startColumn();
    }

    void render(List<Block> body) {
        writer.setPageEmpty(false);
        for (int i = 0; i < body.size(); i++) {
            location = body.get(i).location();
            if (i == 0 || !keepsWithNext(body.get(i - 1))) {
                keepWithNext(body, i);
            }
            blocks.render(body.get(i), fields, this);
        }
    }

    private void keepWithNext(List<Block> body, int start) {
        int next = start;
        while (next < body.size() && keepsWithNext(body.get(next))) {
            next++;
        }
        if (next == start || next == body.size()) {
            return;
        }
        float needed = blocks.firstLineHeight(body.get(next), fields, width());
        for (int i = start; i < next; i++) {
            needed += blocks.height(body.get(i), fields, width());
        }
        if (needed > column.getYLine() - document.bottom() && needed <= document.top() - document.bottom()) {
            // like a page the text ran onto: the space before the moved paragraph is dropped
            document.newPage();
            startColumn();
            atTopAfterBreak = false;
        }
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
        while (ColumnText.hasMoreText(column.go())) {
            if (onOverflowPage && isAtTop()) {
                column.setText(null); // drops what is left of the element
                warnings.add(location, "part not rendered: it does not fit on a page");
                break;
            }
            document.newPage();
            startColumn();
            column.setAdjustFirstLine(true);
            atTopAfterBreak = false;
            onOverflowPage = true;
        }
        atTopAfterBreak = atTopAfterBreak && isAtTop();
    }

    @Override
    public void pageBreak() {
        document.newPage();
        writer.setPageEmpty(false);
        startColumn();
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
        return document.right() - document.left();
    }

    private void startColumn() {
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }

    private boolean isAtTop() {
        return column.getYLine() >= document.top();
    }
}
