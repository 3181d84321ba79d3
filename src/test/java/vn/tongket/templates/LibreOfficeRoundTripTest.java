package vn.tongket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tongket.docx.DocxTemplate;
import vn.tongket.docx.Fragments;
import vn.tongket.render.DocumentKind;
import vn.tongket.render.DocumentMaker;
import vn.tongket.render.TemplateCheck;
import vn.tongket.testing.LibreOffice;

/**
 * The shipped templates survive what users do to them in LibreOffice: re-saving a template as .docx, or as .odt and
 * back (which splits and merges its runs and rewrites its styles LibreOffice's way), changes nothing in what it
 * fills to, and every filled document opens in LibreOffice (it converts to a PDF with the expected text) and in
 * POI. Skipped only where {@code soffice} is not on the PATH.
 */
@Execution(ExecutionMode.SAME_THREAD) // one LibreOffice at a time on the run's profile, should tests run in parallel
class LibreOfficeRoundTripTest {

    private static final Path TEMPLATES = Path.of("templates");
    private static final Path INPUT = Path.of("input");
    private static final Pattern PAGE_FIELD = Pattern.compile("^\\s*(PAGE|NUMPAGES|SECTIONPAGES)\\b");

    @TempDir
    static Path work;

    private static LibreOffice office;

    @BeforeAll
    static void findLibreOffice() {
        office = LibreOffice.onPath(work.resolve("libreoffice-profile")).orElse(null);
    }

    @BeforeEach
    void needsLibreOffice() {
        assumeTrue(office != null, "soffice is not on the PATH: the LibreOffice round trip is not tested");
    }

    static Stream<Path> shippedTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(Files::isRegularFile)
                    .filter(p -> DocumentMaker.isTemplateName(p.getFileName().toString()))
                    .filter(p -> !p.getParent().getFileName().toString().equals(Fragments.FOLDER))
                    .sorted().toList();
            assertThat(templates).as("templates/**/*.docx").isNotEmpty();
            return templates.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void aTemplateResavedByLibreOfficeFillsToTheSameText(Path template) throws IOException {
        Path resaved = office.convert(List.of(template), "docx", work.resolve("resaved").resolve(
                TEMPLATES.relativize(template).getParent())).getFirst();
        assertThat(Files.mismatch(template, resaved)).as("LibreOffice wrote its own file").isNotEqualTo(-1L);

        assertFillsToTheSameText(template, resaved);
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void aTemplateSavedAsOdtAndBackFillsToTheSameText(Path template) {
        Path folder = work.resolve("via-odt").resolve(TEMPLATES.relativize(template).getParent());
        Path odt = office.convert(List.of(template), "odt", folder.resolve("odt")).getFirst();
        Path back = office.convert(List.of(odt), "docx:MS Word 2007 XML", folder).getFirst();

        assertFillsToTheSameText(template, back);
    }

    /** The shipped fragments resaved by LibreOffice change nothing in what the template fills to either. */
    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void aTemplateWhoseFragmentsLibreOfficeResavedFillsToTheSameText(Path template) throws IOException {
        Path shipped = TEMPLATES.resolve(Fragments.FOLDER);
        List<Path> fragments;
        try (Stream<Path> files = Files.list(Files.isDirectory(shipped) ? shipped : TEMPLATES)) {
            fragments = Files.isDirectory(shipped) ? files.filter(p -> p.toString().endsWith(".docx")).sorted()
                    .toList() : List.of();
        }
        assumeTrue(!fragments.isEmpty(), "no shipped fragments in " + shipped);
        Path resaved = work.resolve("resaved-fragments").resolve(Fragments.FOLDER);
        if (!Files.isDirectory(resaved)) {
            office.convert(fragments, "docx", resaved);
        }

        assertFillsToTheSameText(template, template, Fragments.folder(resaved));
    }

    private static void assertFillsToTheSameText(Path template, Path resaved) {
        // the resaved copy lies elsewhere: it includes the shipped fragments
        assertFillsToTheSameText(template, resaved, Fragments.beside(template));
    }

    private static void assertFillsToTheSameText(Path template, Path resaved, Fragments fragments) {
        DocxTemplate original = DocxTemplate.compile(template);
        DocxTemplate roundTripped = DocxTemplate.compile(resaved, fragments);
        for (TemplateCheck.SampleModel sample : samples(template)) {
            List<String> expected = paragraphs(original.fill(sample.model()));
            List<String> actual = paragraphs(roundTripped.fill(sample.model()));
            assertThat(difference(expected, actual)).as("%s resaved by LibreOffice as %s, filled with %s: lines of"
                    + " the original's document (-) and of the resaved one's (+) that differ", template, resaved,
                    sample.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void aFilledDocumentOpensInLibreOfficeAndPoi(Path template) throws IOException {
        DocxTemplate compiled = DocxTemplate.compile(template);
        List<TemplateCheck.SampleModel> samples = samples(template);
        Path filledDir = work.resolve("filled").resolve(TEMPLATES.relativize(template).getParent());
        Files.createDirectories(filledDir);
        List<Path> filled = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            byte[] docx = compiled.fill(samples.get(i).model());
            texts.add(paragraphs(docx)); // POI reads it back
            Path file = filledDir.resolve(template.getFileName().toString().replace(".docx", "-" + i + ".docx"));
            Files.write(file, docx);
            filled.add(file);
        }

        List<Path> pdfs = office.convert(filled, "pdf", work.resolve("pdf"));

        for (int i = 0; i < samples.size(); i++) {
            // a page number header line can fall inside a paragraph that runs over a page break
            String pdfText = normalized(LibreOffice.pdfToText(pdfs.get(i)).replaceAll("(?m)^\\s*\\d+\\s*$", " "));
            assertThat(pdfText).as("LibreOffice's PDF of %s", filled.get(i)).contains("BÁO CÁO");
            List<String> missing = texts.get(i).stream()
                    .flatMap(line -> Arrays.stream(line.split("\t")))
                    .map(LibreOfficeRoundTripTest::normalized)
                    .filter(p -> !p.isEmpty() && !p.equals("#") && !pdfText.contains(p)) // # is a page number
                    .toList();
            assertThat(missing).as("paragraphs of %s filled with %s missing from LibreOffice's PDF, which reads:\n%s",
                    template, samples.get(i).name(), pdfText.substring(0, Math.min(pdfText.length(), 4000)))
                    .isEmpty();
        }
    }

    /**
     * The sample models of the template's kind of document, made by the render package as {@code templates check}
     * makes them. A folder no kind of document uses yet has no data model: its templates are skipped, not failed.
     */
    private static List<TemplateCheck.SampleModel> samples(Path template) {
        String folder = template.getParent().getFileName().toString();
        var kind = DocumentKind.ofFolder(folder);
        assumeTrue(kind.isPresent(), "no kind of document uses templates/" + folder + " yet, so there is no data"
                + " model to fill " + template + " with");
        return TemplateCheck.samples(kind.get(), TemplateCheck.meetings(INPUT, new ArrayList<>()), INPUT);
    }

    /**
     * The text of a DOCX as POI's extractor gives it (headers, body with its tables, footers), one paragraph a line
     * (the cells of a table row on one line, separated by tabs). A page number field shows the number of the page
     * the editor last laid it out on, which LibreOffice recomputes when it saves: it is read as "#".
     */
    static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            document.getHeaderList().forEach(LibreOfficeRoundTripTest::maskPageNumbers);
            document.getFooterList().forEach(LibreOfficeRoundTripTest::maskPageNumbers);
            maskPageNumbers(document);
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                return List.of(extractor.getText().split("\n", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void maskPageNumbers(IBody body) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                maskPageNumbers(p);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(LibreOfficeRoundTripTest::maskPageNumbers));
            }
        }
    }

    /** Sets the shown result of PAGE, NUMPAGES and SECTIONPAGES fields (simple or complex) to "#". */
    private static void maskPageNumbers(XWPFParagraph p) {
        for (CTSimpleField field : p.getCTP().getFldSimpleList()) {
            if (PAGE_FIELD.matcher(field.getInstr()).find()) {
                field.getRList().forEach(r -> r.getTList().forEach(t -> t.setStringValue("#")));
            }
        }
        StringBuilder instruction = new StringBuilder();
        boolean inResult = false;
        for (XWPFRun run : p.getRuns()) {
            CTR r = run.getCTR();
            for (CTFldChar c : r.getFldCharList()) {
                if (c.getFldCharType() == STFldCharType.BEGIN) {
                    instruction.setLength(0);
                } else if (c.getFldCharType() == STFldCharType.SEPARATE) {
                    inResult = PAGE_FIELD.matcher(instruction).find();
                } else if (c.getFldCharType() == STFldCharType.END) {
                    inResult = false;
                }
            }
            r.getInstrTextList().forEach(t -> instruction.append(t.getStringValue()));
            if (inResult) {
                r.getTList().forEach(t -> t.setStringValue("#"));
            }
        }
    }

    /**
     * Text compared with a PDF's: white space folded to one space, and none after a hyphen or a slash, where
     * LibreOffice may break a line (pdftotext then gives a line break, or nothing at all).
     */
    private static String normalized(String text) {
        return text.replace('\u00A0', ' ').replaceAll("(?<=[-/])\\s+", "").replaceAll("\\s+", " ").strip();
    }

    /** The lines only one of the lists has, marked - (only in {@code expected}) and + (only in {@code actual}). */
    static List<String> difference(List<String> expected, List<String> actual) {
        int[][] common = new int[expected.size() + 1][actual.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = actual.size() - 1; j >= 0; j--) {
                common[i][j] = expected.get(i).equals(actual.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < actual.size()) {
            if (i < expected.size() && j < actual.size() && expected.get(i).equals(actual.get(j))) {
                i++;
                j++;
            } else if (j == actual.size() || (i < expected.size() && common[i + 1][j] >= common[i][j + 1])) {
                diff.add("- [" + (i + 1) + "] " + expected.get(i++));
            } else {
                diff.add("+ [" + (j + 1) + "] " + actual.get(j++));
            }
        }
        return diff;
    }
}
