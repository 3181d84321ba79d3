package vn.tongket.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.publish.RunReport;
import vn.tongket.testing.TemplateFiles;

/** Nightly runs on a copy of the sample input: identified by the run date, and incremental. */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:nightly-test;hsqldb.tx=mvcc")
class NightlyJobTest {

    @Autowired
    NightlyPlanner planner;

    @Autowired
    ReviewLauncher launcher;

    @TempDir
    Path work;

    Path input;
    Path templates;
    Path output;

    @BeforeEach
    void copyTheSample() throws IOException {
        input = copy(Path.of("input"), work.resolve("input"));
        templates = copy(Path.of("templates"), work.resolve("templates"));
        output = work.resolve("output");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private List<RunOutcome> night(String date) throws Exception {
        List<RunOutcome> outcomes = new ArrayList<>();
        for (ReviewRequest request : planner.plan(LocalDate.parse(date), List.of(), input, output, templates)) {
            outcomes.add(launcher.run(request));
        }
        return outcomes;
    }

    private RunReport report(String kindAndPeriod) throws IOException {
        return MeetingReader.mapper().readValue(output.resolve(kindAndPeriod).resolve("run-report.json").toFile(),
                RunReport.class);
    }

    private Map<String, FileTime> documentTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".docx"))
                    .toList()) {
                times.put(output.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    @Test
    void aNightMakesEveryPeriodTheInputHasThenOnlyWhatChanged() throws Exception {
        List<RunOutcome> first = night("2026-11-23");
        assertThat(first).extracting(RunOutcome::period)
                .containsExactly("year-end 2021", "year-end 2022", "year-end 2023", "half-year 2020-h1",
                        "mid-term 2020-2025");
        assertThat(first).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(o.unitsMade()).isEqualTo(o.units() + o.summaries()).isPositive();
        });
        assertThat(first.getLast()).as("the mid-term summary across units").extracting(RunOutcome::summaries)
                .isEqualTo(1);
        assertThat(report("year-end/2023").units()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("no earlier good run"));

        List<RunOutcome> again = night("2026-11-23");
        assertThat(again).as("the same night again: every run finished already").allSatisfy(o -> {
            assertThat(o.alreadyFinished()).isTrue();
            assertThat(o.executionId()).isIn(first.stream().map(RunOutcome::executionId).toList());
        });

        Map<String, FileTime> before = documentTimes();
        List<RunOutcome> quiet = night("2026-11-24");
        assertThat(quiet).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(o.alreadyFinished()).isFalse();
            assertThat(o.unitsMade()).isZero();
        });
        assertThat(documentTimes()).as("no document was written again").isEqualTo(before);
        RunReport quietReport = report("year-end/2023");
        assertThat(quietReport.notes()).contains("nothing changed since the last good run: no document was made again");
        assertThat(quietReport.units()).singleElement().satisfies(u -> {
            assertThat(u.made()).isFalse();
            assertThat(u.files()).extracting(RunReport.FileEntry::path)
                    .containsExactly("year-end/2023/thuong-tin/bao-cao-kiem-diem.docx",
                            "year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf");
        });

        Path seed = input.resolve("000-thuong-tin-2023-kiem-diem.json");
        Files.writeString(seed, Files.readString(seed).replace("\"actual\": 1528",
                "\"actual\": 1529"));
        List<RunOutcome> changed = night("2026-11-25");
        assertThat(changed).filteredOn(o -> o.period().equals("year-end 2023")).singleElement()
                .satisfies(o -> assertThat(o.unitsMade()).isEqualTo(1));
        assertThat(changed).filteredOn(o -> o.period().equals("mid-term 2020-2025")).singleElement()
                .as("Thường Tín's pack draws on 2023, and the summary across units on every pack")
                .satisfies(o -> assertThat(o.unitsMade()).isEqualTo(2));
        assertThat(changed).filteredOn(o -> !o.period().equals("year-end 2023") && !o.period().startsWith("mid-term"))
                .allSatisfy(o -> assertThat(o.unitsMade()).isZero());
        assertThat(report("year-end/2023").units()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("input changed"));
        assertThat(vn.tongket.testing.DocumentText.docx(output.resolve(
                "year-end/2023/thuong-tin/bao-cao-kiem-diem.docx"))).contains("1.529 tỷ đồng");

        Files.delete(output.resolve("year-end/2022/thanh-tri/bao-cao-kiem-diem.pdf"));
        TemplateFiles.edited(TemplateFiles.HALF_YEAR, templates.resolve("half-year/bao-cao-so-ket-6-thang.docx"),
                xml -> xml.replace("TÌNH HÌNH CHUNG", "TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG"));
        night("2026-11-26");
        assertThat(report("year-end/2022").units()).singleElement().satisfies(u -> assertThat(u.reason())
                .isEqualTo("templates changed"));
        assertThat(output.resolve("year-end/2022/thanh-tri/bao-cao-kiem-diem.pdf")).exists();
        assertThat(report("half-year/2020-h1").units()).singleElement()
                .satisfies(u -> assertThat(u.made()).isTrue());
    }

    @Test
    void aNightThatFailedIsRestartedTheSameNightAndFinishes() throws Exception {
        Path template = templates.resolve("year-end/bao-cao-kiem-diem.docx");
        byte[] good = Files.readAllBytes(template);
        TemplateFiles.edited(TemplateFiles.YEAR_END, template,
                xml -> xml.replace("${signature.name}", "${signature.nam}"));
        List<RunOutcome> failed = night("2026-12-01");
        assertThat(failed).filteredOn(o -> o.period().startsWith("year-end"))
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(BatchStatus.FAILED));

        Files.write(template, good);
        List<RunOutcome> again = night("2026-12-01");
        assertThat(again).filteredOn(o -> o.period().startsWith("year-end")).allSatisfy(o -> {
            assertThat(o.restarted()).isTrue();
            assertThat(o.status()).isEqualTo(BatchStatus.COMPLETED);
        });
        assertThat(again).filteredOn(o -> o.period().startsWith("half-year"))
                .allSatisfy(o -> assertThat(o.alreadyFinished()).isTrue());
        assertThat(output.resolve("year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf")).exists();
    }
}
