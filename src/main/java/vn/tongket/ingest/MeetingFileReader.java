package vn.tongket.ingest;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the input files one by one. The read count is saved at each commit, so a restarted ingest goes on
 * after the last file it staged.
 */
public class MeetingFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

    private final Path dir;
    private List<Path> files = List.of();

    public MeetingFileReader(Path dir) {
        this.dir = dir;
        setName("meetingFiles");
    }

    public Path directory() {
        return dir;
    }

    @Override
    protected void doOpen() {
        files = InputFiles.list(dir);
    }

    @Override
    protected Path doRead() {
        int next = getCurrentItemCount() - 1;
        return next < files.size() ? files.get(next) : null;
    }

    @Override
    protected void doClose() {
        files = List.of();
    }
}
