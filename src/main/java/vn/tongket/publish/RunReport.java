package vn.tongket.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tongket.ingest.InputProblem;

/**
 * What one run did: the units and files it wrote, the input it rejected, and the warnings. Written as JSON for
 * tools and as text for people; it holds no times or ids, so the same input gives the same report.
 */
public record RunReport(String job, String period, List<String> unitsRequested, String input,
                        List<UnitEntry> units, List<RejectedFile> rejected, List<InputProblem> inputWarnings,
                        List<String> notes) {

    /**
     * @param made   whether this run made the unit's documents; an incremental run leaves unchanged ones in place
     * @param reason why they were made ("input changed", "made on request"), or why not
     */
    public record UnitEntry(String unit, String name, List<FileEntry> files, List<String> warnings, boolean made,
                            String reason) {
    }

    public record FileEntry(String path, String sha256) {
    }

    public record RejectedFile(String file, List<InputProblem> problems) {
    }

    /**
     * Whether a summarised entry is a document across units (the mid-term {@code _summary}) rather than a unit:
     * unit ids are slugs, which never start with "_".
     */
    public static boolean isAcrossUnits(String entry) {
        return entry.startsWith("_");
    }

    public static List<RejectedFile> rejectedFiles(List<InputProblem> problems) {
        Map<String, List<InputProblem>> byFile = new LinkedHashMap<>();
        problems.stream().filter(InputProblem::isError)
                .forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        return byFile.entrySet().stream().map(e -> new RejectedFile(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("tongket ").append(job).append(' ').append(period).append('\n');
        out.append("input: ").append(input).append('\n');
        out.append("units requested: ").append(unitsRequested.isEmpty() ? "all" : String.join(", ", unitsRequested))
                .append("\n\n");
        long summaries = units.stream().filter(u -> isAcrossUnits(u.unit())).count();
        out.append("Documents (").append(units.size() - summaries).append(" units")
                .append(summaries == 0 ? "" : ", " + summaries + " across units").append(")\n");
        for (UnitEntry unit : units) {
            out.append("  ").append(unit.name()).append(" [").append(unit.unit()).append("]")
                    .append(unit.made() ? "" : " unchanged").append(unit.reason().isEmpty() ? ""
                            : " (" + (unit.made() ? "made: " : "") + unit.reason() + ")").append('\n');
            unit.files().forEach(f -> out.append("    ").append(f.path()).append('\n'));
            unit.warnings().forEach(w -> out.append("    warning: ").append(w).append('\n'));
        }
        out.append("\nRejected input (").append(rejected.size()).append(" files)\n");
        for (RejectedFile file : rejected) {
            file.problems().forEach(p -> out.append("  ").append(p.describe()).append('\n'));
        }
        if (!inputWarnings.isEmpty()) {
            out.append("\nInput warnings\n");
            inputWarnings.forEach(p -> out.append("  ").append(p.describe()).append('\n'));
        }
        if (!notes.isEmpty()) {
            out.append("\nNotes\n");
            notes.forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }
}
