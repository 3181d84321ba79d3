package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;

import java.util.List;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/** Reads a POI document into the {@link DocumentModel} that the renderer lays out. */
final class DocxReader {

    /** A4 portrait in twips, used when the document does not give a page size. */
    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    /** Word's margins when the document gives none: 1 inch, with the header and footer 0.5 inch from the edge. */
    private static final float DEFAULT_MARGIN_PT = 72f;
    private static final float DEFAULT_HEADER_FOOTER_DISTANCE_PT = 36f;
    /** Word's default tab stops are 1.27 cm (0.5 inch) apart. */
    private static final float DEFAULT_TAB_STOP_PT = 36f;

    private static final int WORD_2007_MODE = 12;
    private static final int WORD_2013_MODE = 15;

    private DocxReader() {
    }

    static DocumentModel read(XWPFDocument document, Warnings warnings) {
        Element body = (Element) document.getDocument().getBody().getDomNode();
        Element sectPr = child(body, "sectPr");
        warnAboutUndrawnSectionFormatting(sectPr, warnings);
        PageSetup page = pageSetup(sectPr);
        if (!page.leavesRoomForText()) {
            warnings.add("document", "the page size and margins leave no room for text; A4 with Word's default "
                    + "margins is used");
            page = pageSetup(null);
        }
        XWPFSettings settings = document.getSettings();
        BlockReader blocks = new BlockReader(new StyleResolver(stylesRoot(document)),
                Numbering.read(document.getNumbering()), warnings, page.textWidth(),
                compatibilityMode(settings) < WORD_2013_MODE);
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        DocumentModel.HeaderFooters headers = policy == null ? none() : new DocumentModel.HeaderFooters(
                read(blocks, policy.getFirstPageHeader(), "first-page header"),
                read(blocks, policy.getDefaultHeader(), "header"),
                read(blocks, policy.getEvenPageHeader(), "even-page header"));
        DocumentModel.HeaderFooters footers = policy == null ? none() : new DocumentModel.HeaderFooters(
                read(blocks, policy.getFirstPageFooter(), "first-page footer"),
                read(blocks, policy.getDefaultFooter(), "footer"),
                read(blocks, policy.getEvenPageFooter(), "even-page footer"));
        List<Block> bodyBlocks = Outline.assign(blocks.readBody(body, id -> imageBytes(document, id)));
        boolean evenAndOdd = settings != null && settings.getEvenAndOddHeadings();
        return new DocumentModel(page, headers, footers, evenAndOdd, defaultTabStop(settings), bodyBlocks,
                blocks.usesPageCount());
    }

    private static void warnAboutUndrawnSectionFormatting(Element sectPr, Warnings warnings) {
        Integer columns = WordXml.intAttr(child(sectPr, "cols"), "num");
        if (columns != null && columns > 1) {
            warnings.add("document", columns + " text columns not rendered (one column is used)");
        }
        if (child(sectPr, "pgBorders") != null) {
            warnings.add("document", "page border not rendered");
        }
        if (child(sectPr, "lnNumType") != null) {
            warnings.add("document", "line numbers not rendered");
        }
    }

    private static DocumentModel.HeaderFooters none() {
        return new DocumentModel.HeaderFooters(List.of(), List.of(), List.of());
    }

    private static List<Block> read(BlockReader blocks, XWPFHeaderFooter part, String name) {
        if (part == null) {
            return List.of();
        }
        return blocks.readHeaderFooter((Element) part._getHdrFtr().getDomNode(), name,
                id -> imageBytes(part, id));
    }

    /** The bytes of the image part that the relationship leads to, or null (a link, or not a picture). */
    private static byte[] imageBytes(POIXMLDocumentPart part, String relationshipId) {
        return part.getRelationById(relationshipId) instanceof XWPFPictureData picture ? picture.getData() : null;
    }

    /**
     * The Word version whose layout rules the document asks for ({@code w:compatSetting compatibilityMode}):
     * 15 for Word 2013 and later; documents that do not say are laid out as by Word 2007 (12).
     */
    private static int compatibilityMode(XWPFSettings settings) {
        if (settings == null || settings.getCTSettings() == null) {
            return WORD_2007_MODE;
        }
        Element compat = child(settings.getCTSettings().getDomNode(), "compat");
        for (Element setting : WordXml.children(compat, "compatSetting")) {
            if ("compatibilityMode".equals(attr(setting, "name"))) {
                Integer mode = WordXml.intAttr(setting, "val");
                return mode == null ? WORD_2007_MODE : mode;
            }
        }
        return WORD_2007_MODE;
    }

    private static float defaultTabStop(XWPFSettings settings) {
        Element setting = settings == null || settings.getCTSettings() == null
                ? null
                : child(settings.getCTSettings().getDomNode(), "defaultTabStop");
        Float interval = WordXml.twipsAttrPt(setting, "val");
        return interval == null || interval <= 0f ? DEFAULT_TAB_STOP_PT : interval;
    }

    /** The {@code w:styles} element, or null when the document has no readable style part. */
    private static Element stylesRoot(XWPFDocument document) {
        XWPFStyles styles = document.getStyles();
        return styles == null || styles.getCtStyles() == null ? null : (Element) styles.getCtStyles().getDomNode();
    }

    /** The page set-up of the body's last section ({@code w:body/w:sectPr}). */
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
        return new PageSetup(width, height,
                Math.abs(orDefault(WordXml.twipsAttrPt(margins, "top"), DEFAULT_MARGIN_PT)),
                Math.abs(orDefault(WordXml.twipsAttrPt(margins, "bottom"), DEFAULT_MARGIN_PT)),
                orDefault(WordXml.twipsAttrPt(margins, "left", "start"), DEFAULT_MARGIN_PT) + gutter,
                orDefault(WordXml.twipsAttrPt(margins, "right", "end"), DEFAULT_MARGIN_PT),
                orDefault(WordXml.twipsAttrPt(margins, "header"), DEFAULT_HEADER_FOOTER_DISTANCE_PT),
                orDefault(WordXml.twipsAttrPt(margins, "footer"), DEFAULT_HEADER_FOOTER_DISTANCE_PT),
                Boolean.TRUE.equals(WordXml.onOff(sectPr, "titlePg")),
                start == null ? 1 : start);
    }

    private static float orDefault(Float value, float fallback) {
        return value == null ? fallback : value;
    }
}
