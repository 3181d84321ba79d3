package vn.tongket.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** WordprocessingML names and DOM helpers shared by the compile steps. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The same vocabulary in ISO 29500 Strict documents. */
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String XML_NS = XMLConstants.XML_NS_URI;

    /** Run content that is more than text: a directive-only paragraph holding one of these is not dropped. */
    private static final Set<String> SIGNIFICANT_CONTENT = Set.of(
            "drawing", "pict", "object", "fldChar", "fldSimple", "instrText", "footnoteReference",
            "endnoteReference", "sym", "br", "cr", "ptab", "p", "tbl");

    private WordXml() {
    }

    static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setCoalescing(true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
        }
    }

    /** Why a part could not be parsed, in words: a DOCTYPE is named as what it is, a way to reach outside files. */
    static String whyNotWellFormed(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE is disallowed")) {
            return "it declares a DOCTYPE, which Word never writes and which could make a reader fetch other files";
        }
        return m;
    }

    static boolean isW(Node n, String localName) {
        if (n == null || n.getNodeType() != Node.ELEMENT_NODE || !localName.equals(n.getLocalName())) {
            return false;
        }
        String ns = n.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    static boolean isW(Node n) {
        if (n == null || n.getNodeType() != Node.ELEMENT_NODE) {
            return false;
        }
        String ns = n.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    /** Every {@code w:localName} element under root, in document order. */
    static List<Element> all(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        collect(root, localName, found);
        return found;
    }

    private static void collect(Node n, String localName, List<Element> found) {
        if (isW(n, localName)) {
            found.add((Element) n);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                collect(c, localName, found);
            }
        }
    }

    /** The w:t elements of this paragraph, in order, leaving out those of paragraphs nested in it (text boxes). */
    static List<Element> ownTexts(Element paragraph) {
        List<Element> texts = new ArrayList<>();
        ownTexts(paragraph, texts);
        return texts;
    }

    private static void ownTexts(Node n, List<Element> texts) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE || isW(c, "p")) {
                continue;
            }
            if (isW(c, "t")) {
                texts.add((Element) c);
            } else {
                ownTexts(c, texts);
            }
        }
    }

    static String ownText(Element paragraph) {
        StringBuilder s = new StringBuilder();
        for (Element t : ownTexts(paragraph)) {
            s.append(t.getTextContent());
        }
        return s.toString();
    }

    /** Whether the paragraph holds something besides text that dropping the paragraph would lose. */
    static boolean hasSignificantContent(Element paragraph) {
        for (Node c = paragraph.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && hasSignificant(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSignificant(Node n) {
        if (isW(n, "pPr") || isW(n, "rPr") || isW(n, "sdtPr") || isW(n, "sdtEndPr")) {
            return false;
        }
        if (!isW(n)) {
            return true; // math, drawings in mc:AlternateContent, other foreign content
        }
        if (SIGNIFICANT_CONTENT.contains(n.getLocalName())) {
            return true;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && hasSignificant(c)) {
                return true;
            }
        }
        return false;
    }

    /** Ancestors of n from the document element down to n itself. */
    static List<Node> chain(Node n) {
        List<Node> chain = new ArrayList<>();
        for (Node a = n; a != null && a.getNodeType() == Node.ELEMENT_NODE; a = a.getParentNode()) {
            chain.add(0, a);
        }
        return chain;
    }

    static Element nearestAncestor(Node n, String localName) {
        for (Node a = n.getParentNode(); a != null; a = a.getParentNode()) {
            if (isW(a, localName)) {
                return (Element) a;
            }
        }
        return null;
    }

    static Element firstChild(Element e, String localName) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isW(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }
}
