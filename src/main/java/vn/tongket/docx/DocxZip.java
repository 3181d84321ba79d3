package vn.tongket.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a .docx and writes filled ones, deterministically: entries keep their order, every entry
 * carries the same fixed time (2000-01-01 00:00), and entries that are not templated are compressed once, at compile
 * time, and copied as they are into every filled document.
 */
final class DocxZip {

    /** Limits against zip bombs: a Word template is a few megabytes at most. */
    static final int MAX_ENTRIES = 10_000;
    /** A part (or picture) larger than this is refused before it is read whole. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    /** 2000-01-01 00:00:00 in MS-DOS date and time fields. */
    private static final int DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
    private static final int DOS_TIME = 0;

    record Entry(String name, byte[] data) {
    }

    /** An entry ready to be written: its bytes compressed (or stored) with their CRC and uncompressed size. */
    record Compressed(int method, long crc, long size, byte[] data) {
    }

    private DocxZip() {
    }

    static List<Entry> read(byte[] zip) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new ZipException("more than " + MAX_ENTRIES + " entries");
                }
                if (!names.add(e.getName())) {
                    throw new ZipException("the entry " + e.getName() + " occurs twice");
                }
                byte[] data = readLimited(in, e.getName(), Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
                total += data.length;
                entries.add(new Entry(e.getName(), data));
            }
        }
        if (entries.isEmpty()) {
            throw new ZipException("not a zip file, or an empty one");
        }
        return entries;
    }

    private static byte[] readLimited(InputStream in, String name, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long n = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
            n += r;
            if (n > limit) {
                throw new ZipException(limit < MAX_ENTRY_BYTES
                        ? "its content unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB in all"
                        : "the entry " + name + " unpacks to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    /** Compresses one entry; content that does not shrink (images, mostly) is stored. */
    static Compressed compress(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater, 8192)) {
            d.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            deflater.end();
        }
        if (out.size() >= data.length) {
            return new Compressed(STORED, crc.getValue(), data.length, data);
        }
        return new Compressed(DEFLATED, crc.getValue(), data.length, out.toByteArray());
    }

    /** An output stream that deflates what is written to it and keeps its CRC and size: a filled part. */
    static final class DeflatingSink extends OutputStream {
        private final CRC32 crc = new CRC32();
        private final ByteArrayOutputStream compressed = new ByteArrayOutputStream(32 * 1024);
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        private final DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 16 * 1024);
        private long size;

        @Override
        public void write(int b) throws IOException {
            crc.update(b);
            size++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            size += len;
            out.write(b, off, len);
        }

        /** Frees the compressor of a part that will not be finished. */
        void discard() {
            deflater.end();
        }

        Compressed finish() throws IOException {
            try {
                out.finish();
            } finally {
                deflater.end();
            }
            return new Compressed(DEFLATED, crc.getValue(), size, compressed.toByteArray());
        }
    }

    /** Writes a zip of entries whose content is compressed already (no zip64: a filled document stays small). */
    static final class Output {
        private final OutputStream out;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private long offset;
        private int count;

        Output(OutputStream out) {
            this.out = out;
        }

        void add(String name, Compressed c) throws IOException {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            boolean ascii = nameBytes.length == name.length();
            int flags = ascii ? 0 : 0x0800;
            if (offset + c.data().length + 30L + nameBytes.length > 0xFFFF_FFFFL || count == 0xFFFF) {
                throw new ZipException("the filled document is too large for a zip without zip64");
            }
            ByteArrayOutputStream local = new ByteArrayOutputStream(30 + nameBytes.length);
            int32(local, 0x04034b50);
            int16(local, 20);
            int16(local, flags);
            int16(local, c.method());
            int16(local, DOS_TIME);
            int16(local, DOS_DATE);
            int32(local, c.crc());
            int32(local, c.data().length);
            int32(local, c.size());
            int16(local, nameBytes.length);
            int16(local, 0);
            local.write(nameBytes);
            local.writeTo(out);
            out.write(c.data());

            int32(central, 0x02014b50);
            int16(central, 20);
            int16(central, 20);
            int16(central, flags);
            int16(central, c.method());
            int16(central, DOS_TIME);
            int16(central, DOS_DATE);
            int32(central, c.crc());
            int32(central, c.data().length);
            int32(central, c.size());
            int16(central, nameBytes.length);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int32(central, 0);
            int32(central, offset);
            central.write(nameBytes);

            offset += local.size() + c.data().length;
            count++;
        }

        void finish() throws IOException {
            central.writeTo(out);
            ByteArrayOutputStream end = new ByteArrayOutputStream(22);
            int32(end, 0x06054b50);
            int16(end, 0);
            int16(end, 0);
            int16(end, count);
            int16(end, count);
            int32(end, central.size());
            int32(end, offset);
            int16(end, 0);
            end.writeTo(out);
            out.flush();
        }

        private static void int16(ByteArrayOutputStream o, int v) {
            o.write(v & 0xFF);
            o.write((v >>> 8) & 0xFF);
        }

        private static void int32(ByteArrayOutputStream o, long v) {
            o.write((int) (v & 0xFF));
            o.write((int) ((v >>> 8) & 0xFF));
            o.write((int) ((v >>> 16) & 0xFF));
            o.write((int) ((v >>> 24) & 0xFF));
        }
    }
}
