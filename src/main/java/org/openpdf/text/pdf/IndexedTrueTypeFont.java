package org.openpdf.text.pdf;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.openpdf.text.DocumentException;

/**
 * OpenPDF's TrueType font with Identity-H encoding, embedded, whose glyph metrics for the Basic Multilingual Plane are
 * looked up in an array instead of a map, and whose subsets carry the horizontal metrics of their own glyphs only.
 * <p>
 * OpenPDF asks {@link #getMetricsTT} for the glyph and width of every character it measures, breaks into lines,
 * writes and subsets, and answers from a {@code Map<Integer, int[]>}, boxing each character; in tongket's converter
 * that lookup was the largest single cost of laying text out. The array holds the very same {@code int[]} entries,
 * filled once when the font is loaded, so the PDF does not change. Characters beyond the plane go to the map.
 * <p>
 * {@link #writeFont} writes the objects OpenPDF's {@link TrueTypeFontUnicode#writeFont} writes for an embedded subset
 * without a CIDSet, in the same order, with the {@code hmtx} entries of the glyphs left out of the subset zeroed
 * ({@link UnusedGlyphMetrics}); other cases go to OpenPDF. The dictionaries come from OpenPDF's own private methods.
 * <p>
 * This class sits in OpenPDF's package because the constructor of {@link TrueTypeFontUnicode} is package-private;
 * it works on the class path (not as a named module). Check it again when OpenPDF is upgraded: the converter's tests
 * compare its PDFs with the text and layout they expect.
 */
public final class IndexedTrueTypeFont extends TrueTypeFontUnicode {

    private static final int BMP = 0x10000;
    private static final MethodHandle CID_FONT = privateMethod("getCIDFontType2", PdfDictionary.class,
            PdfIndirectReference.class, String.class, int[][].class);
    private static final MethodHandle TO_UNICODE = privateMethod("getToUnicode", PdfStream.class, int[][].class);
    private static final MethodHandle TYPE0_FONT = privateMethod("getFontBaseType", PdfDictionary.class,
            PdfIndirectReference.class, String.class, PdfIndirectReference.class);
    private final int[][] metrics;
    /** The font's {@code loca} table as the subsetter reads it, once; null until the first subset. */
    private volatile int[] loca;
    private volatile boolean shortLoca;

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

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        if (cff || !subset || directoryOffset != 0 || includeCidSet
                || writer.getPDFXConformance() == PdfWriter.PDFA1A || writer.getPDFXConformance() == PdfWriter.PDFA1B) {
            super.writeFont(writer, ref, params);
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
        addRangeUni(longTag, true, subset);
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        // the subsetter adds glyph 0 and the parts of composite glyphs to longTag
        byte[] font = new LocaReadOnce(longTag).process();
        UnusedGlyphMetrics.clear(font, longTag.keySet());
        PdfIndirectReference fontFile = writer.addToBody(new StreamFont(font, new int[]{font.length},
                compressionLevel)).getIndirectReference();
        String subsetPrefix = createSubsetPrefix();
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(fontFile, subsetPrefix, null))
                .getIndirectReference();
        try {
            PdfIndirectReference cidFont = writer.addToBody((PdfDictionary) CID_FONT.invoke(this, descriptor,
                    subsetPrefix, metrics)).getIndirectReference();
            PdfStream toUnicode = (PdfStream) TO_UNICODE.invoke(this, mergeMetricsAndFillerCmap(metrics, fillerCmap));
            PdfIndirectReference toUnicodeRef = toUnicode == null ? null
                    : writer.addToBody(toUnicode).getIndirectReference();
            writer.addToBody((PdfDictionary) TYPE0_FONT.invoke(this, cidFont, subsetPrefix, toUnicodeRef), ref);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** OpenPDF's subsetter, reading the font's {@code loca} table (the offsets of all its glyphs) once per font. */
    private final class LocaReadOnce extends TrueTypeFontSubSet {

        LocaReadOnce(HashMap<Integer, int[]> glyphs) {
            super(IndexedTrueTypeFont.this.fileName, new RandomAccessFileOrArray(IndexedTrueTypeFont.this.rf), glyphs,
                    IndexedTrueTypeFont.this.directoryOffset, false, false);
        }

        @Override
        protected void readLoca() throws IOException, DocumentException {
            int[] known = loca;
            if (known != null) {
                locaShortTable = shortLoca;
                locaTable = known; // only read from here on
                return;
            }
            super.readLoca();
            shortLoca = locaShortTable;
            loca = locaTable;
        }
    }

    private static MethodHandle privateMethod(String name, Class<?> returns, Class<?>... parameters) {
        try {
            return MethodHandles.privateLookupIn(TrueTypeFontUnicode.class, MethodHandles.lookup())
                    .findVirtual(TrueTypeFontUnicode.class, name, MethodType.methodType(returns, parameters));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("OpenPDF's TrueTypeFontUnicode." + name + " is not as expected: "
                    + e);
        }
    }
}
