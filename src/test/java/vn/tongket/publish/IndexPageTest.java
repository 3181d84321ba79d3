package vn.tongket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.staging.StagingStore;

/** output/index.html from run reports written as the publish step writes them. */
class IndexPageTest {

    @TempDir
    Path output;

    /** Publishes a year-end report whose units each have one DOCX with the given content. */
    private Path publish(String year, Map<String, String> contentByUnit, List<InputProblem> problems, String run)
            throws IOException {
        return publish("year-end", year, contentByUnit, problems, run);
    }

    private Path publish(String kind, String period, Map<String, String> contentByUnit, List<InputProblem> problems,
                         String run) throws IOException {
        Path folder = output.resolve(kind).resolve(period);
        List<RunReport.UnitEntry> units = new java.util.ArrayList<>();
        for (Map.Entry<String, String> unit : contentByUnit.entrySet()) {
            Path file = folder.resolve(unit.getKey()).resolve("bao-cao-kiem-diem.docx");
            byte[] content = unit.getValue().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, content);
            units.add(new RunReport.UnitEntry(unit.getKey(), "Đơn vị " + unit.getKey(), List.of(
                    new RunReport.FileEntry(output.relativize(file).toString(), StagingStore.sha256(content))),
                    unit.getKey().equals("b") ? List.of("tỷ lệ 26/27 được báo cáo là 96,2%") : List.of(),
                    !unit.getKey().equals("a"), unit.getKey().equals("a") ? "unchanged since the last good run"
                            : "input changed"));
        }
        RunReport report = new RunReport(kind, period, List.of(), "input", units,
                RunReport.rejectedFiles(problems), problems.stream().filter(p -> !p.isError()).toList(), List.of());
        AtomicFiles.write(folder.resolve("run-report.json"),
                MeetingReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        AtomicFiles.write(folder.resolve("run-report.txt"), report.toText().getBytes(StandardCharsets.UTF_8));
        IndexPage.update(output, folder, run);
        return folder;
    }

    private String page() throws IOException {
        return Files.readString(output.resolve("index.html"));
    }

    private static Map<String, String> units(String... idAndContent) {
        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 0; i < idAndContent.length; i += 2) {
            units.put(idAndContent[i], idAndContent[i + 1]);
        }
        return units;
    }

    @Test
    void listsEveryPeriodWithItsUnitsDocumentsWarningsAndRejectedInput() throws IOException {
        publish("2022", units("a", "a-2022"), List.of(), "yearEndJob#0");
        publish("2023", units("a", "a-2023", "b", "b-2023"), List.of(
                InputProblem.error("input/9.json", "/kind", 3, 11, "unknown value \"party-congress\""),
                InputProblem.warning("input/1.json", "/date", 4, 5, "a date in the future")), "yearEndJob#1");

        String page = page();
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">")
                .contains("<h2>Kiểm điểm năm 2023</h2>", "<h2>Kiểm điểm năm 2022</h2>")
                .contains("<a href=\"year-end/2023/b/bao-cao-kiem-diem.docx\">bao-cao-kiem-diem.docx</a>")
                .contains("<a href=\"year-end/2023/run-report.txt\">báo cáo lần chạy</a>")
                .contains("Đơn vị b", "tỷ lệ 26/27 được báo cáo là 96,2%")
                .contains("<td>làm lại: <span class=\"reason\">input changed</span></td>")
                .contains("<td>giữ nguyên: <span class=\"reason\">unchanged since the last good run</span></td>")
                .contains("Tệp đầu vào bị từ chối (1)", "input/9.json:3:11 (/kind): unknown value &quot;party-congress&quot;")
                .contains("input/1.json:4:5 (/date): warning: a date in the future")
                .contains("<svg", "2 đơn vị", "1 tệp bị từ chối")
                .doesNotContain("<script", "http://", "https://");
        assertThat(page.indexOf("Kiểm điểm năm 2023</h2>")).as("the latest period first")
                .isLessThan(page.indexOf("Kiểm điểm năm 2022</h2>"));
    }

    @Test
    void everyKindOfDocumentHasItsSection() throws IOException {
        publish("year-end", "2020", units("a", "year"), List.of(), "year-end#0");
        publish("half-year", "2020-h1", units("a", "half"), List.of(), "half-year#1");

        assertThat(page()).contains("<h2>Sơ kết 6 tháng đầu năm 2020</h2>", "<h2>Kiểm điểm năm 2020</h2>")
                .contains("<a href=\"half-year/2020-h1/a/bao-cao-kiem-diem.docx\">");
    }

    @Test
    void tellsWhatEachRunChangedAndAgainAfterACrashReplay() throws IOException {
        publish("2023", units("a", "one", "b", "two"), List.of(), "yearEndJob#0");
        assertThat(page()).contains("Lần chạy đầu tiên của kỳ này: mọi tài liệu đều mới.");

        publish("2023", units("a", "one", "b", "two, changed", "c", "three"), List.of(), "yearEndJob#1");
        String changed = page();
        assertThat(changed)
                .contains("<li><span class=\"badge changed\">đã thay đổi</span> "
                        + "<a href=\"year-end/2023/b/bao-cao-kiem-diem.docx\">")
                .contains("<li><span class=\"badge added\">mới</span> "
                        + "<a href=\"year-end/2023/c/bao-cao-kiem-diem.docx\">")
                .doesNotContain("year-end/2023/a/bao-cao-kiem-diem.docx\">year-end");

        // the same run publishing again, as after a crash in the publish step: the same changes, the same bytes
        publish("2023", units("a", "one", "b", "two, changed", "c", "three"), List.of(), "yearEndJob#1");
        assertThat(page()).isEqualTo(changed);

        publish("2023", units("a", "one", "b", "two, changed", "c", "three"), List.of(), "yearEndJob#2");
        assertThat(page()).contains("Không có thay đổi: các tài liệu giống hệt lần chạy trước.")
                .doesNotContain("class=\"badge");

        Files.delete(output.resolve("year-end/2023/c/bao-cao-kiem-diem.docx"));
        publish("2023", units("a", "one", "b", "two, changed"), List.of(), "yearEndJob#3");
        assertThat(page()).contains("<span class=\"badge removed\">không còn</span> "
                + "<code>year-end/2023/c/bao-cao-kiem-diem.docx</code>");
    }

    @Test
    void anotherPeriodsRunKeepsWhatThisPeriodsLastRunChanged() throws IOException {
        publish("2023", units("a", "one"), List.of(), "yearEndJob#0");
        publish("2023", units("a", "one, changed"), List.of(), "yearEndJob#1");
        publish("2022", units("a", "old"), List.of(), "yearEndJob#2");

        String page = page();
        String section2023 = page.substring(page.indexOf("<h2>Kiểm điểm năm 2023"), page.indexOf("<h2>Kiểm điểm năm 2022"));
        assertThat(section2023).contains("đã thay đổi");
        assertThat(page.substring(page.indexOf("<h2>Kiểm điểm năm 2022"))).contains("Lần chạy đầu tiên");
    }

    @Test
    void theSameReportsGiveTheSameBytesAndTextIsEscaped() throws IOException {
        publish("2023", units("a&<b>", "x"), List.of(), "yearEndJob#0");
        byte[] first = Files.readAllBytes(output.resolve("index.html"));
        IndexPage.update(output, output.resolve("year-end/2023"), "yearEndJob#0");
        assertThat(Files.readAllBytes(output.resolve("index.html"))).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .contains("Đơn vị a&amp;&lt;b&gt;")
                .contains("href=\"year-end/2023/a&amp;%3Cb%3E/bao-cao-kiem-diem.docx\"")
                .doesNotContain("<b>");
        assertThat(output.resolve("index.json")).content().contains("\"format\" : \"tongket-index/1\"");
    }

    @Test
    void aReportThatCannotBeReadLeavesOnlyItsPeriodOff() throws IOException {
        publish("2023", units("a", "x"), List.of(), "yearEndJob#0");
        Files.createDirectories(output.resolve("year-end/2019"));
        Files.writeString(output.resolve("year-end/2019/run-report.json"), "{ not json");
        Files.writeString(output.resolve("index.json"), "[1, 2");

        IndexPage.update(output, output.resolve("year-end/2023"), "yearEndJob#1");

        assertThat(page()).contains("<h2>Kiểm điểm năm 2023</h2>").doesNotContain("2019");
    }
}
