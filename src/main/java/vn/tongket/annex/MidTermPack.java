package vn.tongket.annex;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tongket.aggregate.UnitTermSummary;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.StagingStore.RenderedFile;

/**
 * A unit's mid-term pack: one zip ({@value #FILE}) holding the report (DOCX and PDF), the indicator workbook and a
 * {@code manifest.json} that names each file with its SHA-256, the input files the pack was made from with theirs,
 * the term, the as-of date and the product's version. Entries are sorted by name and carry a fixed time, so the
 * same files give the same zip.
 */
public final class MidTermPack {

    public static final String FILE = "goi-so-ket-giua-nhiem-ky.zip";
    public static final String MANIFEST = "manifest.json";

    private MidTermPack() {
    }

    /** What the manifest says. */
    public record Manifest(String product, String version, String document, String term, String asOf,
                           UnitRef unit, List<FileRef> files, List<FileRef> inputs) {
    }

    public record UnitRef(String id, String name) {
    }

    public record FileRef(String name, String sha256) {
    }

    public static RenderedFile pack(UnitTermSummary summary, List<RenderedFile> files) {
        List<RenderedFile> sorted = files.stream().sorted(Comparator.comparing(RenderedFile::name)).toList();
        Manifest manifest = new Manifest("tongket", productVersion(), "mid-term", summary.term().key(),
                summary.asOf().toString(), new UnitRef(summary.unitId(), summary.unit().name()),
                sorted.stream().map(f -> new FileRef(f.name(), StagingStore.sha256(f.content()))).toList(),
                summary.inputs().stream().map(f -> new FileRef(f.name(), f.sha256())).toList());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        sorted.forEach(f -> entries.put(f.name(), f.content()));
        entries.put(MANIFEST, MeetingReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        Map<String, byte[]> byName = new java.util.TreeMap<>(entries);
        return new RenderedFile(FILE, DeterministicZip.write(byName));
    }

    /** The version in the jar's manifest; a build run from the classes folder has none. */
    public static String productVersion() {
        String version = MidTermPack.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
