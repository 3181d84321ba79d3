package vn.tongket.pdf;

import java.util.function.Consumer;

import org.openpdf.text.Element;

/** Where rendered blocks go: the document body, a header or footer column, a table cell. */
interface BlockSink {

    void add(Element element);

    /** Starts a new page (a page break in the text); ignored where pages cannot break (headers, footers, cells). */
    void pageBreak();

    /** Starts a new page unless nothing is on the current one yet ({@code w:pageBreakBefore}). */
    void pageBreakUnlessAtTop();

    /** The width available to the blocks, in points. */
    float width();

    /** A sink for a header, footer or table cell, where Word does not break pages. */
    static BlockSink withoutPageBreaks(Consumer<Element> target, float width) {
        return new BlockSink() {
            @Override
            public void add(Element element) {
                target.accept(element);
            }

            @Override
            public void pageBreak() {
                // no pages to break here
            }

            @Override
            public void pageBreakUnlessAtTop() {
                // no pages to break here
            }

            @Override
            public float width() {
                return width;
            }
        };
    }
}
