package vn.tongket.annex;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip files whose bytes depend only on their entries: every entry carries the same fixed time (2000-01-01 00:00,
 * written as an MS-DOS date and time, so the time zone does not matter) and no other metadata. Used for the pack and
 * to rewrite what POI writes (it stamps each entry with the current time).
 */
public final class DeterministicZip {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** A workbook this program wrote is small; the limits guard against reading something else by mistake. */
    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private DeterministicZip() {
    }

    /** A zip of the entries in the order given (names as keys, contents as values). */
    public static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same zip rewritten with fixed entry times, the entries in their order. */
    public static byte[] normalize(byte[] zip) {
        return write(read(zip));
    }

    /** The entries of a zip, in order. */
    public static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new IllegalArgumentException("more than " + MAX_ENTRIES + " zip entries");
                }
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += data.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("zip content larger than " + MAX_BYTES + " bytes");
                }
                entries.put(e.getName(), data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The entry names of a zip, in order. */
    public static List<String> names(byte[] zip) {
        return new ArrayList<>(read(zip).keySet());
    }
}
