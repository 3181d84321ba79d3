package vn.tongket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.testing.CommandRun;
import vn.tongket.testing.TemplateFiles;

/** {@code tongket templates check}: what it prints and how it exits. */
class TemplatesCheckCommandTest {

    private final CommandRun command = new CommandRun(Main::commandLine);

    @TempDir
    Path work;

    private int run(String... args) {
        return command.execute(args);
    }

    @Test
    void theShippedTemplatesAreFine() {
        assertThat(run("templates", "check")).as(command.out() + "\n" + command.err()).isEqualTo(ExitCodes.OK);
        assertThat(command.out())
                .contains(Path.of("templates", "year-end", "bao-cao-kiem-diem.docx") + ": fine (filled with 4 sample"
                        + " data models: thanh-tri 2022, thuong-tin 2021, thuong-tin 2023, thuong-tin 2024 with one"
                        + " meeting that reports nothing)")
                .contains(Path.of("templates", "half-year", "bao-cao-so-ket-6-thang.docx") + ": fine (filled with 5"
                        + " sample data models: thanh-tri 2022 taken as 2022-h1, thuong-tin 2020-h1,")
                .contains(Path.of("templates", "mid-term", "bao-cao-so-ket-giua-nhiem-ky.docx") + ": fine (filled with"
                        + " 7 sample data models: tay-ho 2020-2025 as of 2023-04-07,")
                .contains(Path.of("templates", "mid-term-summary", "tong-hop-giua-nhiem-ky.docx") + ": fine")
                .contains("4 templates checked: 4 fine, 0 with problems");
    }

    @Test
    void anUnknownNameExitsWithTwoAndNamesTheFileAndTheParagraph() {
        Path templates = work.resolve("mau");
        TemplateFiles.edited(TemplateFiles.YEAR_END, templates.resolve("year-end/bao-cao-kiem-diem.docx"),
                xml -> xml.replace("${signature.name}", "${signature.nam}"));

        int code = run("templates", "check", "--templates", templates.toString(), "--input", "input");

        assertThat(code).as(command.out() + "\n" + command.err()).isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(command.out())
                .containsPattern(java.util.regex.Pattern.quote(templates.resolve("year-end/bao-cao-kiem-diem.docx")
                        + ", document body, table ") + "\\d+, row 1, cell 2, paragraph \\d+ “\\$\\{signature.nam}”: ")
                .contains("signature.nam")
                .contains("1 template checked: 0 fine, 1 with problems");
    }

    @Test
    void badSyntaxExitsWithTwo() {
        Path templates = work.resolve("mau");
        TemplateFiles.edited(TemplateFiles.YEAR_END, templates.resolve("year-end/bao-cao-kiem-diem.docx"),
                xml -> xml.replace("<w:t>&lt;#list indicators as i></w:t>", "<w:t>&lt;#list indicators i></w:t>"));

        assertThat(run("templates", "check", "--templates", templates.toString())).isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(command.out()).contains(templates.resolve("year-end/bao-cao-kiem-diem.docx") + ", document body, ")
                .contains("<#list indicators i>");
    }

    @Test
    void aMissingTemplateFolderFailsWithOne() {
        assertThat(run("templates", "check", "--templates", work.resolve("khong-co").toString()))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(command.err()).contains("khong-co").contains("does not exist");
    }

    @Test
    void anEmptyTemplateFolderIsAProblem() throws Exception {
        Files.createDirectories(work.resolve("mau/year-end"));
        assertThat(run("templates", "check", "--templates", work.resolve("mau").toString()))
                .isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(command.out()).contains("no Word template");
    }

    @Test
    void aWrongCommandLineExitsWithTheUsageCode() {
        assertThat(run("templates")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("check");
        assertThat(run("templates", "check", "--frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("templates", "kiem-tra")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpNamesTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(command.out()).contains("templates");
        assertThat(run("templates", "check", "--help")).isZero();
        assertThat(command.out()).contains("--templates", "--input", "Exits 0 when every template is fine");
    }
}
