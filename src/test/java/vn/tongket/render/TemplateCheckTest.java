package vn.tongket.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.testing.TemplateFiles;

class TemplateCheckTest {

    private static final Path TEMPLATES = Path.of("templates");
    private static final Path INPUT = Path.of("input");

    @TempDir
    Path work;

    @Test
    void everyShippedTemplateCompilesAndFillsWithEverySampleModel() {
        TemplateCheck.Report report = TemplateCheck.check(TEMPLATES, INPUT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.fine()).isTrue();
        assertThat(report.notes()).containsExactly(
                "the sample data for the year-end review never has lessons or dataNotes: template parts shown only"
                        + " when they have a value were not checked",
                "the sample data for the half-year review never has lessons or dataNotes: template parts shown only"
                        + " when they have a value were not checked",
                "the sample data for the mid-term assessment report never has termTally or lessons or conflicts:"
                        + " template parts shown only when they have a value were not checked");
        assertThat(report.templates()).filteredOn(t -> t.kind().equals(java.util.Optional.of(DocumentKind.YEAR_END)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.filledWith()).containsExactly("thanh-tri 2022",
                        "thuong-tin 2021", "thuong-tin 2023", "thuong-tin 2024 with one meeting that reports nothing"));
        assertThat(report.templates()).filteredOn(t -> t.kind().equals(java.util.Optional.of(DocumentKind.HALF_YEAR)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.filledWith()).containsExactly("thanh-tri 2022 taken as"
                        + " 2022-h1", "thuong-tin 2020-h1", "thuong-tin 2021 taken as 2021-h1",
                        "thuong-tin 2023 taken as 2023-h1", "thuong-tin 2024-h1 with one meeting that reports nothing"));
        assertThat(report.templates()).filteredOn(t -> t.kind().equals(java.util.Optional.of(DocumentKind.MID_TERM)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.filledWith()).containsExactly(
                        "tay-ho 2020-2025 as of 2023-04-07", "thanh-tri 2020-2025 as of 2023-04-07",
                        "thuong-tin 2020-2025 as of 2023-04-07", "tay-ho 2020-2025", "thanh-tri 2020-2025",
                        "thuong-tin 2020-2025", "thuong-tin 2020-2025 with one meeting that reports nothing"));
        assertThat(report.templates())
                .filteredOn(t -> t.kind().equals(java.util.Optional.of(DocumentKind.MID_TERM_SUMMARY)))
                .isNotEmpty().allSatisfy(t -> assertThat(t.filledWith()).containsExactly(
                        "Thành phố Hà Nội 2020-2025 as of 2023-04-07", "Thành phố Hà Nội 2020-2025",
                        "thuong-tin 2020-2025 with one meeting that reports nothing"));
        assertThat(report.templates()).extracting(TemplateCheck.Checked::file)
                .contains(TEMPLATES.resolve("year-end/bao-cao-kiem-diem.docx"),
                        TEMPLATES.resolve("half-year/bao-cao-so-ket-6-thang.docx"),
                        TEMPLATES.resolve("mid-term/bao-cao-so-ket-giua-nhiem-ky.docx"),
                        TEMPLATES.resolve("mid-term-summary/tong-hop-giua-nhiem-ky.docx"));
    }

    @Test
    void theSampleModelsComeFromTheInputAndOneReportsNothing() {

        List<TemplateCheck.SampleModel> samples = TemplateCheck.periodSamples(
                TemplateCheck.meetings(INPUT, new java.util.ArrayList<>()), false);

        Map<String, Object> full = samples.stream().filter(s -> s.name().equals("thuong-tin 2023")).findFirst()
                .orElseThrow().model();
        assertThat(full.get("tally")).isNotNull();
        assertThat(full.get("previous")).as("no earlier review in the data").isNull();
        assertThat((List<?>) full.get("indicators")).isNotEmpty();
        assertThat((List<?>) full.get("shortcomingAreas")).isNotEmpty();
        Map<String, Object> empty = samples.getLast().model();
        assertThat(samples.getLast().name()).isEqualTo("thuong-tin 2024 with one meeting that reports nothing");
        assertThat(empty.get("tally")).isNull();
        assertThat(empty.get("previous")).as("the year after the data: its shortcomings are the earlier review's")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("year", "2023");
        assertThat(empty).containsEntry("achievementCount", 0).containsEntry("shortcomingCount", 0);
        for (String list : List.of("indicators", "achievementAreas", "shortcomingAreas", "causes", "directionAreas",
                "directives", "lessons", "dataNotes")) {
            assertThat((List<?>) empty.get(list)).as(list).isEmpty();
        }
        assertThat((List<?>) empty.get("meetings")).hasSize(1);
        assertThat(TemplateCheck.neverGiven(samples)).as("the sample input reports no lessons and no disagreeing"
                + " figures for a whole year").containsExactly("lessons", "dataNotes");
        assertThat(empty.get("signature")).isEqualTo(Map.of("authority", "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ",
                "name", ""));
    }

    @Test
    void anUnknownNameIsReportedWithTheFileTheParagraphAndTheModels() {
        Path templates = work.resolve("templates");
        Path broken = TemplateFiles.edited(TemplateFiles.YEAR_END, templates.resolve("year-end/sai-ten.docx"),
                xml -> xml.replace("${doc.summaryLine}", "${doc.summaryLne}"));

        TemplateCheck.Report report = TemplateCheck.check(templates, INPUT);

        assertThat(report.fine()).isFalse();
        TemplateCheck.Problem p = single(report);
        assertThat(p.file()).isEqualTo(broken);
        assertThat(p.location()).matches("document body, paragraph \\d+ “\\$\\{doc.summaryLne}”");
        assertThat(p.detail()).contains("doc.summaryLne").contains("null or missing");
        assertThat(p.models()).hasSize(4);
        assertThat(p.describe()).startsWith(broken + ", document body, paragraph ");
    }

    @Test
    void aMistakeInABranchOnlyTheEmptyModelReachesIsFound() {
        Path templates = work.resolve("templates");
        TemplateFiles.edited(TemplateFiles.YEAR_END, templates.resolve("year-end/nhanh-else.docx"),
                xml -> xml.replace("không nêu số liệu chỉ tiêu.</w:t>", "không nêu số liệu chỉ tiêu ${doc.yaer}.</w:t>"));

        TemplateCheck.Problem p = single(TemplateCheck.check(templates, INPUT));

        assertThat(p.detail()).contains("doc.yaer");
        assertThat(p.models()).contains("thuong-tin 2024 with one meeting that reports nothing")
                .doesNotContain("thanh-tri 2022");
    }

    @Test
    void badSyntaxIsReportedWhenCompilingWithTheParagraphAndTheToken() {
        Path templates = work.resolve("templates");
        Path broken = TemplateFiles.edited(TemplateFiles.YEAR_END, templates.resolve("year-end/cu-phap.docx"),
                xml -> xml.replace("Năm ${doc.year}, ${unit.kind}", "Năm ${doc.year +}, ${unit.kind}"));

        TemplateCheck.Problem p = single(TemplateCheck.check(templates, INPUT));

        assertThat(p.file()).isEqualTo(broken);
        assertThat(p.location()).matches("document body, paragraph \\d+ “Năm \\$\\{doc.year \\+}, .*");
        assertThat(p.detail()).contains("${doc.year +}");
        assertThat(p.models()).as("found by compiling, before any data").isEmpty();
        assertThat(p.describe()).startsWith(broken + ", document body, paragraph ");
    }

    @Test
    void aMissingFolderIsAProblemAndOtherFoldersAreCompiledOnly() throws Exception {
        Path templates = work.resolve("templates");
        Files.createDirectories(templates.resolve("giua-nhiem-ky"));
        Files.copy(TemplateFiles.YEAR_END, templates.resolve("giua-nhiem-ky/bao-cao.docx"));
        Files.copy(TemplateFiles.YEAR_END, templates.resolve("lac-cho.docx"));

        TemplateCheck.Report report = TemplateCheck.check(templates, INPUT);

        assertThat(report.fine()).isFalse();
        assertThat(report.folderProblems()).extracting(TemplateCheck.Problem::file)
                .containsExactly(templates.resolve("year-end"), templates.resolve("half-year"),
                        templates.resolve("mid-term"), templates.resolve("mid-term-summary"));
        assertThat(report.folderProblems()).allSatisfy(p -> assertThat(p.detail()).contains("missing"));
        assertThat(report.templates()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEmpty();
            assertThat(t.fine()).isTrue();
        });
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("giua-nhiem-ky").contains("compiled"))
                .anySatisfy(n -> assertThat(n).contains("lac-cho.docx").contains("not in a document folder"));
    }

    @Test
    void invalidInputIsLeftOutAndNoValidInputIsAnError() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        Files.writeString(input.resolve("hong.json"), "{");

        assertThatThrownBy(() -> TemplateCheck.check(TEMPLATES, input))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no valid meeting");

        Files.copy(INPUT.resolve("000-thuong-tin-2023-kiem-diem.json"), input.resolve("000.json"));
        TemplateCheck.Report report = TemplateCheck.check(TEMPLATES, input);
        assertThat(report.fine()).isTrue();
        assertThat(report.notes()).filteredOn(n -> n.contains("hong.json")).singleElement().asString()
                .contains("left out");
    }

    private static TemplateCheck.Problem single(TemplateCheck.Report report) {
        List<TemplateCheck.Problem> problems = report.problems().stream()
                .filter(p -> !p.file().endsWith("bao-cao-kiem-diem.docx"))
                .filter(p -> !p.file().endsWith("half-year") && !p.file().endsWith("mid-term")
                        && !p.file().endsWith("mid-term-summary")).toList();
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }
}
