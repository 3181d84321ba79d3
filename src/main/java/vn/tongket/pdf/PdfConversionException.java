package vn.tongket.pdf;

/** The input is not a readable DOCX, or the PDF could not be written. */
public class PdfConversionException extends RuntimeException {

    public PdfConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
