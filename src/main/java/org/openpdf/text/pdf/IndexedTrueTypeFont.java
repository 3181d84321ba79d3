package org.openpdf.text.pdf;

import java.io.IOException;

import org.openpdf.text.DocumentException;

/**
 * OpenPDF's TrueType font with Identity-H encoding, embedded, whose glyph metrics for the Basic Multilingual Plane are
 * looked up in an array instead of a map.
 * <p>
 * OpenPDF asks {@link #getMetricsTT} for the glyph and width of every character it measures, breaks into lines,
 * writes and subsets, and answers from a {@code Map<Integer, int[]>}, boxing each character; in tongket's converter
 * that lookup was the largest single cost of laying text out. The array holds the very same {@code int[]} entries,
 * filled once when the font is loaded, so the PDF does not change. Characters beyond the plane go to the map.
 * <p>
 * This class sits in OpenPDF's package because the constructor of {@link TrueTypeFontUnicode} is package-private;
 * it works on the class path (not as a named module). Check it again when OpenPDF is upgraded: the converter's tests
 * compare its PDFs with the text and layout they expect.
 */
public final class IndexedTrueTypeFont extends TrueTypeFontUnicode {

    private static final int BMP = 0x10000;
    private final int[][] metrics;

    /**
     * @param fileName the font's file name, ending in {@code .ttf} (it names the font; the bytes are the font)
     * @param font     the font file
     */
    public IndexedTrueTypeFont(String fileName, byte[] font) throws DocumentException, IOException {
        super(fileName, IDENTITY_H, true, font, false);
        int[][] table = new int[BMP][];
        for (int c = 0; c < BMP; c++) {
            table[c] = super.getMetricsTT(c);
        }
        this.metrics = table;
    }

    @Override
    public int[] getMetricsTT(int c) {
        int[][] table = metrics; // null while the superclass constructor runs
        if (table != null && c >= 0 && c < BMP) {
            return table[c];
        }
        return super.getMetricsTT(c);
    }
}
