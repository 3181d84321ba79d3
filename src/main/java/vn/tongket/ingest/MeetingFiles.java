package vn.tongket.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tongket.aggregate.SourcedMeeting;

/**
 * The one place that knows which reader takes which input file: a JSON file ({@code *.json}) or a workbook
 * ({@code *.xlsx}), both giving the same meeting model with located problems.
 */
public final class MeetingFiles {

    private final MeetingReader json;
    private final WorkbookMeetingReader workbook;

    public MeetingFiles(MeetingReader.NonNfcPolicy nonNfcPolicy, long maxFileBytes) {
        this.json = new MeetingReader(nonNfcPolicy, maxFileBytes);
        this.workbook = new WorkbookMeetingReader(nonNfcPolicy, maxFileBytes);
    }

    /** Whether a file in the input folder is a meeting file: *.json or *.xlsx, not hidden, not an Office lock file. */
    public static boolean isMeetingFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && (lower.endsWith(".json") || isWorkbook(file));
    }

    private static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public ReadResult read(Path file, String displayName) {
        return isWorkbook(file) ? workbook.read(file, displayName) : json.read(file, displayName);
    }

    /** The valid meetings of an input folder; each invalid file is named in {@code notes} and left out. */
    public List<SourcedMeeting> validMeetings(Path input, List<String> notes) {
        List<SourcedMeeting> meetings = new ArrayList<>();
        for (Path file : InputFiles.list(input)) {
            ReadResult result = read(file, InputFiles.displayName(input, file));
            if (result.accepted()) {
                meetings.add(new SourcedMeeting(result.file(), result.meeting()));
            } else {
                notes.add(result.file() + " is not valid and was left out (see tongket validate)");
            }
        }
        return meetings;
    }
}
