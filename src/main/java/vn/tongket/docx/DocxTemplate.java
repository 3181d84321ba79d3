package vn.tongket.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * A Word template compiled once and filled many times.
 *
 * <p>The template is an ordinary .docx whose text holds FreeMarker: {@code ${unit.name}} placeholders and
 * directives such as {@code <#list achievements as a>}...{@code </#list>} or {@code <#if x>}...{@code </#if>}.
 * A paragraph or table row holding nothing but such tags makes the tags repeat or drop the paragraphs or rows
 * between them; tags among other text act inside the paragraph. A placeholder keeps the formatting of its first
 * character.
 *
 * <p>All parsing happens in {@link #compile}; {@link #fill} only runs the compiled templates and writes the zip.
 * Instances are immutable and safe to fill from several threads at once. The same model gives the same bytes.
 */
public final class DocxTemplate {

    sealed interface Part permits Fixed, Filled {
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

    private final String name;
    private final List<Part> parts;

    DocxTemplate(String name, List<Part> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    /** Compiles the .docx at {@code docx}; its file name names it in error messages. */
    public static DocxTemplate compile(Path docx) {
        String name = String.valueOf(docx.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(docx);
        } catch (IOException e) {
            throw new TemplateProblem(name, "", "", "cannot read the template: " + e, e);
        }
        return compile(name, bytes);
    }

    /** Compiles a .docx held in memory; {@code name} names it in error messages. */
    public static DocxTemplate compile(String name, byte[] docx) {
        return TemplateCompiler.compile(name, docx);
    }

    public String name() {
        return name;
    }

    /**
     * Fills the template with a model of maps, lists, strings, numbers, booleans and public records (only their
     * components are visible to the template). A number placed as it is prints as plain digits: pass text formatted
     * for Vietnamese, or let the template format it ({@code ${x?string.@number}}, {@code ${x?string.@money_ty}}, ...;
     * see {@link VietnameseFormats}). The key {@code vn} is taken by the template functions.
     */
    public byte[] fill(Map<String, ?> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        fill(model, out);
        return out.toByteArray();
    }

    /** Fills the template into {@code out} (which is not closed). */
    public void fill(Map<String, ?> model, OutputStream out) {
        Map<String, ?> data = model == null ? Map.of() : model;
        try {
            DocxZip.Output zip = new DocxZip.Output(out);
            for (Part part : parts) {
                switch (part) {
                    case Fixed f -> zip.add(f.zipName(), f.content());
                    case Filled f -> zip.add(f.zipName(), render(f, data));
                }
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the filled " + name + " failed", e);
        }
    }

    private static DocxZip.Compressed render(Filled part, Map<String, ?> model) throws IOException {
        DocxZip.DeflatingSink sink = new DocxZip.DeflatingSink();
        Writer w = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 16 * 1024);
        try {
            part.template().process(model, w);
        } catch (TemplateException e) {
            throw part.ref().problem(part.place(e.getLineNumber()),
                    TemplateCompiler.freemarkerMessage(e.getMessageWithoutStackTop()), e);
        }
        w.flush();
        return sink.finish();
    }

    @Override
    public String toString() {
        return "DocxTemplate[" + name + "]";
    }
}
