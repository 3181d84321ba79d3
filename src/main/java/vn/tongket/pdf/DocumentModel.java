package vn.tongket.pdf;

import java.util.List;

/**
 * Everything the renderer needs from the DOCX: page set-up, headers and footers, and the body.
 * Headers and footers are empty lists when the document has none of that kind.
 *
 * @param evenPageHeaderFooters whether even pages use their own header and footer ({@code w:evenAndOddHeaders})
 * @param defaultTabStop        the interval of the default tab stops in points ({@code w:defaultTabStop})
 * @param usesPageCount         whether some field needs the total number of pages (NUMPAGES)
 */
record DocumentModel(PageSetup page, HeaderFooters headers, HeaderFooters footers, boolean evenPageHeaderFooters,
                     float defaultTabStop, List<Block> body, boolean usesPageCount) {

    /** The headers (or the footers) of a section by kind; a missing kind is an empty list. */
    record HeaderFooters(List<Block> first, List<Block> defaultKind, List<Block> even) {
        HeaderFooters {
            first = List.copyOf(first);
            defaultKind = List.copyOf(defaultKind);
            even = List.copyOf(even);
        }
    }
}
