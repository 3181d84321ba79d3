package vn.tongket.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The package's {@code [Content_Types].xml}: the content type of every part, by extension or by name. */
final class ContentTypes {

    static final String PART = "[Content_Types].xml";
    private static final String NS = "http://schemas.openxmlformats.org/package/2006/content-types";

    /** Extension (lower case) to content type, in the order written. */
    private final Map<String, String> defaults = new LinkedHashMap<>();
    /** Part name (lower case, no leading slash) to part name as written and content type. */
    private final Map<String, String[]> overrides = new LinkedHashMap<>();

    static ContentTypes parse(String template, byte[] xml) {
        Document doc;
        try {
            doc = WordXml.parse(xml);
        } catch (SAXException | IOException e) {
            throw new TemplateProblem(template, "", "", PART + " is not well-formed XML: " + WordXml.whyNotWellFormed(e), e);
        }
        ContentTypes types = new ContentTypes();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !NS.equals(e.getNamespaceURI())) {
                continue;
            }
            if ("Default".equals(e.getLocalName())) {
                types.defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
            } else if ("Override".equals(e.getLocalName())) {
                String part = e.getAttribute("PartName");
                String name = part.startsWith("/") ? part.substring(1) : part;
                types.overrides.put(name.toLowerCase(Locale.ROOT), new String[] {name, e.getAttribute("ContentType")});
            }
        }
        return types;
    }

    /** The content type of a part (lower case), or null if the package gives none. */
    String typeOf(String partName) {
        String[] o = overrides.get(partName.toLowerCase(Locale.ROOT));
        if (o != null) {
            return o[1].toLowerCase(Locale.ROOT);
        }
        int dot = partName.lastIndexOf('.');
        String d = dot < 0 ? null : defaults.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return d == null ? null : d.toLowerCase(Locale.ROOT);
    }

    /** Whether the part's content type is given by an override of its own. */
    boolean hasOverride(String partName) {
        return overrides.containsKey(partName.toLowerCase(Locale.ROOT));
    }

    void addOverride(String partName, String contentType) {
        overrides.put(partName.toLowerCase(Locale.ROOT), new String[] {partName, contentType});
    }

    /** The XML up to where more overrides may be added. */
    String xmlHead() {
        StringBuilder s = new StringBuilder(XmlText.DECLARATION).append("<Types xmlns=\"").append(NS).append("\">");
        defaults.forEach((ext, type) -> s.append("<Default Extension=\"").append(XmlText.escapeAttribute(ext))
                .append("\" ContentType=\"").append(XmlText.escapeAttribute(type)).append("\"/>"));
        overrides.values().forEach(o -> s.append(overrideXml(o[0], o[1])));
        return s.toString();
    }

    static String overrideXml(String partName, String contentType) {
        return "<Override PartName=\"/" + XmlText.escapeAttribute(partName) + "\" ContentType=\""
                + XmlText.escapeAttribute(contentType) + "\"/>";
    }

    static String xmlTail() {
        return "</Types>";
    }

    byte[] xml() {
        return (xmlHead() + xmlTail()).getBytes(StandardCharsets.UTF_8);
    }
}
