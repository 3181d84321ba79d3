package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import vn.tongket.testing.LibreOffice;

/**
 * Every shipped template filled with the sample data, converted by DocxToPdf and by LibreOffice (one
 * {@code soffice} run for all): the same number of pages, and the same words on each page ({@link FidelityReport}
 * reads the text of each page with {@code pdftotext}). The visual similarity of each page is reported, not
 * asserted: it is written to {@code target/fidelity-ci/report.md} and printed. Skipped only where {@code soffice}
 * is not on the PATH; CI installs it.
 */
@Execution(ExecutionMode.SAME_THREAD)
class PdfFidelityTest {

    private static final Path REPORT = Path.of("target/fidelity-ci");

    @TempDir
    Path work;

    @Test
    void everyShippedTemplateHasTheSamePagesAndTheSameWordsOnEachPageAsInLibreOffice() throws IOException {
        LibreOffice office = LibreOffice.onPath(work.resolve("profile")).orElse(null);
        assumeTrue(office != null, "soffice is not on the PATH: the PDF is not compared with LibreOffice's");
        List<ShippedDocuments.Filled> documents = ShippedDocuments.all();
        assertThat(documents).as("filled shipped templates").isNotEmpty();
        DocxToPdf converter = new DocxToPdf();
        Path docxDir = Files.createDirectories(work.resolve("docx"));
        Path ours = Files.createDirectories(work.resolve("docxtopdf"));
        List<Path> docxFiles = new ArrayList<>();
        for (ShippedDocuments.Filled filled : documents) {
            Path docx = docxDir.resolve(filled.name() + ".docx");
            Files.write(docx, filled.docx());
            docxFiles.add(docx);
            Files.write(ours.resolve(filled.name() + ".pdf"), converter.convert(filled.docx(), filled.meta()).pdf());
        }
        List<Path> libreOffice = office.convert(docxFiles, "pdf", work.resolve("libreoffice"));

        Path png = Files.createDirectories(work.resolve("png"));
        List<FidelityReport.DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String name = documents.get(i).name();
            results.add(FidelityReport.compare(name, ours.resolve(name + ".pdf"), libreOffice.get(i), png));
        }
        String report = FidelityReport.markdown(results);
        Files.createDirectories(REPORT);
        Files.writeString(REPORT.resolve("report.md"), report);
        System.out.println("DocxToPdf beside LibreOffice, shipped templates:\n" + report);

        for (FidelityReport.DocumentResult result : results) {
            assertThat(result.ourPages()).as("pages of %s (DocxToPdf, LibreOffice)", result.name())
                    .isEqualTo(result.libreOfficePages());
            for (FidelityReport.PageResult page : result.pages()) {
                assertThat(page.sameWords()).as("%s, page %d has the same words in DocxToPdf and LibreOffice: %s",
                        result.name(), page.page(), page.firstDifference()).isTrue();
                assertThat(page.inkMatch()).as("%s, page %d ink match", result.name(), page.page())
                        .isGreaterThan(0.5);
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %d pages compared%n", results.size(),
                results.stream().mapToInt(r -> r.pages().size()).sum());
    }
}
