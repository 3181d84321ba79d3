package vn.tongket.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.tongket.render.DocumentMaker;
import vn.tongket.staging.StagingStore;

/**
 * What a unit's documents are made from, in three parts: its summed-up data (which follows from its input files),
 * the templates, and the product's version. Documents whose three parts have not changed need not be made again.
 */
public record UnitFingerprint(String data, String templates, String version) {

    public static UnitFingerprint of(String summaryJson, String templatesFingerprint, String version) {
        return new UnitFingerprint(StagingStore.sha256(summaryJson), templatesFingerprint, version);
    }

    /** The form kept in the database: {@code data=…;templates=…;version=…}. */
    @Override
    public String toString() {
        return "data=" + data + ";templates=" + templates + ";version=" + version;
    }

    public static UnitFingerprint parse(String text) {
        String[] parts = text.split(";", 3);
        return new UnitFingerprint(value(parts[0]), value(parts[1]), value(parts[2]));
    }

    private static String value(String part) {
        return part.substring(part.indexOf('=') + 1);
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
