package org.openpdf.text.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UnusedGlyphMetricsTest {

    @Test
    void aSubsetKeepsTheMetricsOfItsOwnGlyphsAndZeroesTheRest() throws Exception {
        byte[] ttf;
        try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            ttf = in.readAllBytes();
        }
        IndexedTrueTypeFont font = new IndexedTrueTypeFont("LiberationSerif-Regular.ttf", ttf);
        HashMap<Integer, int[]> used = new HashMap<>();
        "Hà Nội, ngày 15".codePoints().forEach(c -> used.put(font.getMetricsTT(c)[0], font.getMetricsTT(c)));
        byte[] subset = new TrueTypeFontSubSet("LiberationSerif-Regular.ttf", new RandomAccessFileOrArray(ttf), used,
                0, false, false).process();
        Set<Integer> kept = used.keySet(); // the subsetter added glyph 0 and the parts of composite glyphs
        byte[] before = subset.clone();

        UnusedGlyphMetrics.clear(subset, kept);

        int hmtx = table(subset, "hmtx");
        int start = Bytes.int32(subset, hmtx + 8);
        int length = Bytes.int32(subset, hmtx + 12);
        int numberOfHMetrics = Bytes.uint16(subset, Bytes.int32(subset, table(subset, "hhea") + 8) + 34);
        assertThat(numberOfHMetrics).isEqualTo(length / 4);
        int cleared = 0;
        for (int glyph = 0; glyph < numberOfHMetrics; glyph++) {
            int at = start + 4 * glyph;
            if (kept.contains(glyph)) {
                assertThat(Bytes.int32(subset, at)).as("glyph %d", glyph).isEqualTo(Bytes.int32(before, at));
            } else {
                assertThat(Bytes.int32(subset, at)).as("glyph %d", glyph).isZero();
                cleared += Bytes.int32(before, at) != 0 ? 1 : 0;
            }
        }
        assertThat(cleared).isGreaterThan(2000);
        for (int[] metrics : used.values()) {
            if (metrics != null) {
                // the advance the PDF's /W gives the glyph, in font units of 1000 per em as OpenPDF scales it
                assertThat(Bytes.uint16(subset, start + 4 * metrics[0]) * 1000 / 2048).isEqualTo(metrics[1]);
            }
        }
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            sum += Bytes.int32(subset, start + i);
        }
        assertThat(Bytes.int32(subset, hmtx + 4)).isEqualTo(sum);
        // the other tables are untouched
        for (int i = 0; i < subset.length; i++) {
            if ((i < start || i >= start + length) && (i < hmtx + 4 || i >= hmtx + 8)) {
                assertThat(subset[i]).as("byte %d", i).isEqualTo(before[i]);
            }
        }
    }

    private static int table(byte[] font, String tag) {
        for (int t = 0; t < Bytes.uint16(font, 4); t++) {
            int at = 12 + 16 * t;
            if (new String(font, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag)) {
                return at;
            }
        }
        throw new AssertionError("no table " + tag);
    }

    private static final class Bytes {
        static int uint16(byte[] b, int at) {
            return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
        }

        static int int32(byte[] b, int at) {
            return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
        }
    }
}
