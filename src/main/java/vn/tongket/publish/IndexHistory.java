package vn.tongket.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tongket.ingest.MeetingReader;

/**
 * What output/index.json remembers of each run report (one job and period): the documents and their SHA-256 as it
 * last published them, and as they were before that run. A run is named by its caller (job and instance), so
 * that publishing again after a crash compares with the same "before" and tells the same changes.
 */
record IndexHistory(String format, List<Entry> reports) {

    static final String FORMAT = "tongket-index/1";

    /** @param before the documents before the run that published {@code files}; null when that was the first run */
    record Entry(String report, String run, Map<String, String> files, Map<String, String> before) {
    }

    /** A document that is new, changed or gone since the run before. */
    record Change(String path, Kind kind) {
        enum Kind { ADDED, CHANGED, REMOVED }
    }

    static IndexHistory read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new IndexHistory(FORMAT, List.of());
        }
        try {
            IndexHistory history = MeetingReader.mapper().readValue(Files.readAllBytes(file), IndexHistory.class);
            return FORMAT.equals(history.format()) ? history : new IndexHistory(FORMAT, List.of());
        } catch (IOException | RuntimeException unreadable) {
            // a page of an older version, or edited by hand: start the history again rather than fail the run
            return new IndexHistory(FORMAT, List.of());
        }
    }

    Entry entry(String report) {
        return reports.stream().filter(e -> e.report().equals(report)).findFirst().orElse(null);
    }

    /** This history with a report as a run has just published it. */
    IndexHistory published(String report, String run, Map<String, String> files) {
        Entry previous = entry(report);
        Map<String, String> before;
        if (previous == null) {
            before = null;
        } else if (Objects.equals(previous.run(), run)) {
            before = previous.before(); // the same run, published again after a crash
        } else {
            before = previous.files();
        }
        return with(new Entry(report, run, new TreeMap<>(files), before == null ? null : new TreeMap<>(before)));
    }

    /** This history with a report found in output/ that it did not know (published before the index existed). */
    IndexHistory known(String report, Map<String, String> files) {
        return entry(report) != null ? this : with(new Entry(report, null, new TreeMap<>(files), null));
    }

    /** Forgets reports no longer in output/. */
    IndexHistory retain(java.util.Set<String> present) {
        return new IndexHistory(FORMAT, reports.stream().filter(e -> present.contains(e.report())).toList());
    }

    private IndexHistory with(Entry entry) {
        List<Entry> entries = new ArrayList<>(reports.stream().filter(e -> !e.report().equals(entry.report()))
                .toList());
        entries.add(entry);
        entries.sort(java.util.Comparator.comparing(Entry::report));
        return new IndexHistory(FORMAT, List.copyOf(entries));
    }

    static List<Change> changes(Entry entry) {
        if (entry.before() == null) {
            return entry.files().keySet().stream().map(p -> new Change(p, Change.Kind.ADDED)).toList();
        }
        List<Change> changes = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(entry.files().keySet());
        paths.addAll(entry.before().keySet());
        for (String path : paths) {
            String now = entry.files().get(path);
            String then = entry.before().get(path);
            if (then == null) {
                changes.add(new Change(path, Change.Kind.ADDED));
            } else if (now == null) {
                changes.add(new Change(path, Change.Kind.REMOVED));
            } else if (!now.equals(then)) {
                changes.add(new Change(path, Change.Kind.CHANGED));
            }
        }
        return changes;
    }

    byte[] toJson() {
        return MeetingReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }
}
