package vn.tongket.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parts of a DOCX file (an Open Packaging Conventions ZIP) that the converter reads, as DOM elements parsed by
 * the Java runtime's parser. Only the parts reached through the relationships the reader follows are parsed:
 * the main document, its styles, numbering and settings, the headers and footers, charts; images are handed over
 * as bytes.
 * <p>
 * This replaces POI's {@code XWPFDocument}, which parses every part of the package into XMLBeans objects and
 * builds its own model of the body; the converter only walks the DOM, and building that object model took more
 * than a third of a conversion. Relationship targets are read as POI reads them ({@link PackagingURIHelper}), so a
 * hyperlink's address is the same.
 * <p>
 * One instance serves one conversion and is not thread-safe.
 */
final class DocxPackage {

    static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    static final String SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    static final String HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
    static final String FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
    static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    static final String CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    static final String FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
    static final String ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";

    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** POI's stand-in for a relationship target that is not a valid URI. */
    private static final String INVALID_TARGET = "http://invalid.uri";
    /** Larger parts are refused: a filled report is well under a megabyte, a picture a few. */
    private static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    private static final DocumentBuilderFactory PARSERS = parserFactory();
    /** A parser costs more to set up than a filled report costs to parse; each thread keeps one. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(DocxPackage::newParser);
    /** Errors end the parse with an exception (the default handler would also print them); warnings are ignored. */
    private static final ErrorHandler FAIL_ON_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** The unpacked ZIP entries by lower-case name (part names are case-insensitive). */
    private final Map<String, byte[]> entries;
    private final Map<String, Part> parts = new HashMap<>();
    private final DocumentBuilder parser;
    private final Part main;

    private DocxPackage(Map<String, byte[]> entries) {
        this.entries = entries;
        this.parser = PARSER.get();
        Relationship officeDocument = relationships("").byType(OFFICE_DOCUMENT);
        if (officeDocument == null || officeDocument.external()) {
            throw new IllegalArgumentException("the package has no main document (_rels/.rels names none)");
        }
        this.main = part(officeDocument.target());
        if (main == null) {
            throw new IllegalArgumentException("the main document " + officeDocument.target() + " is missing");
        }
    }

    /**
     * Unpacks the DOCX and finds its main document.
     *
     * @throws IOException              if the bytes are not a ZIP file
     * @throws IllegalArgumentException if the ZIP is not a WordprocessingML package
     */
    static DocxPackage read(byte[] docx) throws IOException {
        if (docx.length == 0) {
            throw new IOException("the file is empty");
        }
        Map<String, byte[]> entries = new HashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = unpack(zip, entry.getSize(), MAX_UNPACKED_BYTES - unpacked);
                } catch (ZipException e) {
                    throw new IOException(entry.getName() + " is damaged (" + e.getMessage() + ")", e);
                }
                unpacked += bytes.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw new IOException("the package unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                            + " MiB");
                }
                entries.put(entry.getName().toLowerCase(Locale.ROOT), bytes);
            }
        }
        if (entries.isEmpty()) {
            throw new IOException("not a ZIP file (a DOCX file is one)");
        }
        return new DocxPackage(entries);
    }

    /**
     * The bytes of the current entry, read into an array of the size the entry header gives when it gives one; at
     * most {@code limit} + 1 bytes. Reading up to the end of the entry makes the stream check its CRC.
     */
    private static byte[] unpack(ZipInputStream zip, long size, long limit) throws IOException {
        if (size < 0 || size > limit) {
            return zip.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
        }
        byte[] bytes = new byte[(int) size];
        int read = zip.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length || zip.read() != -1) {
            throw new ZipException("the entry's size is not the one its header gives");
        }
        return bytes;
    }

    /** The main document part ({@code word/document.xml}). */
    Part main() {
        return main;
    }

    /** The {@code w:body} of the main document. */
    Element body() {
        Element body = WordXml.child(main.root(), "body");
        if (body == null) {
            throw new IllegalArgumentException(main.name() + " has no w:body");
        }
        return body;
    }

    /** The root element of the main document's part of that relationship type, or null when it has none. */
    Element mainRelated(String type) {
        Part part = mainRelatedPart(type);
        return part == null ? null : part.root();
    }

    /** The main document's part of that relationship type, or null when it has none. */
    Part mainRelatedPart(String type) {
        Relationship relationship = main.relationships().byType(type);
        return relationship == null || relationship.external() ? null : part(relationship.target());
    }

    /** A part of the package: its name and, when it is XML, its root element. */
    final class Part {
        private final String name;
        private Element root;
        private Relationships relationships;

        private Part(String name) {
            this.name = name;
        }

        /** The part name without the leading slash, e.g. {@code word/document.xml}. */
        String name() {
            return name;
        }

        byte[] bytes() {
            return entries.get(name.toLowerCase(Locale.ROOT));
        }

        /** The root element, parsed when first asked for. */
        Element root() {
            if (root == null) {
                root = parse(name, bytes());
            }
            return root;
        }

        Relationships relationships() {
            if (relationships == null) {
                relationships = DocxPackage.this.relationships(name);
            }
            return relationships;
        }

        /** The part an internal relationship of one of the given types leads to, or null. */
        Part related(String id, String... types) {
            Relationship relationship = relationships().byId(id);
            if (relationship == null || relationship.external()) {
                return null;
            }
            for (String type : types) {
                if (type.equals(relationship.type())) {
                    return part(relationship.target());
                }
            }
            return null;
        }

        /** The target of a relationship as POI gives it ({@code PackageRelationship.getTargetURI()}), or null. */
        String target(String id) {
            Relationship relationship = relationships().byId(id);
            return relationship == null ? null : relationship.uri();
        }
    }

    /** One {@code Relationship} of a relationships part; {@code target} is the resolved part name when internal. */
    record Relationship(String type, String target, String uri, boolean external) {
    }

    /** The relationships of one part, by id (the last one wins, as in POI) and in document order by type. */
    record Relationships(Map<String, Relationship> byId, Map<String, Relationship> firstByType) {

        static final Relationships NONE = new Relationships(Map.of(), Map.of());

        Relationship byId(String id) {
            return id == null ? null : byId.get(id);
        }

        Relationship byType(String type) {
            return firstByType.get(type);
        }
    }

    /** The part of that name, or null when the package has no such entry. */
    private Part part(String name) {
        if (name == null || !entries.containsKey(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return parts.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new Part(name));
    }

    /** The relationships of a part ("" for the package's own, {@code _rels/.rels}). */
    private Relationships relationships(String partName) {
        int slash = partName.lastIndexOf('/');
        String folder = partName.substring(0, slash + 1);
        String relsName = folder + "_rels/" + partName.substring(slash + 1) + ".rels";
        byte[] bytes = entries.get(relsName.toLowerCase(Locale.ROOT));
        if (bytes == null) {
            return Relationships.NONE;
        }
        Map<String, Relationship> byId = new HashMap<>();
        Map<String, Relationship> firstByType = new HashMap<>();
        for (Element e : WordXml.children(parse(relsName, bytes))) {
            if (!PACKAGE_RELATIONSHIPS.equals(e.getNamespaceURI()) || !"Relationship".equals(e.getLocalName())) {
                continue;
            }
            String type = e.getAttribute("Type");
            String value = e.getAttribute("Target");
            boolean external = e.hasAttribute("TargetMode")
                    && !e.getAttribute("TargetMode").toLowerCase(Locale.ROOT).equals("internal");
            URI uri = uri(value);
            Relationship relationship = new Relationship(type, external ? null : resolve(partName, uri),
                    uri.toString(), external);
            byId.put(e.getAttribute("Id"), relationship);
            firstByType.putIfAbsent(type, relationship);
        }
        return new Relationships(byId, firstByType);
    }

    private static URI uri(String value) {
        try {
            return PackagingURIHelper.toURI(value);
        } catch (URISyntaxException e) {
            return URI.create(INVALID_TARGET);
        }
    }

    /** The part name a relative or absolute target names, seen from the source part; null if it names none. */
    private static String resolve(String sourcePartName, URI target) {
        if (target.isAbsolute() || target.getPath() == null) {
            return null;
        }
        try {
            String path = new URI(null, null, "/" + sourcePartName, null).resolve(target).normalize().getPath();
            return path == null || path.length() < 2 ? null : path.substring(1);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private Element parse(String partName, byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException(partName + " is missing");
        }
        try {
            return parser.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXParseException e) {
            throw new IllegalArgumentException(partName + ", line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(partName + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newParser() {
        // the factory is shared between conversions; JAXP does not promise that it is thread-safe
        synchronized (PARSERS) {
            try {
                DocumentBuilder builder = PARSERS.newDocumentBuilder();
                builder.setErrorHandler(FAIL_ON_ERRORS);
                return builder;
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the XML parser of the Java runtime cannot be set up", e);
            }
        }
    }

    private static DocumentBuilderFactory parserFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // a document type declaration has no place in OOXML; refusing it shuts out entity tricks (as POI does)
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // every node is visited once the reader walks the body: building them at once is cheaper than deferring
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser of the Java runtime cannot be made safe", e);
        }
        return factory;
    }
}
