package vn.tongket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.testing.CommandRun;

/** {@code tongket mid-term}: a wrong term or as-of date is a usage error, said plainly, before any run starts. */
class MidTermCommandTest {

    private final CommandRun command = new CommandRun(Main::commandLine);

    @TempDir
    Path work;

    @Test
    void helpNamesTheOptions() {
        assertThat(command.execute("--help")).isZero();
        assertThat(command.out()).contains("mid-term");
        assertThat(command.execute("mid-term", "--help")).isZero();
        assertThat(command.out()).contains("--term", "--as-of", "--unit", "--input", "--output", "--templates",
                "output/mid-term/<term>/<unit>/");
    }

    @Test
    void anAsOfDateBeforeTheTermStartsIsAUsageError() {
        Path output = work.resolve("output");
        assertThat(command.execute("mid-term", "--term", "2020-2025", "--as-of", "2019-12-31", "--output",
                output.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--as-of 2019-12-31 is before the term 2020-2025 starts (2020-01-01)")
                .doesNotContain("Exception");
        assertThat(Files.exists(output)).isFalse();
    }

    @Test
    void aMalformedTermOrDateIsAUsageError() {
        assertThat(command.execute("mid-term", "--term", "2020")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--term: a term is written as two years, 2020-2025, not \"2020\"");
        assertThat(command.execute("mid-term", "--term", "2025-2020")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("a term ends after it starts");
        assertThat(command.execute("mid-term", "--term", "1800-1805")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--term must be between 1930 and 2100, found 1800");
        assertThat(command.execute("mid-term", "--term", "2020-2025", "--as-of", "07/04/2023"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--as-of must be a date written 2023-04-07, not \"07/04/2023\"");
        assertThat(command.execute("mid-term")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--term");
    }
}
