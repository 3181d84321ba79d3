package vn.tongket.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.pdf.FontMapping;
import vn.tongket.staging.StagingStore.RenderedFile;

class DocumentMakerTest {

    @TempDir
    Path templates;

    private final DocumentMaker maker = new DocumentMaker(FontMapping.defaults());

    @Test
    void aTemplateEditedBetweenTwoFillsIsCompiledAgain() throws IOException {
        Path folder = templates.resolve("year-end");
        Files.createDirectories(folder);
        write(folder.resolve("bao-cao.docx"), "Kính gửi ${name}");
        assertThat(docxText(make(folder))).contains("Kính gửi Thường Tín");

        write(folder.resolve("bao-cao.docx"), "Đồng kính gửi ${name}");
        assertThat(docxText(make(folder))).contains("Đồng kính gửi Thường Tín");
    }

    private List<RenderedFile> make(Path folder) {
        return maker.make(folder, Map.of("name", "Thường Tín"),
                new DocumentMaker.DocumentInfo("t", "a", "s", Instant.parse("2024-01-01T00:00:00Z"), "k"),
                new ArrayList<>());
    }

    private static String docxText(List<RenderedFile> files) throws IOException {
        RenderedFile docx = files.stream().filter(f -> f.name().endsWith(".docx")).findFirst().orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }

    private static void write(Path file, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
        }
    }
}
