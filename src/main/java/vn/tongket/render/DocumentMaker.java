package vn.tongket.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.tongket.TongketProperties;
import vn.tongket.docx.DocxTemplate;
import vn.tongket.docx.Fragments;
import vn.tongket.pdf.DocxToPdf;
import vn.tongket.pdf.FontMapping;
import vn.tongket.pdf.PdfMetadata;
import vn.tongket.pdf.PdfResult;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.StagingStore.RenderedFile;

/**
 * Fills every Word template of a folder with one data model and makes the PDF from each filled document. Templates
 * are compiled once and reused while the file is unchanged, so a run pays for parsing once, not per unit.
 */
@Component
public class DocumentMaker {

    private final DocxToPdf pdf;
    private final String fontMappingFingerprint;
    private final Map<Path, CompiledTemplate> compiled = new ConcurrentHashMap<>();

    /** Draws the PDFs with the shipped font mapping and the entries of {@code tongket.pdf.fonts}. */
    @Autowired
    public DocumentMaker(TongketProperties properties) {
        this(FontMapping.defaults().with(properties.pdf().fonts()));
    }

    public DocumentMaker(FontMapping fonts) {
        this.pdf = new DocxToPdf(fonts);
        this.fontMappingFingerprint = StagingStore.sha256(fonts.describe());
    }

    /** Changes whenever the font mapping does, so that documents drawn with another mapping are made again. */
    public String fontMappingFingerprint() {
        return fontMappingFingerprint;
    }

    /** What a document says about itself in the PDF's metadata. */
    public record DocumentInfo(String title, String author, String subject, Instant created, String key) {
    }

    private record CompiledTemplate(String stamp, String fingerprint, DocxTemplate template) {
    }

    /** The *.docx templates of a folder, sorted by name; Word's "~$" lock files and hidden files are left out. */
    public static List<Path> templates(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("template folder " + dir + " does not exist");
        }
        List<Path> found = templateFiles(dir);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no Word template (*.docx) in " + dir);
        }
        return found;
    }

    /** Like {@link #templates}, but an empty list where the folder is missing or holds no template. */
    public static List<Path> templateFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(p -> isTemplateName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list templates in " + dir, e);
        }
    }

    /** A .docx name that is neither Word's "~$" lock file nor hidden. */
    public static boolean isTemplateName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".docx") && !name.startsWith("~$") && !name.startsWith(".");
    }

    /** A DOCX and a PDF for each template, named after it; PDF warnings are added to {@code warnings}. */
    public List<RenderedFile> make(Path templateDir, Map<String, Object> model, DocumentInfo info,
                                   List<String> warnings) {
        List<RenderedFile> files = new ArrayList<>();
        for (Path templateFile : templates(templateDir)) {
            String base = templateFile.getFileName().toString().replaceFirst("(?i)\\.docx$", "");
            byte[] docx = template(templateFile).fill(model);
            PdfResult result = pdf.convert(docx, new PdfMetadata(info.title(), info.author(), info.subject(),
                    "vi-VN", info.created(), info.key() + "/" + base));
            result.warnings().forEach(w -> warnings.add(base + ".pdf: " + w));
            files.add(new RenderedFile(base + ".docx", docx));
            files.add(new RenderedFile(base + ".pdf", result.pdf()));
        }
        return files;
    }

    /**
     * The compiled template, compiled again only when the file or a fragment changed. Their sizes and modification
     * times are looked at on each call; the bytes are read and hashed only when those differ from the cached ones.
     */
    private DocxTemplate template(Path file) {
        Fragments fragments = Fragments.beside(file);
        String stamp = stamp(file) + fragments.stamp();
        Path key = file.toAbsolutePath().normalize();
        CompiledTemplate cached = compiled.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.template();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String fingerprint = StagingStore.sha256(bytes) + fragments.fingerprint();
            return compiled.compute(key, (path, old) ->
                    old != null && old.fingerprint().equals(fingerprint) ? new CompiledTemplate(stamp, fingerprint,
                            old.template())
                            : new CompiledTemplate(stamp, fingerprint,
                                    DocxTemplate.compile(file.getFileName().toString(), bytes, fragments))).template();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }
}
