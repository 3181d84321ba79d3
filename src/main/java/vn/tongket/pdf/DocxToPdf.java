package vn.tongket.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Converts a filled DOCX into a PDF/A-2u file without an office suite: the Java runtime's XML parser reads the
 * document ({@code DocxPackage}), OpenPDF draws it with the bundled fonts as a {@link FontMapping} assigns them (Times
 * New Roman and unknown fonts become Liberation Serif), and characters a font lacks with the DejaVu fonts.
 * <p>
 * The same input and metadata give a byte-identical PDF. Whatever the converter cannot draw (text boxes, equations,
 * chart types other than bar, column, line and pie, ...) is skipped or approximated and named in
 * {@link PdfResult#warnings()}, as is any character that no bundled font has.
 * <p>
 * Thread-safe and reusable: the fonts are loaded once, when the converter is created.
 */
public final class DocxToPdf {

    private final FontLibrary fonts;

    /** A converter with the default font mapping ({@link FontMapping#defaults()}). */
    public DocxToPdf() {
        this(FontMapping.defaults());
    }

    /** A converter that draws Word fonts with the bundled fonts the mapping names. */
    public DocxToPdf(FontMapping fontMapping) {
        this.fonts = FontLibrary.with(Objects.requireNonNull(fontMapping, "fontMapping"));
    }

    /**
     * @param docx the DOCX file
     * @param meta document information; a null {@code documentKey} is replaced by a hash of the DOCX, a null
     *             {@code created} leaves the dates out, other null fields are left out
     * @throws PdfConversionException if the input is not a readable DOCX
     */
    public PdfResult convert(byte[] docx, PdfMetadata meta) {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(meta, "meta");
        Warnings warnings = new Warnings();
        DocumentModel model = read(docx, warnings);
        GlyphCoverage.check(model, fonts, warnings);
        String documentKey = meta.documentKey() != null ? meta.documentKey() : sha256Hex(docx);
        return new PdfResult(render(model, meta, documentKey, warnings), warnings.toList());
    }

    /** Renders once, or twice when a NUMPAGES field needs the page count of the first pass. */
    private byte[] render(DocumentModel model, PdfMetadata meta, String documentKey, Warnings warnings) {
        PdfRenderer renderer = new PdfRenderer(fonts, warnings);
        try {
            PdfRenderer.RenderedPdf pdf = renderer.render(model, meta, documentKey, null);
            if (model.usesPageCount()) {
                pdf = renderer.render(model, meta, documentKey, pdf.pageCount());
            }
            return pdf.pdf();
        } catch (RuntimeException e) {
            throw new PdfConversionException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static DocumentModel read(byte[] docx, Warnings warnings) {
        try {
            return DocxReader.read(DocxPackage.read(docx), warnings);
        } catch (IOException | RuntimeException e) {
            throw new PdfConversionException("not a readable DOCX: " + e.getMessage(), e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
