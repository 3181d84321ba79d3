package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile or broken template of {@code src/test/resources/hostile-templates/} fails with the problem its line
 * of {@code expected.tsv} gives: where (the start of the location; "-" for the whole file) and a fragment of what
 * is wrong. Each is compiled with the corpus's own fragments folder and filled with {@link #MODEL}; none may pass,
 * hang, or show a stack trace. The timeout is a safety net only.
 */
class HostileTemplateCorpusTest {

    private static final Path CORPUS = HostileTemplates.FOLDER;

    public record Unit(String name) {
    }

    static final Map<String, Object> MODEL = Map.of("unit", new Unit("Ba Vì"), "items", List.of("a", "b"));

    record Case(String file, String location, String detail) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> new Case(c[0], c[1], c[2]))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eachHostileTemplateFailsWithItsLocatedProblem(Case c) {
        TemplateProblem p = null;
        try {
            DocxTemplate.compile(CORPUS.resolve(c.file()), Fragments.folder(CORPUS.resolve(Fragments.FOLDER)))
                    .fill(MODEL);
        } catch (TemplateProblem e) {
            p = e;
        }
        assertThat(p).as("%s must fail", c.file()).isNotNull();
        assertThat(p.template()).isEqualTo(c.file());
        if (c.location().equals("-")) {
            assertThat(p.location()).as(c.file()).isEmpty();
        } else {
            assertThat(p.location()).as(c.file()).startsWith(c.location());
        }
        assertThat(p.detail()).as(c.file()).contains(c.detail());
        assertThat(p.getMessage()).as(c.file()).doesNotContain("\tat ", "Exception", "FTL stack", "freemarker.org",
                "Tip:");
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectedLine() throws IOException {
        List<String> listed = cases().stream().map(Case::file).sorted().toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".docx")).sorted())
                    .containsExactlyElementsOf(listed);
        }
    }
}
