package org.openpdf.text.pdf;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * Clears the horizontal metrics ({@code hmtx}) of the glyphs a TrueType subset leaves out.
 * <p>
 * OpenPDF's subsetter keeps the glyph numbers, and so copies the {@code hmtx} table whole: four bytes for every glyph
 * of the font (10 KiB for Liberation Serif's 2,581 glyphs), of which a document uses a hundred or two. Those widths,
 * all different, cost zlib more time than anything else in the subset. Zeroing the entries of the glyphs the subset
 * leaves out keeps the glyph numbers, the content streams and the {@code /W} widths as they were, and zlib
 * passes over the zeros quickly. Nothing reads those entries: the PDF draws only the glyphs it names, and their
 * widths, which PDF/A wants consistent with {@code /W}, stay.
 */
final class UnusedGlyphMetrics {

    private static final int TABLE_COUNT = 4;
    private static final int TABLE_RECORDS = 12;
    private static final int TABLE_RECORD_SIZE = 16;
    /** Where {@code numberOfHMetrics} lies in the {@code hhea} table. */
    private static final int NUMBER_OF_H_METRICS = 34;
    private static final int LONG_METRIC_SIZE = 4;
    private static final int SHORT_METRIC_SIZE = 2;

    private UnusedGlyphMetrics() {
    }

    /**
     * @param font the subset, as OpenPDF's {@link TrueTypeFontSubSet} writes it; changed in place
     * @param kept the glyphs in the subset: those the document uses, glyph 0 and the parts of composite glyphs
     * @return the same array
     */
    static byte[] clear(byte[] font, Set<Integer> kept) {
        int hmtx = record(font, "hmtx");
        int hhea = record(font, "hhea");
        if (hmtx < 0 || hhea < 0) {
            return font;
        }
        int start = readInt(font, hmtx + 8);
        int length = readInt(font, hmtx + 12);
        int longMetrics = readUnsignedShort(font, readInt(font, hhea + 8) + NUMBER_OF_H_METRICS);
        BitSet keep = new BitSet();
        kept.forEach(keep::set);
        int end = start + length;
        // the first numberOfHMetrics glyphs have an advance and a side bearing, the rest a side bearing only
        for (int from = keep.nextClearBit(0); offset(from, start, longMetrics) < end; ) {
            int to = keep.nextSetBit(from);
            int clearTo = to < 0 ? end : Math.min(offset(to, start, longMetrics), end);
            Arrays.fill(font, offset(from, start, longMetrics), clearTo, (byte) 0);
            if (to < 0) {
                break;
            }
            from = keep.nextClearBit(to);
        }
        writeInt(font, hmtx + 4, checksum(font, start, length));
        return font;
    }

    /** Where the glyph's entry starts in the font. */
    private static int offset(int glyph, int hmtxStart, int longMetrics) {
        return glyph < longMetrics ? hmtxStart + glyph * LONG_METRIC_SIZE
                : hmtxStart + longMetrics * LONG_METRIC_SIZE + (glyph - longMetrics) * SHORT_METRIC_SIZE;
    }

    /** The offset of the table's record in the table directory, or -1. */
    private static int record(byte[] font, String tag) {
        int tables = readUnsignedShort(font, TABLE_COUNT);
        for (int t = 0; t < tables; t++) {
            int at = TABLE_RECORDS + t * TABLE_RECORD_SIZE;
            if (font[at] == tag.charAt(0) && font[at + 1] == tag.charAt(1) && font[at + 2] == tag.charAt(2)
                    && font[at + 3] == tag.charAt(3)) {
                return at;
            }
        }
        return -1;
    }

    /** The table checksum: the sum of its big-endian 32-bit words, the last padded with zeros. */
    private static int checksum(byte[] font, int start, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            int word = 0;
            for (int b = 0; b < 4; b++) {
                word = (word << 8) | (i + b < length ? font[start + i + b] & 0xff : 0);
            }
            sum += word;
        }
        return sum;
    }

    private static int readUnsignedShort(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    private static void writeInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
