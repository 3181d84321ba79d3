package vn.tongket.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import vn.tongket.aggregate.SourcedMeeting;

/**
 * The one place that knows which reader takes which input file: a JSON file ({@code *.json}) or a workbook
 * ({@code *.xlsx}), both giving the same meeting model with located problems.
 */
public final class MeetingFiles {

    private final MeetingReader json;
    private final WorkbookMeetingReader workbook;

    public MeetingFiles(InputSettings settings) {
        this.json = new MeetingReader(settings);
        this.workbook = new WorkbookMeetingReader(settings);
    }

    public MeetingFiles(MeetingReader.NonNfcPolicy nonNfcPolicy, long maxFileBytes) {
        this(InputSettings.DEFAULTS.withNonNfc(nonNfcPolicy).withMaxFileBytes(maxFileBytes));
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

    /**
     * Every meeting file of a folder read, in name order, with a second meeting that takes an id already used
     * refused (naming the file that has it first), as the job's ingest does.
     */
    public List<ReadResult> readFolder(Path input) {
        List<ReadResult> results = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (Path file : InputFiles.list(input)) {
            ReadResult result = read(file, InputFiles.displayName(input, file));
            if (result.accepted()) {
                String first = fileOfId.putIfAbsent(result.meeting().id(), result.file());
                if (first != null) {
                    List<InputProblem> problems = new ArrayList<>(result.problems());
                    problems.add(duplicateId(result, first));
                    result = new ReadResult(result.file(), null, problems);
                }
            }
            results.add(result);
        }
        return results;
    }

    /** The problem of a meeting whose id another file already used. */
    public static InputProblem duplicateId(ReadResult result, String firstFile) {
        return InputProblem.error(result.file(), "/id", null, null, "meeting id \"" + result.meeting().id()
                + "\" is already used by " + firstFile + "; each meeting needs its own id");
    }

    /** The valid meetings of an input folder; each invalid file is named in {@code notes} and left out. */
    public List<SourcedMeeting> validMeetings(Path input, List<String> notes) {
        List<SourcedMeeting> meetings = new ArrayList<>();
        for (ReadResult result : readFolder(input)) {
            if (result.accepted()) {
                meetings.add(new SourcedMeeting(result.file(), result.meeting(), result.places()));
            } else {
                notes.add(result.file() + " is not valid and was left out (see tongket validate)");
            }
        }
        return meetings;
    }
}
