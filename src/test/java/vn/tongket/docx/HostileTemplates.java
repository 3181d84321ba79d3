package vn.tongket.docx;

import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.paragraph;
import static vn.tongket.docx.Templates.paragraphs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes the corpus of hostile and broken templates in {@code src/test/resources/hostile-templates/}, checked by
 * {@link HostileTemplateCorpusTest} against its {@code expected.tsv}. The files are committed; run this to write
 * them again after changing a case:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) vn.tongket.docx.HostileTemplates}.
 */
public final class HostileTemplates {

    static final Path FOLDER = Path.of("src/test/resources/hostile-templates");

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileTemplates() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER.resolve(Fragments.FOLDER));
        for (Map.Entry<String, byte[]> e : files().entrySet()) {
            Files.write(FOLDER.resolve(e.getKey()), e.getValue());
        }
    }

    static Map<String, byte[]> files() {
        Map<String, byte[]> f = new LinkedHashMap<>();
        // Java objects, Java APIs and text run as code
        f.put("new-builtin.docx", paragraphs("Báo cáo",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
        f.put("object-constructor.docx", paragraphs("<#assign c = \"freemarker.template.utility.ObjectConstructor\""
                + "?new()>${c(\"java.io.File\", \"/etc/passwd\")}"));
        f.put("api-builtin.docx", paragraphs("Đơn vị ${unit?api.getClass().getName()}"));
        f.put("eval.docx", paragraphs("Kết quả ${\"unit.name\"?eval}"));
        f.put("eval-json.docx", paragraphs("${'{\"a\": 1}'?eval_json.a}"));
        f.put("interpret.docx", paragraphs("Mở đầu", "<@\"<#assign x = 1>\"?interpret />"));
        f.put("class-through-data.docx", paragraphs("${unit.getClass().getClassLoader()}"));
        f.put("statics.docx", paragraphs("${statics[\"java.lang.System\"].exit(1)}"));
        f.put("setting-class-resolver.docx", paragraphs("<#setting new_builtin_class_resolver=\"unrestricted\">",
                "${unit.name}"));
        // files outside the templates, and fragments that include themselves
        f.put("include-passwd.docx", paragraphs("Mở đầu", "<#include \"../../etc/passwd\">"));
        f.put("include-absolute.docx", paragraphs("<#include \"/etc/passwd\">"));
        f.put("import.docx", paragraphs("<#import \"/etc/passwd\" as p>"));
        f.put("include-cycle.docx", paragraphs("Mở đầu", "<#include \"vong-a\">"));
        f.put(Fragments.FOLDER + "/vong-a.docx", paragraphs("A", "<#include \"vong-b\">"));
        f.put(Fragments.FOLDER + "/vong-b.docx", paragraphs("B", "<#include \"vong-a\">"));
        // work without end
        f.put("macro-recursion.docx", paragraphs("<#macro m><@m/></#macro>", "Văn bản <@m/>"));
        f.put("function-recursion.docx", paragraphs("<#function f n><#return f(n + 1)></#function>", "${f(1)}"));
        f.put("huge-loop.docx", paragraphs("<#list 1..1000000000 as i>", "${i}", "</#list>"));
        f.put("endless-range.docx", paragraphs("<#list 1.. as i></#list>"));
        f.put("nested-loops.docx", paragraphs("<#list 1..5000 as a>", "<#list 1..5000 as b></#list>",
                "</#list>"));
        f.put("string-doubling.docx", paragraphs("<#assign s = \"Đảng\">",
                "<#list 1..64 as i><#assign s = s + s></#list>", "${s}"));
        f.put("attempt.docx", paragraphs("<#attempt>", "${unit.nam}", "<#recover>", "x", "</#attempt>"));
        f.put("engine-names.docx", paragraphs("<#assign _tongket = {}>", "<#list 1.. as i></#list>"));
        f.put("huge-output.docx", paragraphs("<#list 1..99999 as i>", "${\"x\"?left_pad(1000)}", "</#list>"));
        // broken files
        f.put("broken-xml.docx", Templates.withEntry(paragraphs("${unit.name}"), "word/document.xml",
                ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>${unit.name}"
                        + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8)));
        f.put("missing-document.docx", zip(Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\""
                + " ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8),
                "word/styles.xml", "<w:styles xmlns:w=\"x\"/>".getBytes(StandardCharsets.UTF_8))));
        f.put("not-a-zip.docx", "Đây không phải tệp Word".getBytes(StandardCharsets.UTF_8));
        f.put("zip-bomb.docx", zipBomb());
        f.put("external-entity.docx", Templates.withEntry(paragraphs("x"), "word/document.xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document"
                        + " xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8)));
        f.put("external-entity-in-content-types.docx", Templates.withEntry(paragraphs("x"),
                "[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM"
                        + " \"http://example.invalid/x\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                        + "2006/content-types\">&x;</Types>").getBytes(StandardCharsets.UTF_8)));
        // template mistakes, located
        f.put("unclosed-list.docx", paragraphs("Mở đầu", "<#list items as i>", "${i}", "Hết"));
        f.put("mismatched-end.docx", paragraphs("<#if unit??>", "${unit.name}", "</#list>"));
        f.put("unknown-directive.docx", paragraphs("Mở đầu", "<#exec \"rm -rf /\">"));
        f.put("unknown-name-in-header.docx", docx(doc -> {
            paragraph(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "ĐẢNG BỘ ${unit.nam}");
            paragraph(doc.createParagraph(), "Thân");
        }));
        f.put("unknown-name-in-footer.docx", docx(doc -> {
            paragraph(doc.createParagraph(), "Thân");
            paragraph(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), "Trang ${page.number}");
        }));
        f.put("unknown-name-in-footnote.docx", docx(doc -> {
            XWPFParagraph p = paragraph(doc.createParagraph(), "Thân");
            XWPFFootnote note = doc.createFootnote();
            paragraph(note.createParagraph(), "Nguồn: ${source}");
            p.addFootnoteReference(note);
        }));
        f.put("unknown-name-in-text-box.docx", Templates.withEntry(paragraphs("x"), "word/document.xml",
                ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                        + "<w:body><w:p><w:r><w:t>Ngoài</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
                        + "<w:p><w:r><w:t>Trong ${box.text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>"
                        + "</w:pict></w:r></w:p><w:sectPr/></w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
        f.put("unknown-name-in-table-cell.docx", docx(doc -> Templates.table(doc, new String[] {"STT", "Chỉ tiêu"},
                new String[] {"1", "${indicator}"})));
        f.put("chart-data-missing.docx", docx(doc -> {
            paragraph(doc.createParagraph(), "Biểu đồ");
            WordCharts.addColumnChart(doc, doc.createParagraph(), "attainment", "", 12 * 360_000, 6 * 360_000);
        }));
        return f;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real template plus one entry that unpacks to more than the limit for one entry. */
    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(9);
                try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                        paragraphs("${unit.name}")))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        byte[] data = in.readAllBytes();
                        out.putNextEntry(new ZipEntry(e.getName()));
                        out.write(data);
                        out.closeEntry();
                    }
                }
                out.putNextEntry(new ZipEntry("word/media/bomb.png"));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < (int) (DocxZip.MAX_ENTRY_BYTES / zeros.length) + 1; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
