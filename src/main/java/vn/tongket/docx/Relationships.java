package vn.tongket.docx;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The relationships of one package part (its {@code _rels/NAME.rels} part): ids, types and targets. */
final class Relationships {

    static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** The attribute namespace of {@code r:id}, {@code r:embed}, ... in WordprocessingML and DrawingML. */
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String R_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    static final String TYPE_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String CHART = TYPE_BASE + "chart";
    static final String IMAGE = TYPE_BASE + "image";
    static final String PACKAGE = TYPE_BASE + "package";

    record Rel(String id, String type, String target, boolean external) {

        /** Whether the type ends in {@code /kind} (so that the ISO Strict types match too). */
        boolean is(String kind) {
            return type.endsWith("/" + kind);
        }
    }

    private final List<Rel> rels = new ArrayList<>();
    private int nextId = 1;

    static Relationships parse(String template, String partName, byte[] xml) {
        Relationships r = new Relationships();
        if (xml == null || xml.length == 0) {
            return r;
        }
        Document doc;
        try {
            doc = WordXml.parse(xml);
        } catch (SAXException | IOException e) {
            throw new TemplateProblem(template, "", "", partName + " is not well-formed XML: " + WordXml.whyNotWellFormed(e), e);
        }
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Relationship".equals(e.getLocalName())) {
                r.rels.add(new Rel(e.getAttribute("Id"), e.getAttribute("Type"), e.getAttribute("Target"),
                        "External".equals(e.getAttribute("TargetMode"))));
            }
        }
        return r;
    }

    Rel byId(String id) {
        for (Rel r : rels) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    List<Rel> all() {
        return List.copyOf(rels);
    }

    /** Adds a relationship under a new id that no existing one has, and gives the id. */
    String add(String type, String target, boolean external) {
        String id = unusedId();
        rels.add(new Rel(id, type, target, external));
        return id;
    }

    /** The id of a relationship of this type and target, or null. */
    String find(String type, String target, boolean external) {
        for (Rel r : rels) {
            if (r.type().equals(type) && r.target().equals(target) && r.external() == external) {
                return r.id();
            }
        }
        return null;
    }

    /** Adds a relationship with its own id (a copy of another part's). */
    void put(Rel rel) {
        rels.add(rel);
    }

    /** An id no relationship has yet (the engine's own ids read {@code rIdTk1}, {@code rIdTk2}, ...). */
    String unusedId() {
        String id;
        do {
            id = "rIdTk" + nextId++;
        } while (byId(id) != null);
        return id;
    }

    /** The relationships part as it starts, up to where more relationships may be added. */
    String xmlHead() {
        StringBuilder s = new StringBuilder(XmlText.DECLARATION).append("<Relationships xmlns=\"").append(NS)
                .append("\">");
        rels.forEach(r -> s.append(xml(r)));
        return s.toString();
    }

    static String xmlTail() {
        return "</Relationships>";
    }

    byte[] xml() {
        return (xmlHead() + xmlTail()).getBytes(StandardCharsets.UTF_8);
    }

    static String xml(Rel r) {
        return "<Relationship Id=\"" + XmlText.escapeAttribute(r.id()) + "\" Type=\""
                + XmlText.escapeAttribute(r.type()) + "\" Target=\"" + XmlText.escapeAttribute(r.target()) + "\""
                + (r.external() ? " TargetMode=\"External\"" : "") + "/>";
    }

    /** {@code word/_rels/document.xml.rels} for {@code word/document.xml}. */
    static String partFor(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /** The part a relative (or absolute) target of {@code source} names, without a leading slash. */
    static String resolve(String source, String target) {
        String t = target.contains("%") ? URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8)
                : target;
        String base = t.startsWith("/") ? "" : source.substring(0, source.lastIndexOf('/') + 1);
        Deque<String> path = new ArrayDeque<>();
        for (String segment : (base + t).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                path.pollLast();
            } else {
                path.addLast(segment);
            }
        }
        return String.join("/", path);
    }

    /** The target that names {@code targetPart} from {@code source}, relative to the source's folder. */
    static String relative(String source, String targetPart) {
        String[] from = source.substring(0, Math.max(0, source.lastIndexOf('/'))).split("/");
        String[] to = targetPart.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && !from[common].isEmpty()
                && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder s = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            if (!from[i].isEmpty()) {
                s.append("../");
            }
        }
        for (int i = common; i < to.length; i++) {
            s.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return s.toString();
    }
}
