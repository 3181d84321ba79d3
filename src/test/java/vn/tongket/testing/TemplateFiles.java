package vn.tongket.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies of the shipped templates with a clerk's edit: the document text changed as Word would store it. */
public final class TemplateFiles {

    /** The shipped year-end template. */
    public static final Path YEAR_END = Path.of("templates", "year-end", "bao-cao-kiem-diem.docx");

    /** The shipped half-year template. */
    public static final Path HALF_YEAR = Path.of("templates", "half-year", "bao-cao-so-ket-6-thang.docx");

    private TemplateFiles() {
    }

    /**
     * A templates folder whose year-end template names data that does not exist, so that the render step fails
     * with a template problem; copy {@link #YEAR_END} over it to repair it.
     */
    public static Path brokenYearEnd(Path templatesRoot) {
        Path file = templatesRoot.resolve("year-end/bao-cao-kiem-diem.docx");
        try {
            Files.createDirectories(file.getParent());
            try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                 java.io.OutputStream out = Files.newOutputStream(file)) {
                document.createParagraph().createRun().setText("${nothing.here}");
                document.write(out);
            }
            return templatesRoot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code template} to {@code target} with its word/document.xml changed by {@code edit}. */
    public static Path edited(Path template, Path target, UnaryOperator<String> edit) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(template)));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    if (e.getName().equals("word/document.xml")) {
                        String xml = new String(data, StandardCharsets.UTF_8);
                        String changed = edit.apply(xml);
                        if (changed.equals(xml)) {
                            throw new IllegalArgumentException("the edit changed nothing");
                        }
                        data = changed.getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(data);
                    out.closeEntry();
                }
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, bytes.toByteArray());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
