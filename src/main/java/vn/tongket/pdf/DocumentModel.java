package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the renderer needs from the DOCX: its sections in order, each with its page set-up, headers, footers
 * and body. Headers and footers are empty lists when the section has none of that kind (a section that names
 * none of a kind has already been given those of the section before it, as in Word).
 *
 * @param evenPageHeaderFooters whether even pages use their own header and footer ({@code w:evenAndOddHeaders})
 * @param defaultTabStop        the interval of the default tab stops in points ({@code w:defaultTabStop})
 * @param usesPageCount         whether some field needs the total number of pages (NUMPAGES)
 * @param expandLineBreakLines  whether a justified line that ends in a line break is stretched to the margin, as
 *                              Word and LibreOffice do unless the document turns it off
 *                              ({@code w:doNotExpandShiftReturn})
 * @param bookmarks             the names of the bookmarks, which internal links may lead to
 */
record DocumentModel(List<Section> sections, boolean evenPageHeaderFooters, float defaultTabStop,
                     boolean usesPageCount, Set<String> bookmarks, boolean expandLineBreakLines) {

    DocumentModel {
        sections = List.copyOf(sections);
        bookmarks = Set.copyOf(bookmarks);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one section");
        }
    }

    /**
     * A section ({@code w:sectPr}): how it starts, its page set-up, headers and footers, and its body blocks.
     */
    record Section(SectionStart start, PageSetup page, HeaderFooters headers, HeaderFooters footers,
                   List<Block> body) {
        Section {
            body = List.copyOf(body);
        }
    }

    /** How a section begins ({@code w:type}): on a new page (the default), on the same page, on an even or odd page. */
    enum SectionStart { NEXT_PAGE, CONTINUOUS, EVEN_PAGE, ODD_PAGE }

    /** The headers (or the footers) of a section by kind; a missing kind is an empty list. */
    record HeaderFooters(List<Block> first, List<Block> defaultKind, List<Block> even) {
        static final HeaderFooters NONE = new HeaderFooters(List.of(), List.of(), List.of());

        HeaderFooters {
            first = List.copyOf(first);
            defaultKind = List.copyOf(defaultKind);
            even = List.copyOf(even);
        }
    }

    /** The page set-up of the first section. */
    PageSetup page() {
        return sections.getFirst().page();
    }

    /** The headers of the first section. */
    HeaderFooters headers() {
        return sections.getFirst().headers();
    }

    /** The footers of the first section. */
    HeaderFooters footers() {
        return sections.getFirst().footers();
    }

    /** The body blocks of all sections, in order. */
    List<Block> body() {
        List<Block> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.body()));
        return all;
    }
}
