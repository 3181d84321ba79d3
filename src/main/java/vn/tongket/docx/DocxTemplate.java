package vn.tongket.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import freemarker.template.Template;

/**
 * A Word template compiled once and filled many times.
 *
 * <p>The template is an ordinary .docx whose text holds FreeMarker: {@code ${unit.name}} placeholders and
 * directives such as {@code <#list achievements as a>}...{@code </#list>} or {@code <#if x>}...{@code </#if>}.
 * A paragraph or table row holding nothing but such tags makes the tags repeat or drop the paragraphs or rows
 * between them; tags among other text act inside the paragraph. A placeholder keeps the formatting of its first
 * character. A paragraph holding only {@code <#include "name">} is replaced by a shared fragment
 * ({@link Fragments}); a chart titled {@code chart: name} and a picture described {@code image: name} are filled
 * from the data ({@link DrawingBindings}).
 *
 * <p>All parsing happens in {@link #compile}; {@link #fill} only runs the compiled templates and writes the zip.
 * Instances are immutable and safe to fill from several threads at once. The same model gives the same bytes.
 */
public final class DocxTemplate {

    sealed interface Part permits Fixed, Filled, Rels, Types, Chart, Workbook {
        String zipName();
    }

    /** An entry copied unchanged into every filled document, compressed once. */
    record Fixed(String zipName, DocxZip.Compressed content) implements Part {
    }

    /** A part written by its FreeMarker template; linePlaces maps template lines to places in the document. */
    record Filled(PartRef ref, Template template, List<String> linePlaces) implements Part {
        @Override
        public String zipName() {
            return ref.zipName();
        }

        String place(Integer line) {
            if (line == null || linePlaces.isEmpty()) {
                return "";
            }
            return linePlaces.get(Math.max(1, Math.min(line, linePlaces.size())) - 1);
        }
    }

    /** The relationships of a part with drawings bound to data: the template's, then those the fill adds. */
    record Rels(String zipName, String owner, String head) implements Part {
    }

    /** {@code [Content_Types].xml} of a template with bound drawings: the template's, then the fill's new parts. */
    record Types(String zipName, String head) implements Part {
    }

    /** A chart bound to data; the template's own chart where the fill does not reach it. */
    record Chart(String zipName, ChartTemplate template, DocxZip.Compressed original) implements Part {
    }

    /** The workbook of a bound chart; {@code original} is null where the template lacks it. */
    record Workbook(String zipName, ChartTemplate chart, DocxZip.Compressed original) implements Part {
    }

    private final String name;
    private final List<Part> parts;
    private final Bindings bindings;
    private final ContentTypes contentTypes;
    private final Set<String> partNames;
    private final FillLimits limits;

    DocxTemplate(String name, List<Part> parts, Bindings bindings, ContentTypes contentTypes, Set<String> partNames,
                 FillLimits limits) {
        this.name = name;
        this.parts = List.copyOf(parts);
        this.bindings = bindings;
        this.contentTypes = contentTypes;
        this.partNames = Set.copyOf(partNames);
        this.limits = limits;
    }

    /**
     * Compiles the .docx at {@code docx}; its file name names it in error messages. Fragments are read from the
     * folder {@code _fragments} beside the template's folder ({@code templates/_fragments/} for
     * {@code templates/year-end/bao-cao.docx}).
     */
    public static DocxTemplate compile(Path docx) {
        return compile(docx, Fragments.beside(docx));
    }

    /** Compiles the .docx at {@code docx} with its {@code <#include>}s taken from {@code fragments}. */
    public static DocxTemplate compile(Path docx, Fragments fragments) {
        String name = String.valueOf(docx.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(docx);
        } catch (IOException e) {
            throw new TemplateProblem(name, "", "", "cannot read the template: " + e, e);
        }
        return compile(name, bytes, fragments);
    }

    /** Compiles a .docx held in memory; {@code name} names it in error messages. It may include no fragment. */
    public static DocxTemplate compile(String name, byte[] docx) {
        return compile(name, docx, Fragments.NONE);
    }

    /** Compiles a .docx held in memory, with its {@code <#include>}s taken from {@code fragments}. */
    public static DocxTemplate compile(String name, byte[] docx, Fragments fragments) {
        return TemplateCompiler.compile(name, docx, Objects.requireNonNull(fragments, "fragments"));
    }

    public String name() {
        return name;
    }

    /** The limits each fill is held to: {@link FillLimits#DEFAULT} unless set with {@link #withLimits}. */
    public FillLimits limits() {
        return limits;
    }

    /** The same compiled template, filled within other limits. */
    public DocxTemplate withLimits(FillLimits newLimits) {
        return new DocxTemplate(name, parts, bindings, contentTypes, partNames, Objects.requireNonNull(newLimits));
    }

    /**
     * Fills the template with a model of maps, lists, strings, numbers, booleans and public records (only their
     * components are visible to the template). A number placed as it is prints as plain digits: pass text formatted
     * for Vietnamese, or let the template format it ({@code ${x?string.@number}}, {@code ${x?string.@money_ty}}, ...;
     * see {@link VietnameseFormats}). A line break in a text value becomes a line break in the document, a tab a
     * tab. The key {@code vn} is taken by the template functions, and names starting {@code _tongket} by the engine.
     *
     * @throws TemplateProblem where the template or the data is wrong, with the place in the document
     */
    public byte[] fill(Map<String, ?> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        fill(model, out);
        return out.toByteArray();
    }

    /** Fills the template into {@code out} (which is not closed). */
    public void fill(Map<String, ?> model, OutputStream out) {
        new FillSession(this, model == null ? Map.of() : model).write(out);
    }

    List<Part> parts() {
        return parts;
    }

    Bindings bindings() {
        return bindings;
    }

    ContentTypes contentTypes() {
        return contentTypes;
    }

    /** Whether the template has an entry of this name (in any case). */
    boolean hasPart(String lowerCaseName) {
        return partNames.contains(lowerCaseName);
    }

    @Override
    public String toString() {
        return "DocxTemplate[" + name + "]";
    }
}
