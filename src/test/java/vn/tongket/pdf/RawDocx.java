package vn.tongket.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal DOCX package written by hand around a body given as WordprocessingML, for content that POI's API
 * does not build easily (text boxes, equations, odd tables). Styles: Times New Roman 14 pt.
 */
final class RawDocx {

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private static final String A4_SECTION = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\""
            + " w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";

    /** Paragraph defaults, even empty, give every paragraph widow and orphan control in LibreOffice. */
    static final String PARAGRAPH_DEFAULTS = "<w:pPrDefault/>";

    private static final String STYLES = "<w:styles " + NAMESPACES + "><w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/>"
            + "</w:rPr></w:rPrDefault>" + PARAGRAPH_DEFAULTS + "</w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
            + "</w:style>%s</w:styles>";

    private RawDocx() {
    }

    /** A document with the given body content and an A4 section with the Party margins. */
    static byte[] withBody(String bodyXml) {
        return withBodyAndSection(bodyXml, A4_SECTION);
    }

    /** A document with the given body content and section properties ({@code <w:sectPr>...}). */
    static byte[] withBodyAndSection(String bodyXml, String sectPrXml) {
        return build(bodyXml, sectPrXml, "", Map.of());
    }

    /** A document with the given body content and more styles ({@code <w:style>...}) after Normal. */
    static byte[] withBodyAndStyles(String bodyXml, String stylesXml) {
        return build(bodyXml, A4_SECTION, stylesXml, Map.of());
    }

    /**
     * A document with more parts: each key is a part name under {@code word/} ("numbering.xml",
     * "media/image1.png"), with a relationship of the given type from the document. The relationship ids are
     * rId2, rId3, ... in the iteration order of the map.
     */
    static byte[] withBodyAndParts(String bodyXml, Map<String, Part> parts) {
        return build(bodyXml, A4_SECTION, "", parts);
    }

    /** A document with more parts (see {@link #withBodyAndParts}) and its own last section properties. */
    static byte[] withBodyPartsAndSection(String bodyXml, Map<String, Part> parts, String sectPrXml) {
        return build(bodyXml, sectPrXml, "", parts);
    }

    /**
     * A part of the package and the type of the document's relationship to it ("numbering", "image"); or, with
     * {@code externalTarget} set and no content, an external relationship such as a hyperlink's.
     */
    record Part(byte[] content, String relationshipType, String contentType, String externalTarget) {

        Part(byte[] content, String relationshipType, String contentType) {
            this(content, relationshipType, contentType, null);
        }

        /** A hyperlink's relationship to an address outside the package. */
        static Part hyperlink(String url) {
            return new Part(null, "hyperlink", null, url);
        }
    }

    /** A document whose styles have no paragraph defaults ({@code w:pPrDefault}), as {@link #withBody} otherwise. */
    static byte[] withBodyWithoutParagraphDefaults(String bodyXml) {
        return build(bodyXml, A4_SECTION, "", Map.of(), true);
    }

    private static byte[] build(String bodyXml, String sectPrXml, String stylesXml, Map<String, Part> parts) {
        return build(bodyXml, sectPrXml, stylesXml, parts, false);
    }

    private static byte[] build(String bodyXml, String sectPrXml, String stylesXml, Map<String, Part> parts,
                                boolean withoutParagraphDefaults) {
        StringBuilder overrides = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        int id = 2;
        for (Map.Entry<String, Part> part : parts.entrySet()) {
            Part value = part.getValue();
            relationships.append("<Relationship Id=\"rId").append(id++).append("\" Type=\"http://schemas.")
                    .append("openxmlformats.org/officeDocument/2006/relationships/")
                    .append(value.relationshipType()).append("\" Target=\"");
            if (value.externalTarget() != null) {
                relationships.append(value.externalTarget()).append("\" TargetMode=\"External\"/>");
                continue;
            }
            relationships.append(part.getKey()).append("\"/>");
            overrides.append("<Override PartName=\"/word/").append(part.getKey()).append("\" ContentType=\"")
                    .append(value.contentType()).append("\"/>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document " + NAMESPACES + "><w:body>" + bodyXml + sectPrXml + "</w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" + overrides + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/styles\" Target=\"styles.xml\"/>" + relationships + "</Relationships>");
            String styles = STYLES.formatted(stylesXml);
            put(zip, "word/styles.xml", withoutParagraphDefaults ? styles.replace(PARAGRAPH_DEFAULTS, "") : styles);
            put(zip, "word/document.xml", document);
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                if (part.getValue().content() == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("word/" + part.getKey()));
                zip.write(part.getValue().content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A paragraph with one run of text. */
    static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A paragraph with the given properties ({@code w:pPr} content) whose lines are separated by line breaks. */
    static String paragraph(String properties, String... lines) {
        StringBuilder p = new StringBuilder("<w:p><w:pPr>").append(properties).append("</w:pPr>");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.append("<w:r><w:br/></w:r>");
            }
            p.append("<w:r><w:t>").append(lines[i]).append("</w:t></w:r>");
        }
        return p.append("</w:p>").toString();
    }

    /** One-line paragraphs "Dòng văn bản 1.", "Dòng văn bản 2.", … */
    static String filler(int lines) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            body.append(paragraph("Dòng văn bản " + i + "."));
        }
        return body.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
