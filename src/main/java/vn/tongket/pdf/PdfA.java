package vn.tongket.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * What PDF/A-2u asks of the file beyond its content: XMP metadata that repeats the document information and
 * names the conformance level, and an output intent with the sRGB colour profile of the Java runtime. Fonts are
 * embedded and written without a CIDSet ({@link FontLibrary}), as PDF/A-2 wants when the CIDSet would not list
 * every glyph of the font program. Verified with veraPDF in the tests.
 */
final class PdfA {

    private static final String DUBLIN_CORE = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final ICC_Profile SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    private PdfA() {
    }

    /**
     * Writes the XMP metadata from the document information as it is now (call it when the dates are final) and
     * the output intent.
     *
     * @param language the BCP 47 language of the text, or null
     */
    static void describe(PdfWriter writer, String language) {
        try {
            writer.setXmpMetadata(xmp(writer, language));
            writer.setOutputIntents("Custom", "", "http://www.color.org", SRGB, SRGB_PROFILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XMP packet OpenPDF would write, with {@code dc:language} added. */
    private static byte[] xmp(PdfWriter writer, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(out, writer.getInfo(), PdfWriter.PDFA2U)) {
            if (language != null) {
                xmp.addRdfDescription(DUBLIN_CORE, "<dc:language><rdf:Bag><rdf:li>" + escape(language)
                        + "</rdf:li></rdf:Bag></dc:language>");
            }
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
