package vn.tongket.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares DocxToPdf with LibreOffice on the shipped templates filled with the sample data ({@link
 * ShippedDocuments#all()}) and on the test document written in LibreOffice ({@code src/test/resources/pdf}): the
 * same DOCX is converted by both (LibreOffice in one {@code soffice} process for all files), then page counts, the
 * text of each page and a visual score of each page are compared. {@code PdfFidelityTest} runs the same comparison
 * in the build where LibreOffice is installed.
 * <p>
 * Text: {@code pdftotext -f N -l N}, NFC, every run of white space made one space; "same text" means equal strings,
 * and the word score is 2·LCS / (words A + words B) over the word sequences. "Same words" compares the text as
 * drawn ({@code pdftotext -raw}): the same words the same number of times in any order (lines at one height may
 * be read in another order, and the reading order drops a hyphen that ends a line), a leader's dots counting as
 * one word.
 * <p>
 * Visual: {@code pdftoppm -r 50 -gray}; both images are blurred with a 3×3 box filter (so that a glyph one pixel
 * off is not a full miss). <i>Grey similarity</i> is 1 − mean |a − b| / 255 over the page; it is high for any two
 * mostly white pages. <i>Ink match</i> is the share of ink pixels (blurred grey below 200) of either page that
 * have ink within one pixel on the other page, which measures whether the text lies in the same places.
 * <p>
 * Run from the project folder after {@code mvn test-compile}:
 * <pre>
 * mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) vn.tongket.pdf.FidelityReport [dir]
 * </pre>
 * It writes the DOCX and both PDFs under {@code dir} (default {@code target/fidelity}) and the report to
 * {@code dir/report.md}.
 */
public final class FidelityReport {

    private static final int DPI = 50;
    private static final int INK_BELOW = 200;

    private FidelityReport() {
    }

    record PageResult(int page, boolean sameText, boolean sameWords, double wordScore, double greySimilarity,
                      double inkMatch, String firstDifference) {
    }

    record DocumentResult(String name, int ourPages, int libreOfficePages, List<PageResult> pages) {

        boolean samePages() {
            return ourPages == libreOfficePages;
        }

        boolean sameWordsOnEveryPage() {
            return pages.stream().allMatch(PageResult::sameWords);
        }
    }

    /** A DOCX to compare, with the metadata its PDF gets. */
    record Input(String name, byte[] docx, PdfMetadata meta) {
    }

    /** The name of the first LibreOffice test document among the {@link #inputs()}. */
    static final String LIBREOFFICE_DOCUMENT = "libreoffice-bao-cao";

    /** The folder of the documents written in LibreOffice, on the test class path. */
    private static final String LIBREOFFICE_FOLDER = "/pdf/";

    /** The first LibreOffice test document, which LibreOffice wrote from {@code bao-cao-libreoffice.fodt}. */
    static Input libreOfficeDocument() {
        return libreOfficeDocument(LIBREOFFICE_DOCUMENT);
    }

    /** A LibreOffice test document by its name among the {@link #inputs()} ({@code libreoffice-…}). */
    static Input libreOfficeDocument(String name) {
        return libreOfficeDocuments().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no LibreOffice test document " + name));
    }

    /**
     * Every DOCX of {@code src/test/resources/pdf} that LibreOffice wrote (its {@code docProps/app.xml} names
     * LibreOffice), each saved from the {@code .fodt} of the same name, ordered by name. A file
     * {@code libreoffice-x.docx} is compared as {@code libreoffice-x}; the first one, {@code bao-cao-libreoffice.docx},
     * as {@value #LIBREOFFICE_DOCUMENT}.
     */
    static List<Input> libreOfficeDocuments() {
        try {
            Path folder = Path.of(FidelityReport.class.getResource(LIBREOFFICE_FOLDER).toURI());
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().toList();
            }
            List<Input> documents = new ArrayList<>();
            for (Path file : files) {
                byte[] docx = Files.readAllBytes(file);
                if (writtenByLibreOffice(docx)) {
                    String stem = file.getFileName().toString().replaceFirst("\\.docx$", "");
                    String name = stem.startsWith("libreoffice-") ? stem
                            : "libreoffice-" + stem.replaceFirst("-libreoffice$", "");
                    documents.add(new Input(name, docx,
                            new PdfMetadata(name + " (LibreOffice)", null, null, "vi-VN", null, name)));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean writtenByLibreOffice(byte[] docx) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("docProps/app.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("<Application>LibreOffice");
                }
            }
        }
        return false;
    }

    /** Every shipped template filled with each sample model, then the documents written in LibreOffice. */
    static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        ShippedDocuments.all().forEach(f -> inputs.add(new Input(f.name(), f.docx(), f.meta())));
        inputs.addAll(libreOfficeDocuments());
        return inputs;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/fidelity");
        Path docxDir = dir.resolve("docx");
        Path ours = dir.resolve("docxtopdf");
        Path libreOffice = dir.resolve("libreoffice");
        for (Path d : List.of(docxDir, ours, libreOffice, dir.resolve("png"))) {
            Files.createDirectories(d);
        }
        // -Dfidelity.only=REGEX compares only the documents whose name matches (e.g. "libreoffice-.*")
        String only = System.getProperty("fidelity.only");
        List<Input> documents = only == null ? inputs()
                : (only.startsWith("libreoffice") ? libreOfficeDocuments() : inputs()).stream()
                .filter(d -> d.name().matches(only)).toList();
        DocxToPdf converter = new DocxToPdf();
        List<String> docxFiles = new ArrayList<>();
        for (Input filled : documents) {
            Path docx = docxDir.resolve(filled.name() + ".docx");
            Files.write(docx, filled.docx());
            docxFiles.add(docx.toString());
            PdfResult result = converter.convert(filled.docx(), filled.meta());
            Files.write(ours.resolve(filled.name() + ".pdf"), result.pdf());
            result.warnings().forEach(w -> System.out.println(filled.name() + ": " + w));
        }
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=file://" + dir.toAbsolutePath().resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", libreOffice.toString()));
        command.addAll(docxFiles);
        run(command);

        List<DocumentResult> results = new ArrayList<>();
        for (Input filled : documents) {
            results.add(compare(filled.name(), ours.resolve(filled.name() + ".pdf"),
                    libreOffice.resolve(filled.name() + ".pdf"), dir.resolve("png")));
        }
        String report = markdown(results);
        Files.writeString(dir.resolve("report.md"), report);
        System.out.println(report);
    }

    /** Compares two PDFs of one document page by page; page images are written to {@code pngDir}. */
    static DocumentResult compare(String name, Path ours, Path libreOffice, Path pngDir) throws IOException {
        int ourPages = pages(ours);
        int loPages = pages(libreOffice);
        List<int[][]> ourImages = render(ours, pngDir.resolve(name + "-docxtopdf"));
        List<int[][]> loImages = render(libreOffice, pngDir.resolve(name + "-libreoffice"));
        List<PageResult> pages = new ArrayList<>();
        for (int page = 1; page <= Math.max(ourPages, loPages); page++) {
            String a = page <= ourPages ? pageText(ours, page) : "";
            String b = page <= loPages ? pageText(libreOffice, page) : "";
            double grey = 0;
            double ink = 0;
            if (page <= ourImages.size() && page <= loImages.size()) {
                int[][] x = blur(ourImages.get(page - 1));
                int[][] y = blur(loImages.get(page - 1));
                grey = greySimilarity(x, y);
                ink = inkMatch(x, y);
            }
            boolean sameWords = sameWords(page <= ourPages ? rawPageText(ours, page) : "",
                    page <= loPages ? rawPageText(libreOffice, page) : "");
            pages.add(new PageResult(page, a.equals(b), sameWords, wordScore(a, b), grey, ink,
                    firstDifference(a, b)));
        }
        return new DocumentResult(name, ourPages, loPages, pages);
    }

    private static int pages(Path pdf) {
        for (String line : run(List.of("pdfinfo", pdf.toString())).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).trim());
            }
        }
        throw new IllegalStateException("pdfinfo gave no page count for " + pdf);
    }

    private static String pageText(Path pdf, int page) {
        String text = run(List.of("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page),
                pdf.toString(), "-"));
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /**
     * The text of a page in the order it is drawn ({@code pdftotext -raw}), which, unlike the reading order, keeps
     * a hyphen that ends a line (the reading order joins such a line to the next and drops the hyphen).
     */
    static String rawPageText(Path pdf, int page) {
        String text = run(List.of("pdftotext", "-raw", "-f", String.valueOf(page), "-l", String.valueOf(page),
                pdf.toString(), "-"));
        return withLeadersAsWords(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("\\s+", " ").strip();
    }

    /** A run of four or more leader characters (a table of contents' dots), which is compared as one word. */
    private static final java.util.regex.Pattern LEADER = java.util.regex.Pattern.compile("[.·_-]{4,}");

    /**
     * The text with every leader (the dots a tab stop draws) made the word "…": LibreOffice draws a leader and the
     * page number after it as one word ("chung.....1"), DocxToPdf as two, and the number of dots may differ by
     * one.
     */
    static String withLeadersAsWords(String text) {
        return LEADER.matcher(text).replaceAll(" … ");
    }

    /** The pages as grey images, rendered with pdftoppm into files named after the prefix. */
    private static List<int[][]> render(Path pdf, Path prefix) throws IOException {
        run(List.of("pdftoppm", "-r", String.valueOf(DPI), "-gray", pdf.toString(), prefix.toString()));
        String stem = prefix.getFileName().toString() + "-";
        List<Path> files;
        try (Stream<Path> list = Files.list(prefix.getParent())) {
            files = list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(stem) && n.endsWith(".pgm") && n.substring(stem.length(), n.length() - 4)
                        .chars().allMatch(Character::isDigit);
            }).sorted((p, q) -> Integer.compare(pageOf(p, stem), pageOf(q, stem))).toList();
        }
        List<int[][]> images = new ArrayList<>();
        for (Path file : files) {
            images.add(readPgm(Files.readAllBytes(file)));
        }
        return images;
    }

    private static int pageOf(Path file, String stem) {
        String n = file.getFileName().toString();
        return Integer.parseInt(n.substring(stem.length(), n.length() - 4));
    }

    /** A binary PGM (P5, 8 bit) as rows of grey values. */
    static int[][] readPgm(byte[] bytes) {
        int[] position = {0};
        String magic = token(bytes, position);
        if (!magic.equals("P5")) {
            throw new IllegalArgumentException("not a binary PGM");
        }
        int width = Integer.parseInt(token(bytes, position));
        int height = Integer.parseInt(token(bytes, position));
        int max = Integer.parseInt(token(bytes, position));
        if (max > 255) {
            throw new IllegalArgumentException("16-bit PGM");
        }
        int offset = position[0] + 1;
        int[][] image = new int[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image[y][x] = bytes[offset + y * width + x] & 0xFF;
            }
        }
        return image;
    }

    private static String token(byte[] bytes, int[] position) {
        int i = position[0];
        while (Character.isWhitespace(bytes[i]) || bytes[i] == '#') {
            if (bytes[i] == '#') {
                while (bytes[i] != '\n') {
                    i++;
                }
            }
            i++;
        }
        int start = i;
        while (!Character.isWhitespace(bytes[i])) {
            i++;
        }
        position[0] = i;
        return new String(bytes, start, i - start, StandardCharsets.US_ASCII);
    }

    static int[][] blur(int[][] image) {
        int height = image.length;
        int width = image[0].length;
        int[][] blurred = new int[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < height && xx >= 0 && xx < width) {
                            sum += image[yy][xx];
                            n++;
                        }
                    }
                }
                blurred[y][x] = sum / n;
            }
        }
        return blurred;
    }

    /** 1 − mean |a − b| / 255 over the common area of the two images. */
    static double greySimilarity(int[][] a, int[][] b) {
        int height = Math.min(a.length, b.length);
        int width = Math.min(a[0].length, b[0].length);
        double difference = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                difference += Math.abs(a[y][x] - b[y][x]);
            }
        }
        return 1 - difference / (255.0 * height * width);
    }

    /**
     * The share of ink pixels (grey below 200) of either image that have ink in the other image within one pixel
     * (the 3×3 neighbourhood): (matched A + matched B) / (ink A + ink B); 1 when neither has ink.
     */
    static double inkMatch(int[][] a, int[][] b) {
        int height = Math.min(a.length, b.length);
        int width = Math.min(a[0].length, b[0].length);
        long ink = 0;
        long matched = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (a[y][x] < INK_BELOW) {
                    ink++;
                    matched += inkNear(b, x, y, width, height) ? 1 : 0;
                }
                if (b[y][x] < INK_BELOW) {
                    ink++;
                    matched += inkNear(a, x, y, width, height) ? 1 : 0;
                }
            }
        }
        return ink == 0 ? 1 : (double) matched / ink;
    }

    private static boolean inkNear(int[][] image, int x, int y, int width, int height) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < height && xx >= 0 && xx < width && image[yy][xx] < INK_BELOW) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the two texts have the same words, each as often, in any order. */
    static boolean sameWords(String a, String b) {
        List<String> x = new ArrayList<>(Arrays.asList(a.split(" ")));
        List<String> y = new ArrayList<>(Arrays.asList(b.split(" ")));
        x.sort(null);
        y.sort(null);
        return x.equals(y);
    }

    /** 2·LCS / (|a| + |b|) over the words; 1 for two empty texts. */
    static double wordScore(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.split(" ");
        String[] y = b.isEmpty() ? new String[0] : b.split(" ");
        if (x.length + y.length == 0) {
            return 1;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (String word : x) {
            for (int j = 1; j <= y.length; j++) {
                current[j] = word.equals(y[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            Arrays.fill(current, 0);
        }
        return 2.0 * previous[y.length] / (x.length + y.length);
    }

    private static String firstDifference(String a, String b) {
        if (a.equals(b)) {
            return "";
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "at char " + i + ": DocxToPdf «" + excerpt(a, i) + "» / LibreOffice «" + excerpt(b, i) + "»";
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 15);
        return s.substring(from, Math.min(s.length(), at + 25)).replace("|", "\\|");
    }

    static String markdown(List<DocumentResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("| Document | Pages DocxToPdf / LibreOffice | Page | Same text | Same words | Word score "
                + "| Grey similarity | Ink match |\n|---|---|---|---|---|---|---|---|\n");
        for (DocumentResult doc : results) {
            for (PageResult page : doc.pages()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %.3f | %.3f | %.3f |%n",
                        page.page() == 1 ? doc.name() : "",
                        page.page() == 1 ? doc.ourPages() + " / " + doc.libreOfficePages() : "",
                        page.page(), page.sameText() ? "yes" : "no", page.sameWords() ? "yes" : "no",
                        page.wordScore(), page.greySimilarity(), page.inkMatch()));
            }
        }
        md.append("\nText differences (first difference on each page that differs):\n\n");
        for (DocumentResult doc : results) {
            for (PageResult page : doc.pages()) {
                if (!page.sameText()) {
                    md.append("- ").append(doc.name()).append(", page ").append(page.page()).append(": ")
                            .append(page.firstDifference()).append('\n');
                }
            }
        }
        return md.toString();
    }

    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
