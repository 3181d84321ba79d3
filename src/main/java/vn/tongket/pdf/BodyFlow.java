package vn.tongket.pdf;

import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The body flowing through the pages of the OpenPDF document. Besides page breaks it honours Word's
 * keep-with-next: a run of {@code w:keepNext} paragraphs starts a new page when it would not fit on the current
 * one together with the first line of the block that follows it.
 * <p>
 * OpenPDF drops the space before a paragraph at the top of a page. Like Word, the flow keeps it on the first page
 * and after a page break in the text, by marking those pages as started.
 */
final class BodyFlow implements BlockSink {

    private final Document document;
    private final PdfWriter writer;
    private final BlockRenderer blocks;
    private final FieldValues fields;

    BodyFlow(Document document, PdfWriter writer, BlockRenderer blocks, FieldValues fields) {
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        this.fields = fields;
    }

    void render(List<Block> body) {
        writer.setPageEmpty(false);
        for (int i = 0; i < body.size(); i++) {
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
        float available = writer.getVerticalPosition(true) - document.bottom();
        float pageHeight = document.top() - document.bottom();
        if (needed > available && needed <= pageHeight) {
            document.newPage();
        }
    }

    private static boolean keepsWithNext(Block block) {
        return block instanceof ParagraphBlock paragraph && paragraph.style().keepNext();
    }

    @Override
    public void add(Element element) {
        document.add(element);
    }

    @Override
    public void pageBreak() {
        document.newPage();
        writer.setPageEmpty(false);
    }

    @Override
    public void pageBreakUnlessAtTop() {
        if (writer.getVerticalPosition(false) < document.top()) {
            pageBreak();
        }
    }

    @Override
    public float width() {
        return document.right() - document.left();
    }
}
