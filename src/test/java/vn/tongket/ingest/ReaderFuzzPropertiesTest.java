package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzing the readers: the seeds and the example workbook, broken at random (cut short, bytes flipped, tokens swapped,
 * fields dropped, values of the wrong type, cells overwritten), are either read or refused with located problems;
 * no exception escapes and no problem is without its place (line or pointer for JSON; sheet, or the whole file when
 * it is no readable workbook, for XLSX).
 */
class ReaderFuzzPropertiesTest {

    private static final List<byte[]> SEEDS = new ArrayList<>();
    private static final Path EXAMPLE = Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s?)-?\\d+(\\.\\d+)?");
    private static final Pattern FIELD = Pattern.compile("\\n\\s*\"[a-zA-Z]+\": [^\\n]*");
    /** What a workbook problem without a sheet may say: it is about the whole file. */
    private static final Pattern WHOLE_FILE = Pattern.compile("^(the file is not an Excel workbook|the file is an Excel"
            + " 97-2003|the workbook cannot be read|the workbook has no sheet|refused|the workbook is damaged)");

    private static Path work;
    private final MeetingFiles files = new MeetingFiles(InputSettings.DEFAULTS);

    @BeforeContainer
    static void loadSeeds() throws IOException {
        for (Path seed : InputFiles.list(Path.of("input"))) {
            SEEDS.add(Files.readAllBytes(seed));
        }
        work = Files.createTempDirectory("tongket-fuzz");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(EXAMPLE))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    EXAMPLE_PARTS.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 400)
    void aBrokenJsonFileIsReadOrRefusedWithLocatedProblems(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        byte[] original = SEEDS.get(random.nextInt(SEEDS.size()));
        byte[] mutated = mutateJson(original, random);
        ReadResult result = new MeetingReader(InputSettings.DEFAULTS).read(mutated, "input/fuzz.json");
        assertLocated(result, problem -> problem.line() != null || problem.pointer() != null);
        outcome(result);
    }

    @Property(tries = 100)
    void aWorkbookWithCellsOverwrittenIsReadOrRefusedWithLocatedProblems(@ForAll("seeds") long seed)
            throws IOException {
        Random random = new Random(seed);
        Map<String, String> parts = new HashMap<>();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            String part = random.nextInt(4) == 0 ? "xl/sharedStrings.xml"
                    : "xl/worksheets/sheet" + (3 + random.nextInt(8)) + ".xml";
            String xml = parts.computeIfAbsent(part, p -> EXAMPLE_PARTS.get(p));
            parts.put(part, part.endsWith("sharedStrings.xml") ? replaceMatch(xml, SHARED_TEXT, random, TEXTS)
                    : replaceMatch(xml, CELL, random, cells(random)));
        }
        Path file = work.resolve("cells-" + Long.toHexString(seed) + ".xlsx");
        Files.write(file, zip(parts));
        ReadResult result = files.read(file, "input/fuzz.xlsx");
        assertLocated(result, this::placedInWorkbook);
        outcome(result);
    }

    /** What a cell may be overwritten with: texts, numbers far and near, errors, booleans, formulas, nothing. */
    private static List<String> cells(Random random) {
        String ref = "r=\"" + (char) ('A' + random.nextInt(26)) + (1 + random.nextInt(60)) + "\"";
        List<String> out = new ArrayList<>();
        for (String text : TEXTS) {
            out.add("<c " + ref + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>");
        }
        out.addAll(List.of("<c " + ref + "><v>" + random.nextInt() + "</v></c>", "<c " + ref + "><v>-3</v></c>",
                "<c " + ref + "><v>1.0E300</v></c>", "<c " + ref + "><v>abc</v></c>",
                "<c " + ref + "><v>1E+999999999</v></c>",
                "<c " + ref + " t=\"e\"><v>#N/A</v></c>", "<c " + ref + " t=\"b\"><v>1</v></c>",
                "<c " + ref + "><f>1/0</f></c>", "<c " + ref + " t=\"s\"><v>99999</v></c>",
                "<c " + ref + " t=\"d\"><v>2023-02-30</v></c>", "<c " + ref + " s=\"999\"><v>45000</v></c>", ""));
        return out;
    }

    private static final Pattern CELL = Pattern.compile("<c [^>]*?(/>|>.*?</c>)");
    private static final Pattern SHARED_TEXT = Pattern.compile("(?<=<t>)[^<]*(?=</t>)|(?<=<t xml:space=\"preserve\">)[^<]*(?=</t>)");
    private static final List<String> TEXTS = List.of("nhiều", "1,528", "2.167 tỷ 098 triệu", "87,67%", "Hµ Néi",
            "Kinh teá", "x\u0301", "31/02/2023", "../../etc", "", "  ", "có", "Kinh te", "-1", "1e400",
            "x".repeat(25_000), "&amp;lt;", "council-sessions");
    private static final Map<String, String> EXAMPLE_PARTS = new HashMap<>();

    private static byte[] zip(Map<String, String> changed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(EXAMPLE));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                String replacement = changed.get(entry.getName());
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(replacement == null ? data : replacement.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Property(tries = 100)
    void aDamagedWorkbookFileIsRefusedWithItsPlace(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        byte[] mutated = switch (random.nextInt(3)) {
            case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> flip(bytes, random, 1 + random.nextInt(8));
            default -> flip(bytes, random, 64);
        };
        Path file = work.resolve("bytes-" + Long.toHexString(seed) + ".xlsx");
        Files.write(file, mutated);
        assertLocated(files.read(file, "input/fuzz.xlsx"), this::placedInWorkbook);
    }

    /** The fuzzing is not idle: a good share of the mutated files are refused, and some still read. */
    private static void outcome(ReadResult result) {
        Statistics.collect(result.accepted() ? "read" : "refused");
        Statistics.coverage(coverage -> {
            coverage.check("refused").percentage(p -> p > 30);
            coverage.check("read").count(n -> n > 0);
        });
    }

    private boolean placedInWorkbook(InputProblem problem) {
        return problem.pointer() != null || WHOLE_FILE.matcher(problem.message()).find();
    }

    private static void assertLocated(ReadResult result, java.util.function.Predicate<InputProblem> located) {
        String all = result.problems().stream().map(InputProblem::describe).reduce("", (a, b) -> a + "\n" + b);
        assertThat(result.accepted() || result.problems().stream().anyMatch(InputProblem::isError))
                .as("a refused file names an error:" + all).isTrue();
        assertThat(result.accepted()).as(all).isEqualTo(result.meeting() != null);
        for (InputProblem problem : result.problems()) {
            assertThat(located.test(problem)).as("located: " + problem.describe()).isTrue();
            assertThat(problem.message()).as(problem.describe()).isNotBlank()
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("tools.jackson")
                    .doesNotContain("org.apache");
        }
    }

    // ---- mutations

    private static byte[] mutateJson(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> java.util.Arrays.copyOf(original, random.nextInt(original.length));
            case 1 -> flip(original, random, 1 + random.nextInt(4));
            case 2 -> swapTokens(text, random).getBytes(StandardCharsets.UTF_8);
            case 3 -> dropMatch(text, FIELD, random).getBytes(StandardCharsets.UTF_8);
            case 4 -> replaceMatch(text, NUMBER, random, List.of("\"nhiều\"", "true", "null", "[]", "{}", "-1",
                    "1e400", "99999999999999999999", "0.0000000001", "1.5")).getBytes(StandardCharsets.UTF_8);
            case 5 -> replaceMatch(text, STRING, random, List.of("42", "null", "[]", "{}", "\"\"",
                    "\"../../etc\"", "\"Hµ Néi\"", "\"x\u0301\"", "\"2023-02-30\"", "\"" + "x".repeat(30_000) + "\""))
                    .getBytes(StandardCharsets.UTF_8);
            default -> mutateJson(mutateJson(original, random), random);
        };
    }

    private static byte[] flip(byte[] original, Random random, int count) {
        byte[] copy = original.clone();
        for (int i = 0; i < count && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static String swapTokens(String text, Random random) {
        List<int[]> tokens = spans(text, STRING);
        if (tokens.size() < 2) {
            return text;
        }
        int[] a = tokens.get(random.nextInt(tokens.size()));
        int[] b = tokens.get(random.nextInt(tokens.size()));
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a[1] > b[0]) {
            return text;
        }
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                + text.substring(a[0], a[1]) + text.substring(b[1]);
    }

    private static String dropMatch(String text, Pattern pattern, Random random) {
        List<int[]> found = spans(text, pattern);
        if (found.isEmpty()) {
            return text;
        }
        int[] span = found.get(random.nextInt(found.size()));
        return text.substring(0, span[0]) + text.substring(span[1]);
    }

    private static String replaceMatch(String text, Pattern pattern, Random random, List<String> replacements) {
        List<int[]> found = spans(text, pattern);
        if (found.isEmpty()) {
            return text;
        }
        int[] span = found.get(random.nextInt(found.size()));
        return text.substring(0, span[0]) + replacements.get(random.nextInt(replacements.size()))
                + text.substring(span[1]);
    }

    private static List<int[]> spans(String text, Pattern pattern) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

}
