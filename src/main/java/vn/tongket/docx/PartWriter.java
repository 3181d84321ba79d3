package vn.tongket.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes one normalised WordprocessingML part as the source of one FreeMarker template.
 *
 * <p>Static XML is written escaped, so nothing in it can be read as FreeMarker ({@code <} is always {@code &lt;}
 * and {@code ${} is written {@code &#36;{}); the tokens found in the text are written as they are, un-escaped.
 * A paragraph holding nothing but tags, and a table row whose cells hold nothing but tags, are replaced by the
 * tags themselves, so the directive repeats or drops the paragraphs or rows between them.
 *
 * <p>Each paragraph and row starts a new line of the template, and the line numbers are kept with the place in the
 * document they came from, so that FreeMarker's line numbers can be reported as places a clerk can find.
 */
final class PartWriter {

    /** A tag as written, with the element chain it sits in (to check that it pairs with its end tag). */
    record DirectiveUse(Token token, List<Node> chain, String place) {
    }

    /** What the engine writes around drawings bound to data ({@link DrawingBindings}). */
    interface Hooks {
        Hooks NONE = new Hooks() {
        };

        /** FreeMarker written before the element's start tag, or null. */
        default String before(Element e) {
            return null;
        }

        /** FreeMarker written as the attribute's value instead of the value, or null. */
        default String attribute(Attr a) {
            return null;
        }

        /** Whether the element is left out. */
        default boolean skip(Element e) {
            return false;
        }
    }

    /** A token as written: where FreeMarker will report it. */
    record TokenAt(int line, int column, String ftl) {
    }

    /** The template source of one part. */
    record Ftl(String text, List<String> linePlaces, List<TokenAt> tokens, List<DirectiveUse> directives) {

        /** The place in the document a FreeMarker line (1-based) came from. */
        String place(int line) {
            if (linePlaces.isEmpty()) {
                return "";
            }
            return linePlaces.get(Math.max(0, Math.min(line, linePlaces.size()) - 1));
        }

        /** The token written at (or nearest before) a FreeMarker position, or null. */
        String tokenAt(int line, int column) {
            String found = null;
            for (TokenAt t : tokens) {
                if (t.line() == line && t.column() <= column) {
                    found = t.ftl();
                }
            }
            return found;
        }
    }

    /** Containers that must end with a paragraph: Word refuses a cell (or header...) without one. */
    private static final Set<String> MUST_END_WITH_PARAGRAPH =
            Set.of("tc", "hdr", "ftr", "footnote", "endnote", "txbxContent", "comment");

    /** Prefix of the flags that say whether a container's last output child is a paragraph. */
    private static final String ENDS_WITH_PARAGRAPH = "tongket_p";

    private final RunNormalizer tokens;
    private final Locations locations;
    private final Hooks hooks;
    private final Bindings bindings;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final List<String> linePlaces = new ArrayList<>();
    private final List<TokenAt> written = new ArrayList<>();
    private final List<DirectiveUse> directives = new ArrayList<>();
    private int lineStart;
    private int guards;

    private PartWriter(RunNormalizer tokens, Locations locations, Hooks hooks, Bindings bindings) {
        this.tokens = tokens;
        this.locations = locations;
        this.hooks = hooks;
        this.bindings = bindings;
    }

    static Ftl write(Document doc, RunNormalizer tokens, Locations locations, Hooks hooks, Bindings bindings) {
        PartWriter w = new PartWriter(tokens, locations, hooks, bindings);
        w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .append(doc.getXmlStandalone() ? " standalone=\"yes\"" : "").append("?>");
        w.linePlaces.add("");
        w.element(doc.getDocumentElement());
        return new Ftl(w.out.toString(), List.copyOf(w.linePlaces), List.copyOf(w.written), List.copyOf(w.directives));
    }

    private void element(Element e) {
        element(e, null);
    }

    /** Writes an element; {@code parentFlag}, if not null, is set when it is a paragraph that comes out. */
    private void element(Element e, String parentFlag) {
        if (hooks.skip(e)) {
            return;
        }
        if (isTagParagraph(e)) {
            blockTags(e, tokens.paragraph(e).tokens());
            keepSectionBreak(e);
            return;
        }
        if (WordXml.isW(e, "tr") && isTagRow(e)) {
            List<RunNormalizer.Placed> rowTags = new ArrayList<>();
            for (Element p : WordXml.all(e, "p")) {
                RunNormalizer.Paragraph para = tokens.paragraph(p);
                if (para != null) {
                    rowTags.addAll(para.tokens());
                }
            }
            blockTags(e, rowTags);
            return;
        }
        boolean ownLine = WordXml.isW(e, "p") || WordXml.isW(e, "tr");
        if (ownLine) {
            newline(locations.place(e));
        }
        if (parentFlag != null && WordXml.isW(e, "p")) {
            out.append("<#assign ").append(parentFlag).append("=true>");
        }
        String before = hooks.before(e);
        if (before != null) {
            out.append(before);
        }
        out.append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            out.append(' ').append(a.getName()).append("=\"");
            String value = hooks.attribute(a);
            if (value != null) {
                out.append(value);
            } else {
                escape(a.getValue(), true);
            }
            out.append('"');
        }
        if (e.getFirstChild() == null && !WordXml.isW(e, "p")) {
            out.append("/>");
        } else {
            out.append('>');
            // A cell (header, ...) whose paragraphs all sit inside a list that turns out empty, or whose last
            // child comes out a table, would make Word refuse the document: track it and add an empty paragraph.
            String flag = needsParagraphGuard(e) ? ENDS_WITH_PARAGRAPH + (++guards) : null;
            if (flag != null) {
                out.append("<#assign ").append(flag).append("=false>");
            }
            if (WordXml.isW(e, "t") && !tokens.tokensIn(e).isEmpty()) {
                text(e, e.getTextContent()); // token offsets are relative to the whole text
                out.append("</").append(e.getTagName()).append('>');
                return;
            }
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                switch (c.getNodeType()) {
                    case Node.ELEMENT_NODE -> {
                        if (flag != null && WordXml.isW(c, "tbl")) {
                            out.append("<#assign ").append(flag).append("=false>");
                        }
                        element((Element) c, flag);
                    }
                    case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(e, c.getNodeValue());
                    default -> {
                        // comments and processing instructions are not carried over
                    }
                }
            }
            if (flag != null) {
                out.append("<#if !(").append(flag).append("!false)><").append(qualified(e, "p")).append("/></#if>");
            }
            out.append("</").append(e.getTagName()).append('>');
        }
        if (ownLine) {
            newline(locations.place(e.getParentNode()));
        }
    }

    private void text(Element parent, String value) {
        List<RunNormalizer.Placed> placed = WordXml.isW(parent, "t") ? tokens.tokensIn(parent) : List.of();
        int pos = 0;
        for (RunNormalizer.Placed t : placed) {
            escape(value.substring(pos, t.start()), false);
            token(t.token(), WordXml.chain(parent), locations.place(parent));
            pos = t.end();
        }
        escape(value.substring(pos), false);
    }

    private void blockTags(Element replaced, List<RunNormalizer.Placed> tags) {
        String place = locations.place(replaced);
        newline(place);
        List<Node> chain = WordXml.chain(replaced.getParentNode());
        for (RunNormalizer.Placed t : tags) {
            token(t.token(), chain, place);
        }
        newline(locations.place(replaced.getParentNode()));
    }

    private void token(Token t, List<Node> chain, String place) {
        written.add(new TokenAt(linePlaces.size(), out.length() - lineStart + 1, t.ftl()));
        if (t.isTag()) {
            directives.add(new DirectiveUse(t, chain, place));
        }
        out.append(t.ftl());
        if (t.isTag()) {
            out.append(bindings.after(t, place));
        }
    }

    /** A section break lives in the paragraph mark: keep the mark (as an empty paragraph) when the tags go. */
    private void keepSectionBreak(Element p) {
        Element pPr = WordXml.firstChild(p, "pPr");
        if (pPr == null || WordXml.firstChild(pPr, "sectPr") == null) {
            return;
        }
        out.append('<').append(p.getTagName()).append('>');
        element(pPr);
        out.append("</").append(p.getTagName()).append('>');
    }

    private boolean isTagParagraph(Element e) {
        if (!WordXml.isW(e, "p")) {
            return false;
        }
        RunNormalizer.Paragraph para = tokens.paragraph(e);
        return para != null && para.tagsOnly();
    }

    /** A row whose cells hold nothing but tags (or nothing at all), with at least one tag. */
    private boolean isTagRow(Element tr) {
        boolean anyTag = false;
        for (Node c = tr.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE || WordXml.isW(c, "trPr") || WordXml.isW(c, "tblPrEx")
                    || WordXml.isW(c, "bookmarkStart") || WordXml.isW(c, "bookmarkEnd")) {
                continue;
            }
            if (!WordXml.isW(c, "tc")) {
                return false;
            }
            for (Node cc = c.getFirstChild(); cc != null; cc = cc.getNextSibling()) {
                if (cc.getNodeType() != Node.ELEMENT_NODE || WordXml.isW(cc, "tcPr")) {
                    continue;
                }
                if (!WordXml.isW(cc, "p")) {
                    return false;
                }
                Element p = (Element) cc;
                if (isTagParagraph(p)) {
                    anyTag = true;
                } else if (tokens.paragraph(p) != null || !WordXml.ownText(p).isBlank()
                        || WordXml.hasSignificantContent(p)) {
                    return false;
                }
            }
        }
        return anyTag;
    }

    private boolean needsParagraphGuard(Element e) {
        if (!WordXml.isW(e) || !MUST_END_WITH_PARAGRAPH.contains(e.getLocalName())) {
            return false;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && isTagParagraph((Element) c)) {
                return true;
            }
        }
        return false;
    }

    private static String qualified(Element context, String localName) {
        String prefix = context.getPrefix();
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private void newline(String place) {
        if (out.length() == lineStart && linePlaces.size() > 1) {
            linePlaces.set(linePlaces.size() - 1, place); // the current line is still empty: reuse it
            return;
        }
        out.append('\n');
        lineStart = out.length();
        linePlaces.add(place);
    }

    /** XML-escapes static content so that FreeMarker reads it as plain text. */
    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '$' -> out.append(i + 1 < s.length() && s.charAt(i + 1) == '{' ? "&#36;" : "$");
                default -> out.append(c);
            }
        }
    }
}
