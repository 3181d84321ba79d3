package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/** Reads a DOCX package into the {@link DocumentModel} that the renderer lays out. */
final class DocxReader {

    /** A4 portrait in twips, used when the document does not give a page size. */
    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    /** Word's margins when the document gives none: 1 inch, with the header and footer 0.5 inch from the edge. */
    private static final float DEFAULT_MARGIN_PT = 72f;
    private static final float DEFAULT_HEADER_FOOTER_DISTANCE_PT = 36f;
    /** Word's default tab stops are 1.27 cm (0.5 inch) apart. */
    private static final float DEFAULT_TAB_STOP_PT = 36f;
    /** The margins of LibreOffice's "Endnote" page style: 2 cm. */
    private static final float ENDNOTE_MARGIN_PT = 56.7f;

    private static final int WORD_2007_MODE = 12;
    private static final int WORD_2013_MODE = 15;

    private DocxReader() {
    }

    static DocumentModel read(DocxPackage document, Warnings warnings) {
        Element body = document.body();
        List<Element> sectionProperties = sectionProperties(body);
        List<PageSetup> pages = new ArrayList<>();
        for (int i = 0; i < sectionProperties.size(); i++) {
            pages.add(checkedPageSetup(sectionProperties.get(i), sectionName(i, sectionProperties.size()), warnings));
        }
        Element settings = document.mainRelated(DocxPackage.SETTINGS);
        BlockReader blocks = new BlockReader(new StyleResolver(document.mainRelated(DocxPackage.STYLES)),
                Numbering.read(document.mainRelated(DocxPackage.NUMBERING)), warnings, pages.getFirst().textWidth(),
                compatibilityMode(settings) < WORD_2013_MODE, collapsesParagraphSpacing(settings));
        blocks.footnotesFrom(notes(document, DocxPackage.FOOTNOTES, "footnote", blocks));
        blocks.endnotesFrom(notes(document, DocxPackage.ENDNOTES, "endnote", blocks), endnoteFormat(settings));
        List<BlockReader.SectionContent> contents = blocks.readBody(body, RelatedParts.of(document.main()),
                pages.stream().map(PageSetup::textWidth).toList());
        List<DocumentModel.Section> sections = new ArrayList<>();
        HeaderFooterReader headersAndFooters = new HeaderFooterReader(document, blocks);
        DocumentModel.HeaderFooters headers = DocumentModel.HeaderFooters.NONE;
        DocumentModel.HeaderFooters footers = DocumentModel.HeaderFooters.NONE;
        for (int i = 0; i < contents.size(); i++) {
            Element sectPr = contents.get(i).sectPr();
            String name = sectionName(i, contents.size());
            warnAboutUndrawnSectionFormatting(sectPr, name, warnings);
            PageSetup page = i < pages.size() ? pages.get(i)
                    : checkedPageSetup(sectPr, name, warnings);
            String prefix = i == 0 ? "" : "section " + (i + 1) + " ";
            headers = headersAndFooters.read(sectPr, "headerReference", prefix + "header", headers);
            footers = headersAndFooters.read(sectPr, "footerReference", prefix + "footer", footers);
            sections.add(new DocumentModel.Section(sectionStart(sectPr), page, headers, footers,
                    contents.get(i).blocks()));
        }
        sections = assignOutline(sections);
        List<Block> endnotes = blocks.endnotes();
        if (!endnotes.isEmpty()) {
            sections = new ArrayList<>(sections);
            sections.add(endnoteSection(sections.getLast().page(), endnotes));
        }
        // as POI read it: the element's presence turns the setting on, whatever its w:val
        boolean evenAndOdd = child(settings, "evenAndOddHeaders") != null;
        return new DocumentModel(sections, evenAndOdd, defaultTabStop(settings), blocks.usesPageCount(),
                blocks.bookmarks(), !compatibilityOption(settings, "doNotExpandShiftReturn"));
    }

    /**
     * The endnotes as LibreOffice lays out those of a DOCX: after the text, on a page of their own (its "Endnote"
     * page style: the size of the last page, 2 cm margins, no header or footer), one note after another.
     */
    private static DocumentModel.Section endnoteSection(PageSetup last, List<Block> endnotes) {
        PageSetup page = new PageSetup(last.width(), last.height(), ENDNOTE_MARGIN_PT, ENDNOTE_MARGIN_PT,
                ENDNOTE_MARGIN_PT, ENDNOTE_MARGIN_PT, 0f, 0f, false, null);
        return new DocumentModel.Section(DocumentModel.SectionStart.NEXT_PAGE, page,
                DocumentModel.HeaderFooters.NONE, DocumentModel.HeaderFooters.NONE, endnotes);
    }

    /** How endnotes are numbered ({@code w:endnotePr/w:numFmt} of the settings): i, ii, iii unless set. */
    private static String endnoteFormat(Element settings) {
        String format = attr(child(child(settings, "endnotePr"), "numFmt"), "val");
        return format == null ? "lowerRoman" : format;
    }

    /**
     * The footnotes or endnotes of the document by id ({@code w:footnote} or {@code w:endnote} in the part of the
     * relationship type), read when the text refers to them (separators are not notes).
     */
    private static Footnotes notes(DocxPackage document, String relationship, String element, BlockReader blocks) {
        DocxPackage.Part part = document.mainRelatedPart(relationship);
        Map<String, Element> notes = new HashMap<>();
        if (part != null) {
            for (Element note : WordXml.children(part.root(), element)) {
                String id = attr(note, "id");
                if (id != null && attr(note, "type") == null) {
                    notes.putIfAbsent(id, note);
                }
            }
        }
        return (id, mark) -> {
            Element note = notes.get(id);
            return note == null ? null : blocks.readFootnote(note, mark, RelatedParts.of(part));
        };
    }

    /** The outline over the whole body: which rule gives headings depends on all sections together. */
    private static List<DocumentModel.Section> assignOutline(List<DocumentModel.Section> sections) {
        List<Block> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.body()));
        List<Block> assigned = Outline.assign(all);
        List<DocumentModel.Section> result = new ArrayList<>();
        int from = 0;
        for (DocumentModel.Section section : sections) {
            int to = from + section.body().size();
            result.add(new DocumentModel.Section(section.start(), section.page(), section.headers(),
                    section.footers(), assigned.subList(from, to)));
            from = to;
        }
        return result;
    }

    private static String sectionName(int index, int count) {
        return count == 1 ? "document" : "section " + (index + 1);
    }

    private static PageSetup checkedPageSetup(Element sectPr, String location, Warnings warnings) {
        PageSetup page = pageSetup(sectPr);
        if (!page.leavesRoomForText()) {
            warnings.add(location, "the page size and margins leave no room for text; A4 with Word's default "
                    + "margins is used");
            page = pageSetup(null);
        }
        return page;
    }

    /** The {@code w:sectPr} of each section in order: those in paragraphs of the body, then the body's own. */
    private static List<Element> sectionProperties(Element body) {
        List<Element> found = new ArrayList<>();
        collectSectionProperties(body, found);
        found.add(child(body, "sectPr"));
        return found;
    }

    private static void collectSectionProperties(Element container, List<Element> found) {
        for (Element e : WordXml.children(container)) {
            if (WordXml.isW(e, "p")) {
                Element sectPr = child(child(e, "pPr"), "sectPr");
                if (sectPr != null) {
                    found.add(sectPr);
                }
            } else if (WordXml.isW(e, "sdt")) {
                collectSectionProperties(child(e, "sdtContent"), found);
            } else if (WordXml.isW(e, "customXml") || WordXml.isW(e, "ins") || WordXml.isW(e, "moveTo")) {
                collectSectionProperties(e, found);
            }
        }
    }

    private static DocumentModel.SectionStart sectionStart(Element sectPr) {
        return switch (String.valueOf(attr(child(sectPr, "type"), "val"))) {
            case "continuous" -> DocumentModel.SectionStart.CONTINUOUS;
            case "evenPage" -> DocumentModel.SectionStart.EVEN_PAGE;
            case "oddPage" -> DocumentModel.SectionStart.ODD_PAGE;
            default -> DocumentModel.SectionStart.NEXT_PAGE;
        };
    }

    private static void warnAboutUndrawnSectionFormatting(Element sectPr, String location, Warnings warnings) {
        Integer columns = WordXml.intAttr(child(sectPr, "cols"), "num");
        if (columns != null && columns > 1) {
            warnings.add(location, columns + " text columns not rendered (one column is used)");
        }
        if (child(sectPr, "pgBorders") != null) {
            warnings.add(location, "page border not rendered");
        }
        if (child(sectPr, "lnNumType") != null) {
            warnings.add(location, "line numbers not rendered");
        }
    }

    /**
     * Reads the headers or footers a section refers to ({@code w:headerReference}, {@code w:footerReference}); a
     * kind the section does not name is taken from the section before, as Word does. A part used by several
     * sections is read once.
     */
    private static final class HeaderFooterReader {
        private final DocxPackage document;
        private final BlockReader blocks;
        private final Map<String, List<Block>> read = new HashMap<>();

        HeaderFooterReader(DocxPackage document, BlockReader blocks) {
            this.document = document;
            this.blocks = blocks;
        }

        DocumentModel.HeaderFooters read(Element sectPr, String reference, String name,
                                         DocumentModel.HeaderFooters previous) {
            List<Block> first = previous.first();
            List<Block> defaultKind = previous.defaultKind();
            List<Block> even = previous.even();
            for (Element ref : WordXml.children(sectPr, reference)) {
                String id = ref.getAttributeNS(WordXml.R, "id");
                String type = String.valueOf(attr(ref, "type"));
                String partName = switch (type) {
                    case "first" -> "first-page " + name;
                    case "even" -> "even-page " + name;
                    default -> name;
                };
                List<Block> content = read.computeIfAbsent(id, key -> {
                    DocxPackage.Part part = document.main().related(key, DocxPackage.HEADER, DocxPackage.FOOTER);
                    return part == null ? List.of()
                            : blocks.readHeaderFooter(part.root(), partName, RelatedParts.of(part));
                });
                switch (type) {
                    case "first" -> first = content;
                    case "even" -> even = content;
                    default -> defaultKind = content;
                }
            }
            return new DocumentModel.HeaderFooters(first, defaultKind, even);
        }
    }

    /**
     * The Word version whose layout rules the document asks for ({@code w:compatSetting compatibilityMode}):
     * 15 for Word 2013 and later; documents that do not say are laid out as by Word 2007 (12).
     */
    private static int compatibilityMode(Element settings) {
        Element compat = child(settings, "compat");
        for (Element setting : WordXml.children(compat, "compatSetting")) {
            if ("compatibilityMode".equals(attr(setting, "name"))) {
                Integer mode = WordXml.intAttr(setting, "val");
                return mode == null ? WORD_2007_MODE : mode;
            }
        }
        return WORD_2007_MODE;
    }

    /**
     * Whether the space between paragraphs is the larger of the space after and the space before (HTML paragraph
     * spacing) rather than their sum. LibreOffice collapses it when the document has a settings part that does not
     * turn HTML paragraph spacing off ({@code w:doNotUseHTMLParagraphAutoSpacing}), and sums it otherwise; the
     * converter does the same.
     */
    private static boolean collapsesParagraphSpacing(Element settings) {
        if (settings == null) {
            return false;
        }
        Element compat = child(settings, "compat");
        return !Boolean.TRUE.equals(WordXml.onOff(compat, "doNotUseHTMLParagraphAutoSpacing"));
    }

    /** Whether the document's compatibility options ({@code w:compat}) turn the option on. */
    private static boolean compatibilityOption(Element settings, String option) {
        return Boolean.TRUE.equals(WordXml.onOff(child(settings, "compat"), option));
    }

    private static float defaultTabStop(Element settings) {
        Element setting = child(settings, "defaultTabStop");
        Float interval = WordXml.twipsAttrPt(setting, "val");
        return interval == null || interval <= 0f ? DEFAULT_TAB_STOP_PT : interval;
    }

    /** The page set-up a {@code w:sectPr} gives; A4 with Word's default margins where it gives none. */
    private static PageSetup pageSetup(Element sectPr) {
        Element size = child(sectPr, "pgSz");
        float width = orDefault(WordXml.twipsAttrPt(size, "w"), WordXml.twipsToPt(A4_WIDTH_TWIPS));
        float height = orDefault(WordXml.twipsAttrPt(size, "h"), WordXml.twipsToPt(A4_HEIGHT_TWIPS));
        if ("landscape".equals(attr(size, "orient")) && width < height) {
            float swap = width;
            width = height;
            height = swap;
        }
        Element margins = child(sectPr, "pgMar");
        float gutter = orDefault(WordXml.twipsAttrPt(margins, "gutter"), 0f);
        Integer start = WordXml.intAttr(child(sectPr, "pgNumType"), "start");
        // a section without a start number continues the numbering of the one before
        return new PageSetup(width, height,
                Math.abs(orDefault(WordXml.twipsAttrPt(margins, "top"), DEFAULT_MARGIN_PT)),
                Math.abs(orDefault(WordXml.twipsAttrPt(margins, "bottom"), DEFAULT_MARGIN_PT)),
                orDefault(WordXml.twipsAttrPt(margins, "left", "start"), DEFAULT_MARGIN_PT) + gutter,
                orDefault(WordXml.twipsAttrPt(margins, "right", "end"), DEFAULT_MARGIN_PT),
                orDefault(WordXml.twipsAttrPt(margins, "header"), DEFAULT_HEADER_FOOTER_DISTANCE_PT),
                orDefault(WordXml.twipsAttrPt(margins, "footer"), DEFAULT_HEADER_FOOTER_DISTANCE_PT),
                Boolean.TRUE.equals(WordXml.onOff(sectPr, "titlePg")),
                start);
    }

    private static float orDefault(Float value, float fallback) {
        return value == null ? fallback : value;
    }
}
