package vn.tongket.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.consistency.ConsistencyChecks;
import vn.tongket.consistency.Discrepancy;
import vn.tongket.ingest.InputSettings;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.ingest.ReadResult;

/** Checks every input file and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the meeting files in the input folder and reports every problem with its file and place"
                + " (line, column and JSON pointer; sheet and cell in a workbook), and every reported figure that"
                + " disagrees with the figures it is made from (a warning). Writes nothing. Exits 2 when any file is"
                + " invalid.")
public class ValidateCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder with the meeting files (*.json, *.xlsx); default: ${DEFAULT-VALUE}")
    Path input;

    @Option(names = "--normalize-nfc", hidden = true,
            description = "accept text that is not Unicode NFC and normalize it (now the default)")
    boolean normalizeNfc;

    @Option(names = "--reject-non-nfc",
            description = "refuse text that is not Unicode NFC (default: normalize it, with a warning per file)")
    boolean rejectNonNfc;

    @Option(names = "--reject-legacy-encoding",
            description = "refuse text in the legacy TCVN3 or VNI encodings (default: convert it, with a warning per"
                    + " file)")
    boolean rejectLegacyEncoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        InputSettings settings = InputSettings.DEFAULTS
                .withNonNfc(rejectNonNfc ? MeetingReader.NonNfcPolicy.REJECT : MeetingReader.NonNfcPolicy.NORMALIZE)
                .withLegacyEncoding(rejectLegacyEncoding ? InputSettings.LegacyEncodingPolicy.REJECT
                        : InputSettings.LegacyEncodingPolicy.CONVERT);
        List<ReadResult> results = new MeetingFiles(settings).readFolder(input);
        int invalid = 0;
        for (ReadResult result : results) {
            result.problems().stream().map(InputProblem::describe).forEach(out::println);
            if (!result.accepted()) {
                invalid++;
            }
        }
        List<Discrepancy> discrepancies = ConsistencyChecks.check(results.stream().filter(ReadResult::accepted)
                .map(r -> new SourcedMeeting(r.file(), r.meeting(), r.places())).toList());
        discrepancies.forEach(d -> out.println("warning: " + d.english()));
        out.printf("%d files checked: %d valid, %d invalid; %d reported figures disagree with the figures they are"
                + " made from%n", results.size(), results.size() - invalid, invalid, discrepancies.size());
        return invalid == 0 ? ExitCodes.OK : ExitCodes.REJECTED_INPUT;
    }
}
