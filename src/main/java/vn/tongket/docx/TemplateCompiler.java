package vn.tongket.docx;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import freemarker.core.ParseException;
import freemarker.template.Template;

/**
 * Turns a .docx into a {@link DocxTemplate}: every part that holds document text (body, headers, footers,
 * footnotes, endnotes) becomes one compiled FreeMarker template; every other entry is compressed once and kept.
 */
final class TemplateCompiler {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final Set<String> MAIN_DOCUMENT = Set.of(
            WML + "document.main+xml",
            WML + "template.main+xml",
            "application/vnd.ms-word.document.macroenabled.main+xml",
            "application/vnd.ms-word.template.macroenabledtemplate.main+xml");
    private static final Set<String> TEXT_PARTS = Set.of(
            WML + "header+xml", WML + "footer+xml", WML + "footnotes+xml", WML + "endnotes+xml");

    private TemplateCompiler() {
    }

    static DocxTemplate compile(String name, byte[] docx) {
        List<DocxZip.Entry> entries;
        try {
            entries = DocxZip.read(docx);
        } catch (IOException e) {
            throw new TemplateProblem(name, "", "", "not a Word document (.docx): " + e.getMessage(), e);
        }
        Map<String, String> contentTypes = contentTypes(name, entries);
        List<DocxTemplate.Part> parts = new ArrayList<>(entries.size());
        boolean hasBody = false;
        for (DocxZip.Entry e : entries) {
            String type = contentTypes.get(e.name().toLowerCase(Locale.ROOT));
            boolean main = type != null && MAIN_DOCUMENT.contains(type);
            if (main || (type != null && TEXT_PARTS.contains(type))) {
                hasBody |= main;
                parts.add(compilePart(PartRef.of(name, e.name(), main), e.data()));
            } else {
                parts.add(new DocxTemplate.Fixed(e.name(), DocxZip.compress(e.data())));
            }
        }
        if (!hasBody) {
            throw new TemplateProblem(name, "", "", "not a Word document (.docx): it has no main document part");
        }
        return new DocxTemplate(name, parts);
    }

    /** Part name (lower case, no leading slash) to content type (lower case), from the package's overrides. */
    private static Map<String, String> contentTypes(String name, List<DocxZip.Entry> entries) {
        DocxZip.Entry types = entries.stream().filter(e -> e.name().equals(CONTENT_TYPES)).findFirst()
                .orElseThrow(() -> new TemplateProblem(name, "", "", "not a Word document (.docx): "
                        + CONTENT_TYPES + " is missing"));
        Document doc;
        try {
            doc = WordXml.parse(types.data());
        } catch (SAXException | IOException e) {
            throw new TemplateProblem(name, "", "", CONTENT_TYPES + " is not well-formed XML: " + e.getMessage(), e);
        }
        Map<String, String> byPart = new HashMap<>();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element o && "Override".equals(o.getLocalName()) && CT_NS.equals(o.getNamespaceURI())) {
                String part = o.getAttribute("PartName");
                byPart.put((part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT),
                        o.getAttribute("ContentType").toLowerCase(Locale.ROOT));
            }
        }
        return byPart;
    }

    static DocxTemplate.Filled compilePart(PartRef ref, byte[] xml) {
        Document doc;
        try {
            doc = WordXml.parse(xml);
        } catch (SAXException | IOException e) {
            throw ref.problem("", "the part is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        Locations locations = Locations.of(root);
        RunNormalizer tokens = RunNormalizer.normalize(root, locations, ref);
        PartWriter.Ftl ftl = PartWriter.write(doc, tokens, locations);

        for (PartWriter.TokenAt t : ftl.tokens()) {
            String forbidden = t.ftl().startsWith("<#--") ? null : FreemarkerSettings.forbiddenBuiltIn(t.ftl());
            if (forbidden != null) {
                throw ref.problem(ftl.place(t.line()), "\"" + forbidden + "\" is not allowed in templates (in \""
                        + t.ftl() + "\"): templates may not create Java objects, reach Java APIs or run text as code");
            }
        }

        Template template;
        try {
            template = new Template(ref.ftlName(), null, new StringReader(ftl.text()), FreemarkerSettings.CONFIGURATION);
        } catch (ParseException e) {
            DirectiveChecker.Problem p = DirectiveChecker.check(ftl.directives(), true);
            if (p != null) {
                throw ref.problem(p.place(), p.detail(), e);
            }
            String token = ftl.tokenAt(e.getLineNumber(), e.getColumnNumber());
            throw ref.problem(ftl.place(e.getLineNumber()),
                    freemarkerMessage(e.getEditorMessage()) + (token == null ? "" : " (in \"" + token + "\")"), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed", e);
        }
        DirectiveChecker.Problem p = DirectiveChecker.check(ftl.directives(), false);
        if (p != null) {
            throw ref.problem(p.place(), p.detail());
        }
        return new DocxTemplate.Filled(ref, template, ftl.linePlaces());
    }

    /** FreeMarker's message without the parts that speak of the generated template's lines, tips and grammar. */
    static String freemarkerMessage(String message) {
        if (message == null) {
            return "template error";
        }
        String m = message;
        for (String cut : List.of("\n----", "\nWas expecting")) {
            int at = m.indexOf(cut);
            if (at >= 0) {
                m = m.substring(0, at);
            }
        }
        m = m.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .replaceAll(" (at|on) line \\d+, column \\d+", "")
                .replaceAll("(?s)Encountered (.*?), but was expecting one of these patterns:.*", "Unexpected $1")
                .replaceAll("\\s*\\(wrapper: [^)]*\\)", "")
                .replace("\n==> ", " ")
                .replaceAll("\\s*\\n\\s*", " ");
        return m.strip();
    }
}
