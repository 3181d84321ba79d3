package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import vn.tongket.testing.LibreOffice;

/**
 * Every shipped template filled with the sample data, and the document written in LibreOffice
 * ({@link LibreOfficeDocumentTest}), converted by DocxToPdf and by LibreOffice (one {@code soffice} run for all):
 * the same number of pages, and the same words on each page ({@link FidelityReport} reads the text of each page as
 * drawn with {@code pdftotext -raw}); for the LibreOffice document, whose chart the two draw in their own styles,
 * the same words apart from the chart's numbers and labels and LibreOffice's symbol-font bullets. The visual
 * similarity of each page is reported, and must show the pages are alike (ink match over 0.5): it is written to
 * {@code target/fidelity-ci/report.md} and printed. Skipped only where {@code soffice} is not on the PATH; CI
 * installs it.
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
        List<FidelityReport.Input> documents = FidelityReport.inputs();
        assertThat(documents).as("filled shipped templates").hasSizeGreaterThan(1);
        DocxToPdf converter = new DocxToPdf();
        Path docxDir = Files.createDirectories(work.resolve("docx"));
        Path ours = Files.createDirectories(work.resolve("docxtopdf"));
        List<Path> docxFiles = new ArrayList<>();
        for (FidelityReport.Input filled : documents) {
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

        for (int i = 0; i < results.size(); i++) {
            FidelityReport.DocumentResult result = results.get(i);
            assertThat(result.ourPages()).as("pages of %s (DocxToPdf, LibreOffice)", result.name())
                    .isEqualTo(result.libreOfficePages());
            for (FidelityReport.PageResult page : result.pages()) {
                if (result.name().equals(FidelityReport.LIBREOFFICE_DOCUMENT)) {
                    assertSameWordsApartFromTheChart(ours.resolve(result.name() + ".pdf"), libreOffice.get(i),
                            page.page());
                } else {
                    assertThat(page.sameWords()).as("%s, page %d has the same words in DocxToPdf and LibreOffice:"
                            + " %s", result.name(), page.page(), page.firstDifference()).isTrue();
                }
                assertThat(page.inkMatch()).as("%s, page %d ink match", result.name(), page.page())
                        .isGreaterThan(0.5);
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %d pages compared%n", results.size(),
                results.stream().mapToInt(r -> r.pages().size()).sum());
    }

    /** The words in which the LibreOffice document's page may differ: the chart's and LibreOffice's bullets. */
    private static final Set<String> CHART_CATEGORY_WORDS = Set.of("Thường", "Tín", "Thanh", "Trì", "Hà", "Đông");

    private static void assertSameWordsApartFromTheChart(Path ours, Path libreOffice, int page) {
        List<String> ourWords = words(ours, page);
        List<String> theirWords = words(libreOffice, page);
        // the charts differ in style: axis numbers, decimal marks (LibreOffice writes 17.25 with an English
        // locale), category labels (pdftotext finds none in LibreOffice's chart); LibreOffice draws bullets in a
        // symbol font, at a code of the private use area
        assertThat(minus(ourWords, theirWords)).as("page %d, words only DocxToPdf has", page)
                .allMatch(w -> w.matches("[0-9.,]+|•") || CHART_CATEGORY_WORDS.contains(w));
        assertThat(minus(theirWords, ourWords)).as("page %d, words only LibreOffice has", page)
                .allMatch(w -> w.matches("[0-9.,]+|[\\uE000-\\uF8FF]"));
    }

    private static List<String> words(Path pdf, int page) {
        String text = FidelityReport.run(List.of("pdftotext", "-raw", "-f", "" + page, "-l", "" + page,
                pdf.toString(), "-"));
        return new ArrayList<>(Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
    }

    /** The words of {@code a} left when each word of {@code b} takes one of its copies away. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(a);
        b.forEach(left::remove);
        return left;
    }
}
