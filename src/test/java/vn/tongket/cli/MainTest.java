package vn.tongket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.testing.CommandRun;

/** The command line as a user meets it: help, wrong options, validate and a year-end run, with exit codes. */
class MainTest {

    private final CommandRun command = new CommandRun(Main::commandLine);

    @TempDir
    Path work;

    private int run(String... args) {
        return command.execute(args);
    }

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(command.out()).contains("year-end", "validate", "Exit codes");
        assertThat(run("year-end", "--help")).isZero();
        assertThat(command.out()).contains("--year", "--unit", "--input", "--output", "--templates");
        assertThat(run("validate", "--help")).isZero();
    }

    @Test
    void aWrongCommandLineExitsWithTheUsageCode() {
        assertThat(run("year-end")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--year");
        assertThat(run("year-end", "--year", "abc")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void validateAcceptsTheSampleInput() {
        assertThat(run("validate", "--input", "input")).isZero();
        assertThat(command.out()).contains("5 files checked: 5 valid, 0 invalid; 1 reported figures disagree")
                .contains("warning: input/004-tay-ho-2023-so-ket-giua-nhiem-ky.json (/indicators/")
                .contains("reported 96.2%, computed 26/27 = 96.30%");
    }

    @Test
    void validateNamesTheProblemAndExitsNonZero() throws Exception {
        Files.writeString(work.resolve("bad.json"), "{\n  \"format\": \"tongket-meeting/1\"\n  \"id\": \"x\"\n}");
        assertThat(run("validate", "--input", work.toString())).isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(command.out()).contains("bad.json:3:3").contains("not valid JSON").contains("1 invalid");
        assertThat(Files.list(work)).hasSize(1);
    }

    @Test
    void validateReadsWorkbooksAndNamesSheetAndCell() throws Exception {
        Files.copy(Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx"), work.resolve("000.xlsx"));
        Files.writeString(work.resolve("001.xlsx"), "not a workbook");
        Files.writeString(work.resolve("~$000.xlsx"), "lock file");
        assertThat(run("validate", "--input", work.toString())).isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(command.out())
                .contains("/001.xlsx: the file is not an Excel workbook (.xlsx)")
                .contains("2 files checked: 1 valid, 1 invalid")
                .doesNotContain("Exception");
    }

    @Test
    void yearEndRunsTheJobAndReportsWhereTheReportIs() {
        System.setProperty("spring.datasource.url", "jdbc:hsqldb:mem:cli-test;hsqldb.tx=mvcc");
        Path output = work.resolve("output");
        int code = run("year-end", "--year", "2022,2023", "--output", output.toString());
        assertThat(code).as(command.out() + "\n" + command.err()).isZero();
        assertThat(command.out()).contains("year-end 2022", "year-end 2023", "COMPLETED");
        assertThat(output.resolve("year-end/2022/thanh-tri/bao-cao-kiem-diem.pdf")).exists();
        assertThat(output.resolve("year-end/2023/thuong-tin/bao-cao-kiem-diem.docx")).exists();

        assertThat(run("jobs", "--last", "5")).isZero();
        assertThat(command.out()).containsPattern("yearEnd\\s+2023\\s+COMPLETED\\s+1\\s+0")
                .containsPattern("yearEnd\\s+2022\\s+COMPLETED\\s+1\\s+0");
    }
}
