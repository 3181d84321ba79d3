package vn.tongket.pdf;

import java.util.List;

/**
 * The footnotes ({@code footnotes.xml}) or endnotes ({@code endnotes.xml}) of a document, read when a reference to
 * one is met in the text.
 */
interface Footnotes {

    Footnotes NONE = (id, mark) -> null;

    /**
     * The blocks of the note, its {@code w:footnoteRef} or {@code w:endnoteRef} showing the mark; null when the
     * document has no note of that id.
     */
    List<Block> read(String id, String mark);
}
