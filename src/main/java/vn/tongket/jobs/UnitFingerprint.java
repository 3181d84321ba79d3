package vn.tongket.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.tongket.render.DocumentMaker;
import vn.tongket.staging.StagingStore;

/**
 * What a unit's documents are made from, in four parts: its summed-up data (which follows from its input files),
 * the templates, the PDF font mapping and the product's version. Documents whose parts have not changed need not be
 * made again.
 */
public record UnitFingerprint(String data, String templates, String fonts, String version) {

    public static UnitFingerprint of(String summaryJson, String templatesFingerprint, String fontsFingerprint,
                                     String version) {
        return new UnitFingerprint(StagingStore.sha256(summaryJson), templatesFingerprint, fontsFingerprint, version);
    }

    /** The form kept in the database: {@code data=…;templates=…;fonts=…;version=…}. */
    @Override
    public String toString() {
        return "data=" + data + ";templates=" + templates + ";fonts=" + fonts + ";version=" + version;
    }

    /** Reads {@link #toString()}; a part that an older version did not keep reads as empty, so it counts as changed. */
    public static UnitFingerprint parse(String text) {
        Map<String, String> parts = new HashMap<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        return new UnitFingerprint(parts.getOrDefault("data", ""), parts.getOrDefault("templates", ""),
                parts.getOrDefault("fonts", ""), parts.getOrDefault("version", ""));
    }

    /** What changed since {@code previous}, in words for the run report: "input changed, templates changed". */
    public String changesSince(UnitFingerprint previous) {
        List<String> changes = new ArrayList<>();
        if (!data.equals(previous.data)) {
            changes.add("input changed");
        }
        if (!templates.equals(previous.templates)) {
            changes.add("templates changed");
        }
        if (!fonts.equals(previous.fonts)) {
            changes.add("PDF font mapping changed");
        }
        if (!version.equals(previous.version)) {
            changes.add("product version changed (" + previous.version + " → " + version + ")");
        }
        return String.join(", ", changes);
    }

    /** SHA-256 over every Word template under the templates folder, with its path: any edit changes it. */
    public static String ofTemplates(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> DocumentMaker.isTemplateName(p.getFileName().toString()))
                    .sorted().toList()) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
