package vn.tongket.ingest;

import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.staging.StagingStore;

/**
 * Stages the valid meetings of a chunk and records every problem, in the chunk's transaction. A second meeting
 * with an id already staged from another file is rejected, naming the file that had it first. Writing a file again
 * (a restarted ingest that reads a file it had already staged) replaces what was recorded for it.
 */
public class StagingWriter implements ItemWriter<ReadResult> {

    private final StagingStore store;
    private final long instance;

    public StagingWriter(StagingStore store, long instance) {
        this.store = store;
        this.instance = instance;
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        for (ReadResult result : chunk) {
            store.forgetFile(instance, result.file());
            if (!result.problems().isEmpty()) {
                store.recordProblems(instance, result.problems());
            }
            if (!result.accepted()) {
                continue;
            }
            Optional<String> first = store.stagedFileOf(instance, result.meeting().id());
            if (first.isPresent()) {
                store.recordProblems(instance, List.of(MeetingFiles.duplicateId(result, first.get())));
            } else {
                store.stageMeeting(instance, new SourcedMeeting(result.file(), result.meeting(), result.places()));
            }
        }
    }
}
