package vn.tongket.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.NaturalLastLinePdfDocument;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfIndirectObject;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A {@link PdfWriter} whose trailer {@code /ID} is given, not random, and that does not leave the identifier in
 * the document information. It writes through a {@link NaturalLastLinePdfDocument}, which sets the last line of a
 * justified paragraph as Word does.
 * <p>
 * OpenPDF 3.0.5 takes the trailer {@code /ID} from an entry {@code /FileId} of the information dictionary when
 * there is one (otherwise it draws random bytes), but writes that dictionary, entry included, before it reads the
 * entry. This writer keeps the entry for the trailer and writes the information dictionary without it. Put the
 * identifier there with {@code getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id))} after the
 * document is opened.
 */
final class ReproduciblePdfWriter extends PdfWriter {

    private ReproduciblePdfWriter(PdfDocument pdf, OutputStream out) {
        super(pdf, out);
    }

    /** A writer for the document, set up as {@link PdfWriter#getInstance(Document, OutputStream)} does. */
    static ReproduciblePdfWriter create(Document document, OutputStream out) {
        PdfDocument pdf = new NaturalLastLinePdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(pdf);
        ReproduciblePdfWriter writer = new ReproduciblePdfWriter(pdf, out);
        try {
            pdf.addWriter(writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("a new PDF document takes a writer", e);
        }
        return writer;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, boolean inObjStm) throws IOException {
        if (object == getInfo() && getInfo().contains(PdfName.FILEID)) {
            PdfDictionary info = new PdfDictionary();
            info.merge(getInfo());
            info.remove(PdfName.FILEID);
            return super.addToBody(info, inObjStm);
        }
        return super.addToBody(object, inObjStm);
    }
}
