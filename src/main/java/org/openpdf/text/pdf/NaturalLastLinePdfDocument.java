package org.openpdf.text.pdf;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;

/**
 * OpenPDF's {@link PdfDocument} with the last line of a justified paragraph set with natural word spacing, as
 * Word and LibreOffice set it.
 * <p>
 * OpenPDF 3.0.5 ({@code writeLineToContent}) gives a justified line that ends the paragraph the word spacing of the
 * justified line above it whenever that fits; tongket's converter needs Word's behaviour. The spacing OpenPDF
 * carries over is the last base factor in {@code currentValues[1]}; it is cleared for such lines, so the line
 * gets no extra spacing. Line breaking is not affected (it happens before, and simulation does not draw).
 * <p>
 * This class sits in OpenPDF's package because the method is package-private; it works on the class path (not
 * as a named module). Check it again when OpenPDF is upgraded: {@code vn.tongket.pdf.ParagraphLayoutTest} covers
 * it.
 */
public class NaturalLastLinePdfDocument extends PdfDocument {

    @Override
    void writeLineToContent(PdfLine line, PdfContentByte text, PdfContentByte graphics, Object[] currentValues,
                            float ratio) throws DocumentException {
        if (line.alignment == Element.ALIGN_JUSTIFIED && line.isNewlineSplit()) {
            currentValues[1] = 0f;
        }
        super.writeLineToContent(line, text, graphics, currentValues, ratio);
    }
}
