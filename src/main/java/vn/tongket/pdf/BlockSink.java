package vn.tongket.pdf;

import org.openpdf.text.Element;

/** Where rendered blocks go: the document body, a header or footer column, a table cell. */
interface BlockSink {

    void add(Element element);

    /** Starts a new page; ignored where pages cannot break (headers, footers, cells). */
    void pageBreak();
}
