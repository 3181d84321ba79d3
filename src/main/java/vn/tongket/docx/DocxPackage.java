package vn.tongket.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * A .docx being compiled: its entries in zip order, its content types and the relationships of its parts. Parts are
 * parsed once and may be changed (a fragment spliced in, styles added); changed parts are written back when
 * compiling ends. Compile time only.
 */
final class DocxPackage {

    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final Set<String> MAIN_DOCUMENT = Set.of(
            WML + "document.main+xml",
            WML + "template.main+xml",
            "application/vnd.ms-word.document.macroenabled.main+xml",
            "application/vnd.ms-word.template.macroenabledtemplate.main+xml");
    private static final Set<String> TEXT_PARTS = Set.of(
            WML + "header+xml", WML + "footer+xml", WML + "footnotes+xml", WML + "endnotes+xml");

    final String template;
    final ContentTypes contentTypes;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Relationships> relationships = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    private DocxPackage(String template, List<DocxZip.Entry> zip) {
        this.template = template;
        zip.forEach(e -> entries.put(e.name(), e.data()));
        byte[] types = entries.get(ContentTypes.PART);
        if (types == null) {
            throw new TemplateProblem(template, "", "", "not a Word document (.docx): " + ContentTypes.PART
                    + " is missing");
        }
        this.contentTypes = ContentTypes.parse(template, types);
    }

    static DocxPackage read(String template, byte[] docx) {
        try {
            return new DocxPackage(template, DocxZip.read(docx));
        } catch (IOException e) {
            throw new TemplateProblem(template, "", "", "not a Word document (.docx): " + e.getMessage(), e);
        }
    }

    /** Entry names in zip order (parts added while compiling come last). */
    List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    byte[] bytes(String name) {
        return entries.get(name);
    }

    boolean isMain(String name) {
        String type = contentTypes.typeOf(name);
        return type != null && MAIN_DOCUMENT.contains(type);
    }

    /** Whether the part holds document text that is templated: the body, headers, footers, foot- and endnotes. */
    boolean isText(String name) {
        String type = contentTypes.typeOf(name);
        return type != null && (MAIN_DOCUMENT.contains(type) || TEXT_PARTS.contains(type));
    }

    /** The main document part, or null. */
    String mainPart() {
        return entries.keySet().stream().filter(this::isMain).findFirst().orElse(null);
    }

    PartRef ref(String name) {
        return PartRef.of(template, name, isMain(name));
    }

    /** The part parsed (once); problems name the part. */
    Document xml(String name) {
        Document doc = documents.get(name);
        if (doc == null) {
            try {
                doc = WordXml.parse(entries.get(name));
            } catch (SAXException | IOException e) {
                throw ref(name).problem("", "the part is not well-formed XML: " + WordXml.whyNotWellFormed(e), e);
            }
            documents.put(name, doc);
        }
        return doc;
    }

    /** Marks a part parsed with {@link #xml} as changed: it is written back by {@link #finish}. */
    void changed(String name) {
        changed.add(name);
    }

    /** The relationships of a part (empty if it has none), parsed once; change them through the object. */
    Relationships relationships(String part) {
        return relationships.computeIfAbsent(part, p -> Relationships.parse(template, Relationships.partFor(p),
                entries.get(Relationships.partFor(p))));
    }

    /** Marks the relationships of a part as changed: written back (or created) by {@link #finish}. */
    void relationshipsChanged(String part) {
        String rels = Relationships.partFor(part);
        if (!entries.containsKey(rels)) {
            entries.put(rels, new byte[0]);
        }
        changed.add(rels);
    }

    /** Adds a part with its content type (an override of its own). */
    void add(String name, byte[] data, String contentType) {
        entries.put(name, data);
        contentTypes.addOverride(name, contentType);
        changed.add(ContentTypes.PART);
    }

    /** {@code wanted}, or {@code wanted} with "-2", "-3", ... before its extension if a part has that name. */
    String unusedName(String wanted) {
        if (!hasCaseInsensitive(wanted)) {
            return wanted;
        }
        int dot = wanted.lastIndexOf('.');
        String stem = dot < 0 ? wanted : wanted.substring(0, dot);
        String ext = dot < 0 ? "" : wanted.substring(dot);
        for (int i = 2; ; i++) {
            String name = stem + "-" + i + ext;
            if (!hasCaseInsensitive(name)) {
                return name;
            }
        }
    }

    private boolean hasCaseInsensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return entries.keySet().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    }

    /** Writes changed parts back into the entries. Parts whose DOM the compiler keeps using are left alone. */
    void finish(Set<String> keptAsDom) {
        for (String name : changed) {
            if (name.equals(ContentTypes.PART)) {
                entries.put(name, contentTypes.xml());
            } else if (name.endsWith(".rels") && name.contains("_rels/") && !documents.containsKey(name)) {
                String owner = ownerOfRelationships(name);
                entries.put(name, relationships(owner).xml());
            } else if (!keptAsDom.contains(name)) {
                entries.put(name, XmlText.document(documents.get(name)));
            }
        }
        changed.clear();
    }

    /** {@code word/document.xml} for {@code word/_rels/document.xml.rels}. */
    static String ownerOfRelationships(String relsPart) {
        int at = relsPart.lastIndexOf("_rels/");
        return relsPart.substring(0, at) + relsPart.substring(at + 6, relsPart.length() - 5);
    }
}
