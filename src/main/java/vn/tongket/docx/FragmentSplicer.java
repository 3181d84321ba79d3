package vn.tongket.docx;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Replaces each paragraph holding only {@code <#include "name">} by the body of the fragment {@code name.docx}
 * ({@link Fragments}), at compile time, before anything else reads the document. What the fragment's paragraphs and
 * tables use comes with them and is made consistent with the template:
 * <ul>
 *   <li>styles the template lacks are copied (with the styles they are based on); a style the template has keeps
 *       the template's definition;</li>
 *   <li>numbered and bulleted lists get numbering definitions of their own in the template;</li>
 *   <li>pictures, charts and links are copied with new relationship ids (a part used twice is copied once);</li>
 *   <li>namespace prefixes the fragment declares are declared in the template.</li>
 * </ul>
 * Fragments may include fragments; a fragment that includes itself, directly or not, is a problem, as is a name
 * with a folder in it. Footnotes, endnotes and comments inside a fragment are refused (they live in other parts),
 * and a section break inside a fragment is dropped.
 */
final class FragmentSplicer {

    private static final String W = WordXml.W;
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final Pattern INCLUDE = Pattern.compile("^<#include\\s+([\"'])(.*?)\\1\\s*/?>$");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_\\- ]*");
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final String NUMBERING_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    private static final int MAX_DEPTH = 16;

    private final DocxPackage host;
    private final Fragments fragments;
    private final Map<String, DocxPackage> loaded = new HashMap<>();
    /** "fragment!part" to the host part it was copied to. */
    private final Map<String, String> copiedParts = new HashMap<>();
    /** "fragment!numId" to the host numId. */
    private final Map<String, String> copiedNumbering = new HashMap<>();

    private FragmentSplicer(DocxPackage host, Fragments fragments) {
        this.host = host;
        this.fragments = fragments;
    }

    /** Splices the fragments into every text part of the template. */
    static void expand(DocxPackage host, List<String> textParts, Fragments fragments) {
        FragmentSplicer splicer = new FragmentSplicer(host, fragments);
        for (String part : textParts) {
            Document doc = host.xml(part);
            Locations locations = Locations.of(doc.getDocumentElement());
            if (splicer.expand(host.ref(part), part, List.of(doc.getDocumentElement()), locations, new ArrayDeque<>())) {
                host.changed(part);
            }
        }
    }

    /** Expands the includes in the paragraphs under {@code scope}; true if any. */
    private boolean expand(PartRef ref, String part, List<Element> scope, Locations locations, Deque<String> stack) {
        boolean any = false;
        for (Element root : scope) {
            for (Element p : WordXml.all(root, "p")) {
                if (p.getParentNode() == null) {
                    continue; // replaced already
                }
                String text = WordXml.ownText(p);
                if (!text.contains("<#include") && !text.contains("<#import")) {
                    continue;
                }
                String place = stack.isEmpty() ? locations.place(p)
                        : "in the fragment “" + stack.peekLast() + "”, paragraph “" + text.strip() + "”";
                String name = includedName(ref, p, text, place);
                if (name == null) {
                    continue;
                }
                if (stack.contains(name)) {
                    throw ref.problem(place, "the fragment “" + name + "” includes itself: " + String.join(" → ",
                            stack) + " → " + name);
                }
                if (stack.size() >= MAX_DEPTH) {
                    throw ref.problem(place, "fragments include each other more than " + MAX_DEPTH + " deep");
                }
                List<Element> spliced = splice(ref, part, p, name, place);
                stack.addLast(name);
                expand(ref, part, spliced, locations, stack);
                stack.removeLast();
                any = true;
            }
        }
        return any;
    }

    /** The fragment name of an include paragraph; null if the paragraph holds no include (a problem if misused). */
    private String includedName(PartRef ref, Element p, String text, String place) {
        List<Token> tokens;
        try {
            tokens = TokenScanner.scan(text);
        } catch (TokenScanner.Unclosed e) {
            return null; // reported with its place when the part is compiled
        }
        Token include = null;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.DIRECTIVE && (t.name().equals("include") || t.name().equals("import"))) {
                if (t.name().equals("import")) {
                    throw ref.problem(place, "“" + t.ftl() + "”: templates cannot import; put shared text in a"
                            + " fragment and include it with <#include \"name\"> alone in a paragraph");
                }
                if (include != null) {
                    throw ref.problem(place, "put each <#include> alone in its own paragraph");
                }
                include = t;
            }
        }
        if (include == null) {
            return null;
        }
        String rest = text.substring(0, include.start()) + text.substring(include.end());
        if (tokens.size() > 1 || !rest.isBlank() || WordXml.hasSignificantContent(p)) {
            throw ref.problem(place, "“" + include.ftl() + "” must stand alone in its own paragraph: the paragraph"
                    + " is replaced by the fragment");
        }
        Matcher m = INCLUDE.matcher(include.ftl());
        if (!m.matches()) {
            throw ref.problem(place, "write an include as <#include \"name\">, with the fragment's name in quotes,"
                    + " not “" + include.ftl() + "”");
        }
        String name = m.group(2).strip();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            name = name.substring(0, name.length() - 5);
        }
        if (!NAME.matcher(name).matches()) {
            throw ref.problem(place, "“" + m.group(2) + "” is not a fragment name: a fragment is named by its file"
                    + " name in the fragments folder, without folders (such as <#include \"khoi-chu-ky\">)");
        }
        return name;
    }

    private DocxPackage fragment(PartRef ref, String name, String place) {
        DocxPackage f = loaded.get(name);
        if (f != null) {
            return f;
        }
        byte[] bytes;
        try {
            bytes = fragments.read(name);
        } catch (IOException e) {
            throw ref.problem(place, "the fragment “" + name + "” cannot be read: " + e.getMessage(), e);
        }
        if (bytes == null) {
            throw ref.problem(place, "there is no fragment “" + name + "” (" + name + ".docx) in "
                    + fragments.describe());
        }
        f = DocxPackage.read(name + ".docx", bytes);
        if (f.mainPart() == null) {
            throw new TemplateProblem(name + ".docx", "", "", "not a Word document (.docx): it has no main"
                    + " document part");
        }
        loaded.put(name, f);
        return f;
    }

    /** Replaces the include paragraph by the fragment's body; gives the elements put in its place. */
    private List<Element> splice(PartRef ref, String part, Element include, String name, String place) {
        DocxPackage f = fragment(ref, name, place);
        String fMain = f.mainPart();
        Element fRoot = f.xml(fMain).getDocumentElement();
        Element body = WordXml.firstChild(fRoot, "body");
        List<Element> content = new ArrayList<>();
        for (Node n = body == null ? null : body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !WordXml.isW(e, "sectPr")) {
                content.add(e);
            }
        }
        Node next = nextElement(include);
        if (content.size() > 1 && isEmptyParagraph(content.getLast()) && WordXml.isW(next, "p")) {
            content.removeLast(); // the paragraph Word keeps after a last table
        }
        for (Element e : content) {
            for (String refused : List.of("footnoteReference", "endnoteReference", "commentReference")) {
                if (!WordXml.all(e, refused).isEmpty()) {
                    throw new TemplateProblem(name + ".docx", "document body", "", "a fragment cannot hold footnotes,"
                            + " endnotes or comments; remove them from the fragment");
                }
            }
        }

        Document doc = include.getOwnerDocument();
        Element hostRoot = doc.getDocumentElement();
        List<Element> imported = new ArrayList<>();
        for (Element e : content) {
            Element copy = (Element) doc.importNode(e, true);
            include.getParentNode().insertBefore(copy, include);
            imported.add(copy);
        }
        Node container = include.getParentNode();
        if (!imported.isEmpty() && WordXml.isW(imported.getLast(), "tbl") && nextElement(include) == null
                && !WordXml.isW(container, "body")) {
            // a table cell (header, footnote...) must end with a paragraph, or Word refuses the document
            Element p = doc.createElementNS(W, qualified(include, "p"));
            container.insertBefore(p, include);
            imported.add(p);
        }
        Element pPr = WordXml.firstChild(include, "pPr");
        if (pPr != null && WordXml.firstChild(pPr, "sectPr") != null) {
            while (include.getLastChild() != pPr) {
                include.removeChild(include.getLastChild()); // keep the section break the paragraph mark holds
            }
        } else {
            include.getParentNode().removeChild(include);
        }
        for (Element e : imported) {
            clean(e);
        }
        declareNamespaces(hostRoot, imported, fRoot);
        copyStyles(f, name, imported);
        renumber(f, name, imported);
        relink(f, name, fMain, part, imported);
        return imported;
    }

    private static String qualified(Element context, String localName) {
        return context.getPrefix() == null ? localName : context.getPrefix() + ":" + localName;
    }

    private static Node nextElement(Element e) {
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return n;
            }
        }
        return null;
    }

    private static boolean isEmptyParagraph(Element e) {
        return WordXml.isW(e, "p") && WordXml.ownText(e).isBlank() && !WordXml.hasSignificantContent(e);
    }

    /** Drops what must not be repeated in the template: section breaks, paragraph ids. */
    private static void clean(Element e) {
        for (Element sectPr : WordXml.all(e, "sectPr")) {
            sectPr.getParentNode().removeChild(sectPr);
        }
        removeW14Ids(e);
    }

    private static void removeW14Ids(Element e) {
        e.removeAttributeNS(W14, "paraId");
        e.removeAttributeNS(W14, "textId");
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                removeW14Ids(c);
            }
        }
    }

    // ---- namespaces ----

    /**
     * Declares on the template's root the prefixes the imported elements use, and marks as ignorable those the
     * fragment marks so. A prefix the template binds to another namespace is declared on the imported element.
     */
    private static void declareNamespaces(Element hostRoot, List<Element> imported, Element fragmentRoot) {
        Set<String> ignorable = Set.of(fragmentRoot.getAttributeNS(MC, "Ignorable").split("\\s+"));
        Set<String> newlyIgnorable = new LinkedHashSet<>();
        for (Element top : imported) {
            Map<String, String> used = new LinkedHashMap<>();
            prefixes(top, used);
            for (Map.Entry<String, String> u : used.entrySet()) {
                String prefix = u.getKey();
                String bound = hostRoot.lookupNamespaceURI(prefix);
                if (bound == null) {
                    hostRoot.setAttributeNS(XMLNS, "xmlns:" + prefix, u.getValue());
                    if (ignorable.contains(prefix)) {
                        newlyIgnorable.add(prefix);
                    }
                } else if (!bound.equals(u.getValue())) {
                    top.setAttributeNS(XMLNS, "xmlns:" + prefix, u.getValue());
                }
            }
        }
        if (!newlyIgnorable.isEmpty()) {
            String mcPrefix = hostRoot.lookupPrefix(MC);
            if (mcPrefix == null) {
                mcPrefix = "mc";
                hostRoot.setAttributeNS(XMLNS, "xmlns:mc", MC);
            }
            String current = hostRoot.getAttributeNS(MC, "Ignorable").strip();
            hostRoot.setAttributeNS(MC, mcPrefix + ":Ignorable",
                    (current + " " + String.join(" ", newlyIgnorable)).strip());
        }
    }

    private static void prefixes(Element e, Map<String, String> used) {
        if (e.getPrefix() != null && e.getNamespaceURI() != null) {
            used.putIfAbsent(e.getPrefix(), e.getNamespaceURI());
        }
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Attr a = (Attr) e.getAttributes().item(i);
            if (a.getPrefix() != null && a.getNamespaceURI() != null && !XMLNS.equals(a.getNamespaceURI())
                    && !"xml".equals(a.getPrefix())) {
                used.putIfAbsent(a.getPrefix(), a.getNamespaceURI());
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                prefixes(c, used);
            }
        }
    }

    // ---- styles ----

    private void copyStyles(DocxPackage f, String name, List<Element> imported) {
        Element fStyles = related(f, f.mainPart(), "styles");
        if (fStyles == null) {
            return;
        }
        String hostStylesPart = relatedPart(host, host.mainPart(), "styles");
        if (hostStylesPart == null) {
            hostStylesPart = newPart("word/styles.xml", "styles", STYLES_TYPE);
        }
        Element hStyles = host.xml(hostStylesPart).getDocumentElement();
        Map<String, Element> hostIds = styleIds(hStyles);
        Map<String, Element> fIds = styleIds(fStyles);
        Deque<String> wanted = new ArrayDeque<>();
        for (Element e : imported) {
            for (String kind : List.of("pStyle", "rStyle", "tblStyle")) {
                WordXml.all(e, kind).forEach(s -> wanted.add(s.getAttributeNS(W, "val")));
            }
        }
        List<Element> added = new ArrayList<>();
        while (!wanted.isEmpty()) {
            String id = wanted.poll();
            Element style = fIds.get(id);
            if (hostIds.containsKey(id) || style == null) {
                continue;
            }
            Element copy = (Element) hStyles.getOwnerDocument().importNode(style, true);
            hStyles.appendChild(copy);
            hostIds.put(id, copy);
            added.add(copy);
            for (String link : List.of("basedOn", "next", "link")) {
                Element l = WordXml.firstChild(copy, link);
                if (l != null) {
                    wanted.add(l.getAttributeNS(W, "val"));
                }
            }
        }
        if (!added.isEmpty()) {
            declareNamespaces(hStyles, added, fStyles);
            renumber(f, name, added);
            host.changed(hostStylesPart);
        }
    }

    private static Map<String, Element> styleIds(Element styles) {
        Map<String, Element> ids = new HashMap<>();
        for (Node n = styles.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "style")) {
                ids.put(((Element) n).getAttributeNS(W, "styleId"), (Element) n);
            }
        }
        return ids;
    }

    // ---- numbering ----

    /** Gives the lists of the imported elements numbering definitions of their own in the template. */
    private void renumber(DocxPackage f, String name, List<Element> imported) {
        for (Element e : imported) {
            for (Element numId : WordXml.all(e, "numId")) {
                if (!WordXml.isW(numId.getParentNode(), "numPr")) {
                    continue;
                }
                String id = numId.getAttributeNS(W, "val");
                if (id.isEmpty() || id.equals("0")) {
                    continue;
                }
                String hostId = copiedNumbering.get(name + "!" + id);
                if (hostId == null) {
                    hostId = copyNumbering(f, id);
                    copiedNumbering.put(name + "!" + id, hostId);
                }
                if (hostId != null) {
                    numId.setAttributeNS(W, numId.getPrefix() == null ? "val" : numId.getPrefix() + ":val", hostId);
                }
            }
        }
    }

    private String copyNumbering(DocxPackage f, String numId) {
        Element fNumbering = related(f, f.mainPart(), "numbering");
        if (fNumbering == null) {
            return null;
        }
        Element num = null;
        for (Node n = fNumbering.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "num") && numId.equals(((Element) n).getAttributeNS(W, "numId"))) {
                num = (Element) n;
            }
        }
        Element abstractRef = num == null ? null : WordXml.firstChild(num, "abstractNumId");
        if (abstractRef == null) {
            return null;
        }
        Element abstractNum = null;
        for (Node n = fNumbering.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "abstractNum") && abstractRef.getAttributeNS(W, "val")
                    .equals(((Element) n).getAttributeNS(W, "abstractNumId"))) {
                abstractNum = (Element) n;
            }
        }
        if (abstractNum == null) {
            return null;
        }
        Element numbering = hostNumbering();
        Document doc = numbering.getOwnerDocument();
        int abstractId = maxId(numbering, "abstractNum", "abstractNumId") + 1;
        int newNumId = maxId(numbering, "num", "numId") + 1;
        Element abstractCopy = (Element) doc.importNode(abstractNum, true);
        abstractCopy.setAttributeNS(W, prefixed(abstractCopy, "abstractNumId"), Integer.toString(abstractId));
        Node firstNum = null;
        for (Node n = numbering.getFirstChild(); n != null && firstNum == null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "num") || WordXml.isW(n, "numIdMacAtCleanup")) {
                firstNum = n;
            }
        }
        numbering.insertBefore(abstractCopy, firstNum);
        Element numCopy = (Element) doc.importNode(num, true);
        numCopy.setAttributeNS(W, prefixed(numCopy, "numId"), Integer.toString(newNumId));
        Element ref = WordXml.firstChild(numCopy, "abstractNumId");
        ref.setAttributeNS(W, prefixed(ref, "val"), Integer.toString(abstractId));
        Element cleanup = null;
        for (Node n = numbering.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, "numIdMacAtCleanup")) {
                cleanup = (Element) n;
            }
        }
        numbering.insertBefore(numCopy, cleanup);
        removeW14Ids(abstractCopy);
        declareNamespaces(numbering, List.of(abstractCopy, numCopy), fNumbering);
        return Integer.toString(newNumId);
    }

    private static String prefixed(Element e, String local) {
        return e.getPrefix() == null ? local : e.getPrefix() + ":" + local;
    }

    private Element hostNumbering() {
        String main = host.mainPart();
        String part = relatedPart(host, main, "numbering");
        if (part == null) {
            part = newPart("word/numbering.xml", "numbering", NUMBERING_TYPE);
        }
        host.changed(part);
        return host.xml(part).getDocumentElement();
    }

    /** A new, empty part of the main document ({@code <w:styles/>}, {@code <w:numbering/>}) and its relationship. */
    private String newPart(String wanted, String kind, String contentType) {
        String main = host.mainPart();
        String part = host.unusedName(wanted);
        String xml = XmlText.DECLARATION + "<w:" + kind + " xmlns:w=\"" + W + "\"/>";
        host.add(part, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
        host.relationships(main).add(Relationships.TYPE_BASE + kind, Relationships.relative(main, part), false);
        host.relationshipsChanged(main);
        return part;
    }

    private static int maxId(Element numbering, String element, String attribute) {
        int max = 0;
        for (Node n = numbering.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.isW(n, element)) {
                try {
                    max = Math.max(max, Integer.parseInt(((Element) n).getAttributeNS(W, attribute).strip()));
                } catch (NumberFormatException e) {
                    // an id Word would not write; it cannot clash with a number
                }
            }
        }
        return max;
    }

    // ---- relationships ----

    /** Points the imported elements' relationship ids (pictures, charts, links) at copies in the template. */
    private void relink(DocxPackage f, String name, String fMain, String hostPart, List<Element> imported) {
        Relationships fRels = f.relationships(fMain);
        Relationships hostRels = host.relationships(hostPart);
        Map<String, String> ids = new HashMap<>();
        boolean changed = false;
        for (Element e : imported) {
            for (Attr a : relationshipAttributes(e, new ArrayList<>())) {
                String id = ids.get(a.getValue());
                if (id == null) {
                    Relationships.Rel rel = fRels.byId(a.getValue());
                    if (rel == null) {
                        throw new TemplateProblem(name + ".docx", "document body", "", "the relationship "
                                + a.getValue() + " of a picture or link is missing from the fragment");
                    }
                    String target = rel.external() ? rel.target()
                            : Relationships.relative(hostPart, copyPart(f, name, Relationships.resolve(fMain,
                                    rel.target())));
                    id = hostRels.find(rel.type(), target, rel.external());
                    if (id == null) {
                        id = hostRels.add(rel.type(), target, rel.external());
                    }
                    ids.put(a.getValue(), id);
                    changed = true;
                }
                a.setValue(id);
            }
        }
        if (changed) {
            host.relationshipsChanged(hostPart);
        }
    }

    private static List<Attr> relationshipAttributes(Element e, List<Attr> found) {
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Attr a = (Attr) e.getAttributes().item(i);
            if (Relationships.R_NS.equals(a.getNamespaceURI()) || Relationships.R_NS_STRICT.equals(a.getNamespaceURI())) {
                found.add(a);
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                relationshipAttributes(c, found);
            }
        }
        return found;
    }

    /** Copies a part of the fragment (and the parts it refers to) into the template, once; gives its new name. */
    private String copyPart(DocxPackage f, String name, String fPart) {
        String key = name + "!" + fPart;
        String copied = copiedParts.get(key);
        if (copied != null) {
            return copied;
        }
        byte[] bytes = f.bytes(fPart);
        if (bytes == null) {
            throw new TemplateProblem(name + ".docx", "", "", "the part " + fPart + " a picture or chart refers"
                    + " to is missing from the fragment");
        }
        String hostName = host.unusedName(fPart);
        copiedParts.put(key, hostName);
        String type = f.contentTypes.typeOf(fPart);
        host.add(hostName, bytes, type == null ? "application/octet-stream" : type);
        Relationships own = f.relationships(fPart);
        if (!own.all().isEmpty()) {
            Relationships copy = host.relationships(hostName);
            for (Relationships.Rel r : own.all()) {
                String target = r.external() ? r.target()
                        : Relationships.relative(hostName, copyPart(f, name, Relationships.resolve(fPart, r.target())));
                // ids are kept, so that the copied part's own references stay right
                copy.put(new Relationships.Rel(r.id(), r.type(), target, r.external()));
            }
            host.relationshipsChanged(hostName);
        }
        return hostName;
    }

    private static Element related(DocxPackage p, String source, String kind) {
        String part = relatedPart(p, source, kind);
        return part == null ? null : p.xml(part).getDocumentElement();
    }

    private static String relatedPart(DocxPackage p, String source, String kind) {
        for (Relationships.Rel r : p.relationships(source).all()) {
            if (!r.external() && r.is(kind)) {
                String part = Relationships.resolve(source, r.target());
                return p.has(part) ? part : null;
            }
        }
        return null;
    }
}
