package vn.tongket.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The meeting files of an input folder, always in the same (name) order, and a fingerprint of their content. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The meeting files directly in {@code dir} ({@code *.json} and {@code *.xlsx}), sorted by name; hidden files
     * and Office lock files ({@code ~$…}) are left out.
     */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("input folder " + dir + " does not exist or is not a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(MeetingFiles::isMeetingFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + dir, e);
        }
    }

    /** SHA-256 over the names and contents of the files: the same input gives the same fingerprint. */
    public static String fingerprint(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a file is named in messages: relative to the input folder's parent ("input/000.json"). */
    public static String displayName(Path dir, Path file) {
        Path base = dir.toAbsolutePath().normalize();
        Path name = base.getFileName() == null ? file.getFileName() : base.getFileName().resolve(
                base.relativize(file.toAbsolutePath().normalize()));
        return name.toString().replace('\\', '/');
    }
}
