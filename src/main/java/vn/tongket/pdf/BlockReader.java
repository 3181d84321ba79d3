package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Reads block content (the body, a header or footer, a table cell) into {@link Block}s, numbering paragraphs and
 * tables for the locations used in warnings. The body is cut into sections where a paragraph carries a
 * {@code w:sectPr}. A block that fails to read is skipped with a warning; the rest of the document still converts.
 */
final class BlockReader {

    /** Block-level children that carry no visible content. */
    private static final Set<String> IGNORED_BLOCK_CHILDREN = Set.of(
            "sectPr", "tcPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd",
            "commentRangeStart", "commentRangeEnd", "sdtPr", "sdtEndPr", "customXmlPr", "del", "moveFrom",
            "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd");

    /** The body of one section and the {@code w:sectPr} that ends it (null for a body without one). */
    record SectionContent(Element sectPr, List<Block> blocks) {
    }

    private final Warnings warnings;
    private final boolean collapseSpacing;
    private float textWidth;
    private List<Float> sectionTextWidths = List.of();
    private final List<SectionContent> sections = new ArrayList<>();
    private final ParagraphReader paragraphs;
    private final TableReader tables;

    /**
     * @param textWidth          the width between the page margins of headers, footers and the first section, for
     *                           tables sized as a percentage
     * @param collapseSpacing    whether the space between two paragraphs is the larger of the first's space after
     *                           and the second's space before, rather than their sum (see
     *                           {@link DocxReader}: HTML paragraph spacing)
     * @param textAlignedTables  whether tables follow the layout of Word 2010 and earlier, where the text of the
     *                           first cell, not the left border, lines up with the table's indent
     */
    BlockReader(StyleResolver styles, Numbering numbering, Warnings warnings, float textWidth,
                boolean textAlignedTables, boolean collapseSpacing) {
        this.collapseSpacing = collapseSpacing;
        this.warnings = warnings;
        this.textWidth = textWidth;
        this.paragraphs = new ParagraphReader(styles, numbering, warnings);
        paragraphs.textBoxesFrom((content, location) -> read(content, new Locations(location + ", "),
                StyleResolver.TableStyle.NONE, false));
        this.tables = new TableReader(styles, this, textAlignedTables);
    }

    /** Whether a NUMPAGES field was seen in anything read so far. */
    boolean usesPageCount() {
        return paragraphs.usesPageCount();
    }

    /**
     * The body cut into sections; the last one ends with the body's own {@code w:sectPr}.
     *
     * @param parts             what the relationships of the document part lead to
     * @param sectionTextWidths the width between the margins of each section in order, for tables sized as a
     *                          percentage
     */
    List<SectionContent> readBody(Element body, RelatedParts parts, List<Float> sectionTextWidths) {
        paragraphs.partsFrom(parts);
        this.sectionTextWidths = sectionTextWidths;
        sections.clear();
        textWidth = sectionTextWidths.isEmpty() ? textWidth : sectionTextWidths.getFirst();
        List<Block> last = read(body, new Locations(""), StyleResolver.TableStyle.NONE, true);
        sections.add(new SectionContent(child(body, "sectPr"), last));
        paragraphs.checkInternalLinks();
        return List.copyOf(sections);
    }

    /** The names of all bookmarks read. */
    Set<String> bookmarks() {
        return Set.copyOf(paragraphs.bookmarks());
    }

    /**
     * @param name  "default header", "first-page footer", ...
     * @param parts what the relationships of the header or footer part lead to
     */
    List<Block> readHeaderFooter(Element hdrFtr, String name, RelatedParts parts) {
        paragraphs.partsFrom(parts);
        return read(hdrFtr, new Locations(name + ", "), StyleResolver.TableStyle.NONE, false);
    }

    /** Sets where the footnote references of the paragraphs read next lead. */
    void footnotesFrom(Footnotes notes) {
        paragraphs.footnotesFrom(notes);
    }

    /** Sets where the endnote references of the paragraphs read next lead, and how endnotes are numbered. */
    void endnotesFrom(Footnotes notes, String format) {
        paragraphs.endnotesFrom(notes, format);
    }

    /** The blocks of the endnotes referred to so far, in the order of their marks. */
    List<Block> endnotes() {
        return paragraphs.endnotes();
    }

    /**
     * The blocks of a footnote or endnote ({@code w:footnote}, {@code w:endnote}), its {@code w:footnoteRef} or
     * {@code w:endnoteRef} showing the mark; read in the middle of the paragraph that refers to it, whose reading
     * goes on afterwards.
     *
     * @param parts what the relationships of the footnotes or endnotes part lead to
     */
    List<Block> readFootnote(Element footnote, String mark, RelatedParts parts) {
        RelatedParts outerParts = paragraphs.parts();
        String outerMark = paragraphs.noteMark();
        paragraphs.partsFrom(parts);
        paragraphs.noteMark(mark);
        try {
            return read(footnote, new Locations(footnote.getLocalName() + " " + (mark.isEmpty() ? "" : mark + " ") + "("
                    + WordXml.attr(footnote, "id") + "), "), StyleResolver.TableStyle.NONE, false);
        } finally {
            paragraphs.partsFrom(outerParts);
            paragraphs.noteMark(outerMark);
        }
    }

    List<Block> readCell(Element tc, String cellLocation, StyleResolver.TableStyle tableStyle) {
        return read(tc, new Locations(cellLocation + ", "), tableStyle, false);
    }

    /** Numbers the paragraphs and tables of one container. */
    private static final class Locations {
        private final String prefix;
        private int paragraphs;
        private int tables;

        Locations(String prefix) {
            this.prefix = prefix;
        }

        String nextParagraph() {
            return prefix + "paragraph " + ++paragraphs;
        }

        String nextTable() {
            return prefix + "table " + ++tables;
        }

        String current() {
            return prefix + "after paragraph " + paragraphs;
        }
    }

    private List<Block> read(Element container, Locations locations, StyleResolver.TableStyle tableStyle,
                             boolean isBody) {
        List<Block> blocks = new ArrayList<>();
        collect(container, locations, tableStyle, isBody, blocks);
        return blocks;
    }

    private void collect(Element container, Locations locations, StyleResolver.TableStyle tableStyle,
                         boolean isBody, List<Block> out) {
        for (Element e : WordXml.children(container)) {
            String name = e.getLocalName();
            if (WordXml.isW(e, "p")) {
                String location = locations.nextParagraph();
                readSafely(location, () -> out.add(collapsed(out, paragraphs.read(e, location, tableStyle))));
                Element sectPr = child(child(e, "pPr"), "sectPr");
                if (isBody && sectPr != null) {
                    sections.add(new SectionContent(sectPr, List.copyOf(out)));
                    out.clear();
                    int next = sections.size();
                    if (next < sectionTextWidths.size()) {
                        textWidth = sectionTextWidths.get(next);
                    }
                }
            } else if (WordXml.isW(e, "tbl")) {
                String location = locations.nextTable();
                readSafely(location, () -> out.add(tables.read(e, location, textWidth)));
            } else if (WordXml.isW(e, "sdt")) {
                collect(child(e, "sdtContent"), locations, tableStyle, isBody, out);
            } else if (WordXml.isW(e, "customXml") || WordXml.isW(e, "ins") || WordXml.isW(e, "moveTo")) {
                collect(e, locations, tableStyle, isBody, out);
            } else if (!WordXml.W.equals(e.getNamespaceURI()) || !IGNORED_BLOCK_CHILDREN.contains(name)) {
                warnings.add(locations.current(), Unsupported.describe(e) + " not rendered");
            }
        }
    }

    /**
     * The paragraph with its space before reduced by the space after the paragraph before it, so that the space
     * between them is the larger of the two, when spacing collapses (around paragraphs with borders too, as in
     * LibreOffice); and with that space after noted on its floating graphics.
     */
    private ParagraphBlock collapsed(List<Block> before, ParagraphBlock read) {
        ParagraphBlock paragraph = !before.isEmpty() && before.getLast() instanceof ParagraphBlock previous
                ? read.withSpaceAboveFloats(previous.style().spaceAfter()) : read;
        if (!collapseSpacing || before.isEmpty() || !(before.getLast() instanceof ParagraphBlock previous)
                || previous.inlines().stream().anyMatch(Inline.PageBreak.class::isInstance)) {
            return paragraph;
        }
        float reduced = Math.max(0f, paragraph.style().spaceBefore() - previous.style().spaceAfter());
        return reduced == paragraph.style().spaceBefore() ? paragraph
                : paragraph.withStyle(paragraph.style().withSpaceBefore(reduced));
    }

    private void readSafely(String location, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            warnings.add(location, "not rendered, could not be read (" + e + ")");
        }
    }
}
