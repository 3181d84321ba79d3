package vn.tongket.docx;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import freemarker.core.ParseException;
import freemarker.template.Template;

/**
 * Turns a .docx into a {@link DocxTemplate}: fragments are spliced in ({@link FragmentSplicer}), every part that
 * holds document text (body, headers, footers, footnotes, endnotes) becomes one compiled FreeMarker template, charts
 * bound to data become {@link ChartTemplate}s, and every other entry is compressed once and kept.
 */
final class TemplateCompiler {

    private TemplateCompiler() {
    }

    static DocxTemplate compile(String name, byte[] docx, Fragments fragments) {
        DocxPackage pkg = DocxPackage.read(name, docx);
        if (pkg.mainPart() == null) {
            throw new TemplateProblem(name, "", "", "not a Word document (.docx): it has no main document part");
        }
        List<String> textParts = pkg.names().stream().filter(pkg::isText).toList();
        FragmentSplicer.expand(pkg, textParts, fragments);
        Bindings bindings = new Bindings();
        Map<String, DocxTemplate.Filled> filled = new HashMap<>();
        for (String part : textParts) {
            filled.put(part, compilePart(pkg, part, bindings));
        }
        pkg.finish(Set.copyOf(textParts));

        Map<String, String> ownerOfRels = new HashMap<>();
        bindings.owners().forEach((owner, rels) -> ownerOfRels.put(Relationships.partFor(owner), owner));
        Map<String, ChartTemplate> charts = new HashMap<>();
        Map<String, ChartTemplate> workbooks = new LinkedHashMap<>();
        for (ChartTemplate chart : bindings.charts()) {
            charts.put(chart.part, chart);
            if (chart.workbook != null) {
                workbooks.put(chart.workbook, chart);
            }
        }
        List<DocxTemplate.Part> parts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String entry : pkg.names()) {
            names.add(entry.toLowerCase(Locale.ROOT));
            byte[] bytes = pkg.bytes(entry);
            if (filled.containsKey(entry)) {
                parts.add(filled.get(entry));
            } else if (entry.equals(ContentTypes.PART) && !bindings.isEmpty()) {
                parts.add(new DocxTemplate.Types(entry, pkg.contentTypes.xmlHead()));
            } else if (ownerOfRels.containsKey(entry)) {
                String owner = ownerOfRels.get(entry);
                parts.add(new DocxTemplate.Rels(entry, owner, bindings.owners().get(owner).xmlHead()));
            } else if (charts.containsKey(entry)) {
                parts.add(new DocxTemplate.Chart(entry, charts.get(entry), DocxZip.compress(bytes)));
            } else if (workbooks.containsKey(entry)) {
                parts.add(new DocxTemplate.Workbook(entry, workbooks.remove(entry), DocxZip.compress(bytes)));
            } else {
                parts.add(new DocxTemplate.Fixed(entry, DocxZip.compress(bytes)));
            }
        }
        // a workbook the chart names but the template lacks (LibreOffice drops it when saving through .odt)
        workbooks.forEach((entry, chart) -> {
            names.add(entry.toLowerCase(Locale.ROOT));
            parts.add(new DocxTemplate.Workbook(entry, chart, null));
        });
        return new DocxTemplate(name, parts, bindings, pkg.contentTypes, names, FillLimits.DEFAULT);
    }

    static DocxTemplate.Filled compilePart(DocxPackage pkg, String partName, Bindings bindings) {
        PartRef ref = pkg.ref(partName);
        Document doc = pkg.xml(partName);
        Element root = doc.getDocumentElement();
        Locations locations = Locations.of(root);
        DrawingBindings drawings = DrawingBindings.find(pkg, ref, root, locations, bindings);
        RunNormalizer tokens = RunNormalizer.normalize(root, locations, ref);
        bindings.writing(ref);
        PartWriter.Ftl ftl = PartWriter.write(doc, tokens, locations, drawings, bindings);

        for (PartWriter.TokenAt t : ftl.tokens()) {
            String forbidden = t.ftl().startsWith("<#--") ? null : FreemarkerSettings.forbiddenBuiltIn(t.ftl());
            if (forbidden != null) {
                throw ref.problem(ftl.place(t.line()), "\"" + forbidden + "\" is not allowed in templates (in \""
                        + t.ftl() + "\"): templates may not create Java objects, reach Java APIs or run text as code");
            }
            if (t.ftl().matches("(?s)^</?#(attempt|recover)\\b.*")) {
                throw ref.problem(ftl.place(t.line()), "\"" + t.ftl() + "\" is not allowed in templates: it would hide"
                        + " the errors a fill must report (write a default instead: ${x!\"...\"})");
            }
            if (t.ftl().contains(Bindings.SESSION)) {
                throw ref.problem(ftl.place(t.line()), "\"" + t.ftl() + "\": names starting with " + Bindings.SESSION
                        + " belong to the template engine");
            }
            if (t.ftl().matches("(?s)^<#(include|import)[\\s>].*")) {
                throw ref.problem(ftl.place(t.line()), "\"" + t.ftl() + "\": an include must stand alone in its own"
                        + " paragraph, with the fragment's name in quotes: <#include \"khoi-chu-ky\">");
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
                .replaceAll("\\s*Help \\(latest version\\): \\S+; you're using FreeMarker [\\d.]+\\.?", "")
                .replace("\n==> ", " ")
                .replaceAll("\\s*\\n\\s*", " ");
        return m.strip();
    }
}
