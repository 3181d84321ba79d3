package vn.tongket.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped templates are what their generators write: a change to a generator that was not followed by running
 * it (its {@code main}) would leave {@code templates/} behind, and the product would fill the old template.
 * Compared part by part, apart from the parts that carry the time they were written (the core properties and the
 * workbooks embedded in charts).
 */
class ShippedTemplatesTest {

    interface Generator {
        void write(DocumentFormat format, OutputStream out) throws IOException;
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("year-end/bao-cao-kiem-diem.docx", "YearEndTemplate",
                        (Generator) YearEndTemplate::write),
                Arguments.of("half-year/bao-cao-so-ket-6-thang.docx", "HalfYearTemplate",
                        (Generator) HalfYearTemplate::write),
                Arguments.of("mid-term/" + MidTermTemplate.FILE, "MidTermTemplate",
                        (Generator) MidTermTemplate::write),
                Arguments.of("mid-term-summary/" + MidTermSummaryTemplate.FILE,
                        "MidTermSummaryTemplate", (Generator) MidTermSummaryTemplate::write));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theShippedTemplateIsWhatItsGeneratorWrites(String shipped, String generatorName, Generator generator)
            throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        generator.write(DocumentFormat.PARTY, generated);

        Map<String, String> expected = comparableParts(generated.toByteArray());
        Map<String, String> actual = comparableParts(Files.readAllBytes(Path.of("templates", shipped)));

        assertThat(actual.keySet()).as("parts of templates/%s", shipped).isEqualTo(expected.keySet());
        assertThat(expected).as("generated parts").containsKey("word/document.xml");
        for (Map.Entry<String, String> part : expected.entrySet()) {
            assertThat(actual.get(part.getKey()))
                    .as("templates/%s, part %s, against what %s writes (run its main to regenerate)", shipped,
                            part.getKey(), generatorName)
                    .isEqualTo(part.getValue());
        }
    }

    /** Every part's text by name; the parts stamped with the time of writing are named with an empty text. */
    private static Map<String, String> comparableParts(byte[] docx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                boolean stamped = entry.getName().equals("docProps/core.xml")
                        || entry.getName().startsWith("word/embeddings/");
                parts.put(entry.getName(), stamped ? "" : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
