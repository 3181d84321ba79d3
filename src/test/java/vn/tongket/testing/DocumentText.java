package vn.tongket.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads back what the product wrote, as a user's tools would: the DOCX through POI, the PDF through OpenPDF. */
public final class DocumentText {

    private DocumentText() {
    }

    /** All text of a DOCX: body, tables, headers and footers. */
    public static String docx(Path file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page of a PDF. */
    public static List<String> pdfPages(Path file) {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(file))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text with line breaks folded to spaces, so a phrase wrapped over two lines is still found. */
    public static String pdf(Path file) {
        return String.join(" ", pdfPages(file)).replaceAll("\\s+", " ");
    }

    /** The base fonts used on the pages that are not embedded (an empty list is what a good PDF gives). */
    public static List<String> fontsNotEmbedded(Path file) {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(file))) {
            List<String> missing = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fonts == null) {
                    continue;
                }
                for (PdfName key : fonts.getKeys()) {
                    PdfDictionary font = fonts.getAsDict(key);
                    PdfDictionary described = font;
                    if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                        described = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                    }
                    PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
                    boolean embedded = descriptor != null && (descriptor.contains(PdfName.FONTFILE)
                            || descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3));
                    if (!embedded) {
                        missing.add(String.valueOf(font.getAsName(PdfName.BASEFONT)));
                    }
                }
            }
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many fonts the pages use, to make sure the check above looked at something. */
    public static int fontCount(Path file) {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(file))) {
            int count = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                count += fonts == null ? 0 : fonts.size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
