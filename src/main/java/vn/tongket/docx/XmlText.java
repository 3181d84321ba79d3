package vn.tongket.docx;

import java.nio.charset.StandardCharsets;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes DOM nodes back as XML text, the way the parser read them: tag names with their prefixes, attributes
 * (namespace declarations included) in document order, text escaped. Comments and processing instructions are left
 * out. Used at compile time only, for parts the engine changes (styles, numbering, relationships) and for the
 * static pieces of chart templates.
 */
final class XmlText {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private XmlText() {
    }

    static byte[] document(Document doc) {
        StringBuilder s = new StringBuilder(DECLARATION);
        element(doc.getDocumentElement(), s);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String element(Element e) {
        StringBuilder s = new StringBuilder();
        element(e, s);
        return s.toString();
    }

    static void element(Element e, StringBuilder s) {
        startTag(e, s);
        if (e.getFirstChild() == null) {
            s.setLength(s.length() - 1);
            s.append("/>");
            return;
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            node(c, s);
        }
        endTag(e, s);
    }

    static void node(Node c, StringBuilder s) {
        switch (c.getNodeType()) {
            case Node.ELEMENT_NODE -> element((Element) c, s);
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(c.getNodeValue(), s);
            default -> {
                // comments and processing instructions are not carried over
            }
        }
    }

    /** {@code <name attr="...">}. */
    static void startTag(Element e, StringBuilder s) {
        s.append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            s.append(' ').append(a.getName()).append("=\"");
            attribute(a.getValue(), s);
            s.append('"');
        }
        s.append('>');
    }

    static void endTag(Element e, StringBuilder s) {
        s.append("</").append(e.getTagName()).append('>');
    }

    static void text(String value, StringBuilder s) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '\r' -> s.append("&#13;");
                default -> s.append(c);
            }
        }
    }

    static void attribute(String value, StringBuilder s) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> s.append(c);
            }
        }
    }

    static String escapeText(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        text(value, s);
        return s.toString();
    }

    static String escapeAttribute(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        attribute(value, s);
        return s.toString();
    }
}
