package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;
import static vn.tongket.pdf.WordXml.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * The style part of a document ({@code styles.xml}): document defaults and named styles with their
 * {@code w:basedOn} chains. Resolution follows Word's order: document defaults, then table style, then paragraph
 * style, then character style, then direct formatting; the caller applies the last level.
 * <p>
 * One resolver serves one conversion; it memoizes resolved chains and is not thread-safe.
 */
final class StyleResolver {

    /** Properties that a table style gives to the table and to the text inside it. */
    record TableStyle(TableProperties table, ParagraphProperties paragraph, RunProperties run) {
        static final TableStyle NONE =
                new TableStyle(TableProperties.EMPTY, ParagraphProperties.EMPTY, RunProperties.EMPTY);
    }

    /** Guards against {@code w:basedOn} cycles in damaged documents. */
    private static final int MAX_CHAIN_LENGTH = 32;

    private final Map<String, Element> stylesById = new HashMap<>();
    private final Map<String, String> defaultStyleIdByType = new HashMap<>();
    private final ParagraphProperties documentParagraph;
    private final RunProperties documentRun;

    private final Map<String, ParagraphProperties> paragraphCache = new HashMap<>();
    private final Map<String, RunProperties> runCache = new HashMap<>();
    private final Map<String, TableStyle> tableCache = new HashMap<>();

    /** @param stylesRoot the {@code w:styles} element, or null for a document without styles */
    StyleResolver(Element stylesRoot) {
        for (Element style : WordXml.children(stylesRoot, "style")) {
            String id = attr(style, "styleId");
            if (id != null) {
                stylesById.putIfAbsent(id, style);
                if (Boolean.TRUE.equals(WordXml.onOffAttr(style, "default"))) {
                    defaultStyleIdByType.putIfAbsent(attr(style, "type"), id);
                }
            }
        }
        // LibreOffice gives paragraphs widow and orphan control unless a level turns it off, but only in a document
        // whose styles have paragraph defaults (w:pPrDefault, even empty); without them it applies none
        documentParagraph = path(stylesRoot, "docDefaults", "pPrDefault") == null
                ? ParagraphProperties.WIDOW_CONTROL_OFF
                : ParagraphProperties.read(path(stylesRoot, "docDefaults", "pPrDefault", "pPr"));
        documentRun = RunProperties.read(path(stylesRoot, "docDefaults", "rPrDefault", "rPr"));
    }

    ParagraphProperties documentParagraphDefaults() {
        return documentParagraph;
    }

    RunProperties documentRunDefaults() {
        return documentRun;
    }

    /** The paragraph properties of a paragraph style and the styles it is based on; null means the default style. */
    ParagraphProperties paragraphStyle(String styleId) {
        String id = styleOrDefault(styleId, "paragraph");
        return paragraphCache.computeIfAbsent(id, key -> {
            ParagraphProperties result = ParagraphProperties.EMPTY;
            for (Element style : chain(key)) {
                result = result.overlay(ParagraphProperties.read(child(style, "pPr")));
            }
            return result;
        });
    }

    /** The run properties that a paragraph style gives to the text of its paragraphs. */
    RunProperties paragraphStyleRun(String styleId) {
        return runProperties(styleOrDefault(styleId, "paragraph"));
    }

    /** The run properties of a character style ({@code w:rStyle}); null means the default character style. */
    RunProperties characterStyle(String styleId) {
        return runProperties(styleOrDefault(styleId, "character"));
    }

    /** A table style ({@code w:tblStyle}); null means the default table style. */
    TableStyle tableStyle(String styleId) {
        String id = styleOrDefault(styleId, "table");
        if (id == null) {
            return TableStyle.NONE;
        }
        return tableCache.computeIfAbsent(id, key -> {
            TableProperties table = TableProperties.EMPTY;
            ParagraphProperties paragraph = ParagraphProperties.EMPTY;
            for (Element style : chain(key)) {
                table = table.overlay(TableProperties.read(child(style, "tblPr")));
                paragraph = paragraph.overlay(ParagraphProperties.read(child(style, "pPr")));
            }
            return new TableStyle(table, paragraph, runProperties(key));
        });
    }

    private RunProperties runProperties(String id) {
        if (id == null) {
            return RunProperties.EMPTY;
        }
        return runCache.computeIfAbsent(id, key -> {
            RunProperties result = RunProperties.EMPTY;
            for (Element style : chain(key)) {
                result = result.overlay(RunProperties.read(child(style, "rPr")));
            }
            return result;
        });
    }

    /** The id itself if such a style exists, otherwise the default style of the type (Word's fallback). */
    private String styleOrDefault(String styleId, String type) {
        if (styleId != null && stylesById.containsKey(styleId)) {
            return styleId;
        }
        return defaultStyleIdByType.get(type);
    }

    /** The style and its ancestors, the most basic first. */
    private List<Element> chain(String styleId) {
        List<Element> chain = new ArrayList<>();
        Element style = styleId == null ? null : stylesById.get(styleId);
        while (style != null && chain.size() < MAX_CHAIN_LENGTH && !chain.contains(style)) {
            chain.addFirst(style);
            style = stylesById.get(attr(child(style, "basedOn"), "val"));
        }
        return chain;
    }
}
