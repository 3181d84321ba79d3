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
 * Every shipped template filled with the sample data, and every document written in LibreOffice
 * ({@code src/test/resources/pdf}, {@link LibreOfficeDocumentTest}, {@link LibreOfficeCorpusTest}), converted by
 * DocxToPdf and by LibreOffice (one {@code soffice} run for all): the same number of pages, and the same words on
 * each page ({@link FidelityReport} reads the text of each page as drawn with {@code pdftotext -raw}), charts
 * included (the value axis is scaled as LibreOffice scales it); for the documents written in LibreOffice, whose
 * charts the two draw in their own styles and whose bullets LibreOffice draws in a symbol font, the same words
 * apart from the charts' numbers and labels and those bullets. The visual similarity of each page is reported,
 * and must show the pages are alike (ink match over 0.5): it is written to {@code target/fidelity-ci/report.md}
 * and printed. Skipped only where {@code soffice} is not on the PATH; CI
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
                if (result.name().startsWith("libreoffice-")) {
                    assertSameWordsApartFromTheChart(ours.resolve(result.name() + ".pdf"), libreOffice.get(i),
                            page.page(), chartWords(documents.get(i).docx()));
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

    /** The words of the labels cached in a document's charts (categories, series names, titles). */
    private static Set<String> chartWords(byte[] docx) throws IOException {
        Set<String> words = new java.util.HashSet<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().matches("word/charts/chart\\d+\\.xml")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    var text = java.util.regex.Pattern.compile("<(?:c:v|a:t)>([^<]*)</").matcher(xml);
                    while (text.find()) {
                        words.addAll(Arrays.asList(text.group(1).split("[\\s()]+")));
                    }
                }
            }
        }
        words.remove("");
        return words;
    }

    private static void assertSameWordsApartFromTheChart(Path ours, Path libreOffice, int page,
                                                         Set<String> chartWords) {
        List<String> ourWords = words(ours, page);
        List<String> theirWords = words(libreOffice, page);
        // the charts differ in style: axis numbers, decimal marks (LibreOffice writes 17.25 with an English
        // locale), category labels (pdftotext finds none in LibreOffice's chart); LibreOffice draws bullets in a
        // symbol font, at a code of the private use area
        assertThat(minus(ourWords, theirWords)).as("page %d, words only DocxToPdf has", page)
                .allMatch(w -> w.matches("[0-9.,]+|•") || CHART_CATEGORY_WORDS.contains(w)
                        || chartWords.contains(w.replaceAll("[()]", "")));
        assertThat(minus(theirWords, ourWords)).as("page %d, words only LibreOffice has", page)
                .allMatch(w -> w.matches("[0-9.,]+|[\\uE000-\\uF8FF]") || chartWords.contains(w.replaceAll("[()]", "")));
    }

    private static List<String> words(Path pdf, int page) {
        String text = FidelityReport.rawPageText(pdf, page);
        return new ArrayList<>(Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
    }

    /** The words of {@code a} left when each word of {@code b} takes one of its copies away. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(a);
        b.forEach(left::remove);
        return left;
    }
}
