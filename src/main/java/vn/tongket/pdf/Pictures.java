package vn.tongket.pdf;

import java.io.IOException;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

/** Pictures for OpenPDF: which image bytes it can draw, and the image to draw at a size. */
final class Pictures {

    private Pictures() {
    }

    /** Whether OpenPDF reads the image (PNG, JPEG, GIF, BMP, TIFF; not EMF, WMF or SVG as Word stores them). */
    static boolean isReadable(byte[] image) {
        try {
            return Image.getInstance(image) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A new image object, scaled to the size; one per use, as OpenPDF ties an image to the PDF it is written in. */
    static Image scaled(Inline.Picture picture) {
        try {
            Image image = Image.getInstance(picture.image());
            image.scaleAbsolute(picture.widthPt(), picture.heightPt());
            return image;
        } catch (BadElementException | IOException e) {
            throw new IllegalStateException("the picture was readable when the document was read", e);
        }
    }
}
