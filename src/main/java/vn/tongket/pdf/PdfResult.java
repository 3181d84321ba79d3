package vn.tongket.pdf;

import java.util.List;

/**
 * The PDF and what could not be rendered faithfully.
 *
 * @param pdf      the PDF file
 * @param warnings human-readable notes naming each construct that was skipped or approximated and where it is
 */
public record PdfResult(byte[] pdf, List<String> warnings) {

    public PdfResult {
        warnings = List.copyOf(warnings);
    }
}
