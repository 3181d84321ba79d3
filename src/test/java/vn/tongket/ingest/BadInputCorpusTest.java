package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * Outcome {@code accepted} says the file is valid (no problem at all): the first of a pair in a folder.
 *
 * <p>Besides the files in the folder, some cases are made here: bad workbooks from the example (through POI, or at the
 * zip level for what POI would never write: a zip bomb, an external entity) and JSON files too large to commit.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path MANIFEST = CORPUS.resolve("expected.tsv");
    private static final Path EXAMPLE_WORKBOOK = Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx");

    /** The bad workbooks made from the example in {@link #makeFiles()}, by the name the manifest gives them. */
    private static final Map<String, Consumer<XSSFWorkbook>> GENERATED_WORKBOOKS = Map.of(
            "workbook-wrong-type-indicator.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "F3", "nhiều"),
            "workbook-unknown-area-label.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.ACHIEVEMENTS), "A3", "Kinh te"),
            "workbook-missing-sheet.xlsx",
            wb -> wb.removeSheetAt(wb.getSheetIndex(WorkbookLayout.DIRECTIVES)),
            "workbook-wrong-date-indicator.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "H2", "31/02/2023"),
            "workbook-vni-cell.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.ACHIEVEMENTS), "B3", "Kinh teá taêng tröôûng khaù."),
            "workbook-tcvn3-cell.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.SHORTCOMINGS), "B2", "C«ng t¸c gi¶i phãng mÆt b»ng cßn chËm."),
            "workbook-string-too-long.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.ACHIEVEMENTS), "B2", "Kinh tế. ".repeat(2_500)),
            "workbook-negative-count.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.INDICATORS), "F3", "-3"),
            "workbook-date-before-period.xlsx",
            wb -> set(wb.getSheet(WorkbookLayout.MEETING), "B14", "25/12/2013"));

    /** Bad workbooks that POI would never write: the example with one part's XML changed at the zip level. */
    private static final Map<String, Map.Entry<String, UnaryOperator<String>>> PATCHED_WORKBOOKS = Map.of(
            "workbook-zip-bomb.xlsx", Map.entry("xl/worksheets/sheet4.xml",
                    xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))),
            "workbook-xxe.xlsx", Map.entry("xl/worksheets/sheet4.xml",
                    xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
                            + " \"file:///etc/hostname\">]>")));

    /** JSON files too large to keep in the repository: a valid meeting grown past one limit. */
    private static final Map<String, Supplier<String>> GENERATED_JSON = Map.of(
            "limit-string-too-long.json", () -> valid().replace("\"source\": {",
                    "\"achievements\": [{\"area\": \"economy\", \"text\": \"" + "Kinh tế. ".repeat(2_500)
                            + "\"}],\n  \"source\": {"),
            "limit-list-too-long.json", () -> valid().replace("\"source\": {",
                    "\"lessons\": [" + String.join(", ", Collections.nCopies(1_001, "\"Bài học.\""))
                            + "],\n  \"source\": {"),
            "limit-too-many-indicators.json", () -> valid().replace("\"indicators\": [",
                    "\"indicators\": [" + "{\"name\": \"Chỉ tiêu\", \"area\": \"economy\"},\n".repeat(500)),
            "limit-file-too-large.json", () -> valid() + " ".repeat((int) MeetingReader.DEFAULT_MAX_FILE_BYTES));

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
    static void makeFiles() throws IOException {
        for (String name : GENERATED_WORKBOOKS.keySet()) {
            makeWorkbook(name, generated.resolve(name));
        }
        for (Map.Entry<String, Map.Entry<String, UnaryOperator<String>>> patch : PATCHED_WORKBOOKS.entrySet()) {
            Files.write(generated.resolve(patch.getKey()), patched(patch.getValue().getKey(),
                    patch.getValue().getValue()));
        }
        for (Map.Entry<String, Supplier<String>> json : GENERATED_JSON.entrySet()) {
            Files.writeString(generated.resolve(json.getKey()), json.getValue().get());
        }
    }

    /** A valid meeting, the base of the generated JSON cases. */
    private static String valid() {
        try {
            return Files.readString(CORPUS.resolve("duplicate-ids/a.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example workbook with one part's XML rewritten. */
    static byte[] patched(String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(EXAMPLE_WORKBOOK));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
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
        ReadResult result = assertDoesNotThrow(() -> read(expected.file()));
        String all = result.problems().stream().map(BadInputCorpusTest::dump).collect(Collectors.joining("\n"));

        if (expected.outcome().equals("accepted")) {
            assertThat(result.accepted()).as(all).isTrue();
            assertThat(result.problems()).as(all).isEmpty();
            return;
        }
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
        assertThat(problem.describe()).contains(display).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A file of the corpus; one in a folder ("duplicate-ids/b.json") is read with the rest of its folder. */
    private ReadResult read(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return files.read(pathOf(name), "bad-input/" + name);
        }
        Path folder = CORPUS.resolve(name.substring(0, slash));
        return files.readFolder(folder).stream()
                .filter(r -> r.file().equals(name))
                .map(r -> new ReadResult("bad-input/" + name, r.meeting(), r.problems().stream()
                        .map(p -> new InputProblem(p.severity(), "bad-input/" + name, p.pointer(), p.line(),
                                p.column(), p.message())).toList()))
                .findFirst().orElseThrow();
    }

    @Test
    void everyFileInTheCorpusHasOneManifestLineAndEveryLineItsFile() throws IOException {
        Set<String> inFolder;
        try (Stream<Path> list = Files.walk(CORPUS)) {
            inFolder = list.filter(Files::isRegularFile)
                    .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("expected.tsv") && !n.startsWith("."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        inFolder.addAll(GENERATED_WORKBOOKS.keySet());
        inFolder.addAll(PATCHED_WORKBOOKS.keySet());
        inFolder.addAll(GENERATED_JSON.keySet());
        List<String> listed = manifest().stream().map(Case::file).toList();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).isEqualTo(inFolder);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(40);
    }

    private static Path pathOf(String name) {
        return GENERATED_WORKBOOKS.containsKey(name) || PATCHED_WORKBOOKS.containsKey(name)
                || GENERATED_JSON.containsKey(name) ? generated.resolve(name) : CORPUS.resolve(name);
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
