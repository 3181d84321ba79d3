package vn.tongket.pdf;

import java.time.Instant;

/**
 * Document information written into the PDF.
 *
 * @param title       document title (Info /Title)
 * @param author      author, usually the issuing body (Info /Author)
 * @param subject     subject (Info /Subject)
 * @param language    BCP 47 language tag for the catalog /Lang, e.g. "vi-VN"
 * @param created     creation and modification date; a fixed value gives reproducible output
 * @param documentKey a stable identifier of the document; it seeds the font subset names and the file /ID,
 *                    so the same key and input give a byte-identical PDF
 */
public record PdfMetadata(String title, String author, String subject, String language, Instant created,
                          String documentKey) {
}
