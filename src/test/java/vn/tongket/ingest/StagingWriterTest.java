package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.staging.StagingStore;

/** Staging is safe to replay: a restarted ingest that writes the same files again changes nothing. */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:staging-writer-test;hsqldb.tx=mvcc")
class StagingWriterTest {

    @Autowired
    StagingStore store;

    @Test
    void writingTheSameFilesAgainStagesThemOnceAndRejectsOnlyARealDuplicate() throws Exception {
        MeetingFiles reader = new MeetingFiles(MeetingReader.NonNfcPolicy.REJECT, MeetingReader.DEFAULT_MAX_FILE_BYTES);
        Path seed = Path.of("input/000-thuong-tin-2023-kiem-diem.json");
        ReadResult first = reader.read(seed, "input/000.json");
        ReadResult copy = reader.read(seed, "input/000-copy.json");
        StagingWriter writer = new StagingWriter(store, 42);

        writer.write(new Chunk<>(List.of(first, copy)));
        writer.write(new Chunk<>(List.of(first, copy)));

        assertThat(store.stagedMeetings(42)).singleElement()
                .satisfies(m -> assertThat(m.file()).isEqualTo("input/000.json"));
        assertThat(store.problems(42)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("input/000-copy.json");
            assertThat(p.message()).contains("already used by input/000.json");
        });
    }
}
