package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input folder holds JSON files and workbooks; each goes to its reader, lock files to none. */
class MeetingFilesTest {

    @TempDir
    Path input;

    @Test
    void theInputFolderListsJsonFilesAndWorkbooksButNotLockOrHiddenFiles() throws IOException {
        for (String name : new String[] {"b.xlsx", "a.json", "~$b.xlsx", ".~lock.b.xlsx#", ".c.xlsx", "d.XLSX",
                "notes.txt", "old.xls"}) {
            Files.writeString(input.resolve(name), "x");
        }
        assertThat(InputFiles.list(input)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.json", "b.xlsx", "d.XLSX");
    }

    @Test
    void eachFileGoesToItsReader() throws IOException {
        Files.copy(Path.of("input/000-thuong-tin-2023-kiem-diem.json"), input.resolve("000.json"));
        Files.copy(Path.of("docs/examples/000-thuong-tin-2023-kiem-diem.xlsx"), input.resolve("000.xlsx"));
        MeetingFiles files = new MeetingFiles(MeetingReader.NonNfcPolicy.REJECT, 5_000_000);

        ReadResult json = files.read(input.resolve("000.json"), "input/000.json");
        ReadResult workbook = files.read(input.resolve("000.xlsx"), "input/000.xlsx");

        assertThat(json.accepted()).isTrue();
        assertThat(workbook.accepted()).isTrue();
        assertThat(workbook.meeting()).isEqualTo(json.meeting());
    }

    @Test
    void problemsAreDescribedWithTheirPlaceInTheFile() {
        assertThat(InputProblem.error("input/a.json", "/indicators/3/actual", 12, 7, "expected a number").describe())
                .isEqualTo("input/a.json:12:7 (/indicators/3/actual): expected a number");
        assertThat(InputProblem.inWorkbook(InputProblem.Severity.ERROR, "input/x.xlsx", "Chỉ tiêu", "F7",
                "expected a number, found \"nhiều\"").describe())
                .isEqualTo("input/x.xlsx (sheet Chỉ tiêu, cell F7): expected a number, found \"nhiều\"");
        assertThat(InputProblem.inWorkbook(InputProblem.Severity.ERROR, "input/x.xlsx", "Chỉ tiêu", "1:1", "m")
                .describe()).isEqualTo("input/x.xlsx (sheet Chỉ tiêu, row 1): m");
        assertThat(InputProblem.inWorkbook(InputProblem.Severity.WARNING, "input/x.xlsx", "Nháp", null, "m")
                .describe()).isEqualTo("input/x.xlsx (sheet Nháp): warning: m");
        assertThat(InputProblem.inWorkbook(InputProblem.Severity.ERROR, "input/x.xlsx", null, null, "m").describe())
                .isEqualTo("input/x.xlsx: m");
    }
}
