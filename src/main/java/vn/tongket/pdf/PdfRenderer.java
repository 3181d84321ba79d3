package vn.tongket.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link DocumentModel} as a PDF/A-2u file with OpenPDF, reproducibly: the dates come from the metadata,
 * and the font subset names and the file identifier are derived from the document key.
 */
final class PdfRenderer {

    /** The PDF and the number of pages it has. */
    record RenderedPdf(byte[] pdf, int pageCount) {
    }

    static final String PRODUCER = "tongket DocxToPdf (" + Document.getVersion() + ")";
    /**
     * zlib's fastest level for every stream, the embedded fonts included ({@link FontLibrary}): on the shipped
     * documents the PDFs are about 6 % larger than at zlib's default level and a conversion takes about a fifth less
     * CPU time, most of it spent compressing the font subsets (docs/benchmarks.md). The output stays reproducible.
     */
    static final int COMPRESSION_LEVEL = PdfStream.BEST_SPEED;
    private static final int FILE_ID_LENGTH = 16;

    private final FontLibrary fonts;
    private final Warnings warnings;

    PdfRenderer(FontLibrary fonts, Warnings warnings) {
        this.fonts = fonts;
        this.warnings = warnings;
    }

    /**
     * @param documentKey the key that seeds subset names and the file identifier
     * @param pageCount   the number of pages for NUMPAGES fields, or null when not known yet
     */
    RenderedPdf render(DocumentModel model, PdfMetadata meta, String documentKey, Integer pageCount) {
        PageSetup page = model.page();
        Document document = new Document(new Rectangle(page.width(), page.height()),
                page.marginLeft(), page.marginRight(), page.marginTop(), page.marginBottom());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeaderFooterEvent headersAndFooters;
        try (SubsetPrefixRandom.Binding seeded = SubsetPrefixRandom.seed(documentKey)) {
            PdfWriter writer = ReproduciblePdfWriter.create(document, out);
            writer.setPDFXConformance(PdfWriter.PDFA2U);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setCompressionLevel(COMPRESSION_LEVEL);
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            OutlineEvent outline = new OutlineEvent(model.body());
            ChunkTags tags = new ChunkTags();
            PdfContext context = new PdfContext(writer, fonts, tags, outline.hasEntries() ? outline : null,
                    model.bookmarks(), page);
            BlockRenderer blocks = new BlockRenderer(context, warnings, model.defaultTabStop(),
                    model.expandLineBreakLines());
            headersAndFooters = new HeaderFooterEvent(model, blocks, warnings, pageCount, context.footnotes());
            writer.setPageEvent(headersAndFooters);
            writer.setPageEvent(tags);
            if (outline.hasEntries()) {
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            }
            describe(document, meta);
            document.open();
            fixVariableParts(writer, meta, documentKey);
            PdfA.describe(writer, meta.language());
            FieldValues bodyFields = field -> switch (field.kind()) {
                case PAGE -> field.cachedResult();
                case NUMPAGES -> pageCount != null ? String.valueOf(pageCount) : field.cachedResult();
            };
            new BodyFlow(document, writer, blocks, bodyFields, warnings, headersAndFooters, context, page)
                    .render(model.sections());
            document.close();
        }
        return new RenderedPdf(out.toByteArray(), headersAndFooters.pagesFinished());
    }

    private static void describe(Document document, PdfMetadata meta) {
        if (meta.title() != null) {
            document.addTitle(meta.title());
        }
        if (meta.author() != null) {
            document.addAuthor(meta.author());
        }
        if (meta.subject() != null) {
            document.addSubject(meta.subject());
        }
        document.addProducer(PRODUCER);
    }

    /** Replaces what OpenPDF would take from the clock or a random source, and sets the language. */
    private static void fixVariableParts(PdfWriter writer, PdfMetadata meta, String documentKey) {
        PdfDictionary info = writer.getInfo();
        // the trailer /ID; ReproduciblePdfWriter keeps it out of the written information dictionary
        if (meta.created() != null) {
            PdfDate date = pdfDate(meta.created());
            info.put(PdfName.CREATIONDATE, date);
            info.put(PdfName.MODDATE, date);
        } else {
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
        }
        byte[] id = fileId(documentKey);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        if (meta.language() != null) {
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
        }
    }

    private static PdfDate pdfDate(Instant instant) {
        return new PdfDate(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
    }

    private static byte[] fileId(String documentKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(documentKey.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, FILE_ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
