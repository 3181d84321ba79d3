package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tongket.ingest.xlsx.WorkbookLayout;

/**
 * A corpus of bad input files, each with the first problem it must give, kept in one manifest
 * (src/test/resources/bad-input/expected.tsv): adding a case is adding a file and a line. The few bad workbooks
 * are made here from the example workbook (so no binaries are committed); their manifest lines name them like the
 * other files.
 *
 * <p>Manifest columns, tab-separated: file, outcome ({@code rejected} or {@code warning}), JSON pointer or
 * workbook place ("Chỉ tiêu!F3"), line, column, a fragment the message must contain. "-" stands for "none" (no
 * pointer, no line, no column); "" (an empty cell) for the whole-document pointer. Lines starting with # are notes.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path MANIFEST = CORPUS.resolve("expected.tsv");
    private static final Path EXAMPLE_WORKBOOK = Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx");

    /** The bad workbooks made from the example in {@link #makeWorkbooks()}, by the name the manifest gives them. */
    private static final Map<String, Consumer<XSSFWorkbook>> GENERATED_WORKBOOKS = Map.of(
            "workbook-wrong-type-indicator.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "F3", "nhiều"),
            "workbook-unknown-area-label.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.ACHIEVEMENTS), "A3", "Kinh te"),
            "workbook-missing-sheet.xlsx",
            wb -> wb.removeSheetAt(wb.getSheetIndex(WorkbookLayout.DIRECTIVES)),
            "workbook-wrong-date-indicator.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "H2", "31/02/2023"));

    @TempDir
    static Path generated;

    private final MeetingFiles files = new MeetingFiles(InputSettings.DEFAULTS);

    record Case(String file, String outcome, String place, Integer line, Integer column, String fragment) {
        @Override
        public String toString() {
            return file;
        }
    }

    @BeforeAll
    static void makeWorkbooks() throws IOException {
        for (String name : GENERATED_WORKBOOKS.keySet()) {
            makeWorkbook(name, generated.resolve(name));
        }
    }

    /** The example workbook with one thing broken, written to {@code target}. */
    static void makeWorkbook(String name, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(EXAMPLE_WORKBOOK); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            GENERATED_WORKBOOKS.get(name).accept(workbook);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    static Stream<Case> cases() {
        return manifest().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadFileGivesItsLocatedProblem(Case expected) {
        String display = "bad-input/" + expected.file();
        ReadResult result = assertDoesNotThrow(() -> files.read(pathOf(expected.file()), display));
        String all = result.problems().stream().map(BadInputCorpusTest::dump).collect(Collectors.joining("\n"));

        InputProblem problem;
        if (expected.outcome().equals("warning")) {
            assertThat(result.accepted()).as("accepted with a warning:\n" + all).isTrue();
            assertThat(result.meeting()).isNotNull();
            assertThat(result.problems()).as(all).hasSize(1);
            problem = result.problems().getFirst();
            assertThat(problem.isError()).as(all).isFalse();
        } else {
            assertThat(expected.outcome()).isEqualTo("rejected");
            assertThat(result.accepted()).as("rejected:\n" + all).isFalse();
            assertThat(result.meeting()).isNull();
            problem = result.problems().stream().filter(InputProblem::isError).findFirst().orElseThrow(
                    () -> new AssertionError("no error among:\n" + all));
        }
        assertThat(problem.message()).as(all).contains(expected.fragment());
        assertThat(problem.pointer()).as("place; " + all).isEqualTo(expected.place());
        assertThat(problem.line()).as("line; " + all).isEqualTo(expected.line());
        assertThat(problem.column()).as("column; " + all).isEqualTo(expected.column());
        assertThat(problem.file()).isEqualTo(display);
        assertThat(problem.describe()).contains(display);
    }

    @Test
    void everyFileInTheCorpusHasOneManifestLineAndEveryLineItsFile() throws IOException {
        Set<String> inFolder;
        try (Stream<Path> list = Files.list(CORPUS)) {
            inFolder = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expected.tsv") && !n.startsWith("."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        inFolder.addAll(GENERATED_WORKBOOKS.keySet());
        List<String> listed = manifest().stream().map(Case::file).toList();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).isEqualTo(inFolder);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(40);
    }

    private static Path pathOf(String name) {
        return GENERATED_WORKBOOKS.containsKey(name) ? generated.resolve(name) : CORPUS.resolve(name);
    }

    private static List<Case> manifest() {
        try {
            return Files.readAllLines(MANIFEST, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(BadInputCorpusTest::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("expected.tsv: 6 tab-separated columns expected in: " + line);
        }
        return new Case(cells[0], cells[1], cells[2].equals("-") ? null : cells[2], number(cells[3]),
                number(cells[4]), cells[5]);
    }

    private static Integer number(String cell) {
        return cell.equals("-") ? null : Integer.valueOf(cell);
    }

    /** One problem as a manifest line would give it, to read in a failure. */
    static String dump(InputProblem p) {
        return p.severity() + "\t" + (p.pointer() == null ? "-" : p.pointer()) + "\t"
                + (p.line() == null ? "-" : p.line()) + "\t" + (p.column() == null ? "-" : p.column()) + "\t"
                + p.message();
    }

    private static XSSFCell set(XSSFSheet sheet, String ref, String value) {
        CellReference at = new CellReference(ref);
        XSSFRow row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        XSSFCell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        cell.setCellValue(value);
        return cell;
    }
}
