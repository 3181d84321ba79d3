package vn.tongket.pdf;

import java.util.List;

/** The footnotes of a document ({@code footnotes.xml}), read when a reference to one is met in the text. */
interface Footnotes {

    Footnotes NONE = (id, mark) -> null;

    /**
     * The blocks of the footnote, its {@code w:footnoteRef} showing the mark; null when the document has no
     * footnote of that id.
     */
    List<Block> read(String id, String mark);
}
