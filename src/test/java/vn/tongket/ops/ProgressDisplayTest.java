package vn.tongket.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render step's progress at a terminal: one line rewritten in place (carriage returns), no log line. The
 * terminal is a pseudo-terminal made by util-linux's script(1). Without a terminal, progress is logged: CrashSafetyTest
 * reads those lines.
 */
class ProgressDisplayTest {

    @TempDir
    Path work;

    @Test
    void aTerminalGetsOneLineRewrittenInPlace() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script), "script(1) from util-linux is not installed");
        Path input = SyntheticInput.write(work.resolve("input"), 3);
        String command = quoted(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "vn.tongket.cli.Main", "year-end", "--year", "2023",
                "--input", input.toString(), "--output", work.resolve("output").toString()));
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("TONGKET_DB_DIR", work.resolve("db").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(screen).isZero();
        assertThat(screen).contains("\rrender: 1 of 4 units, about ").contains("\rrender: 4 of 4 units, done in ")
                .doesNotContain("INFO  render:")
                .contains("year-end 2023, execution 0: COMPLETED, 4 units");
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }
}
