package vn.tongket.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.parser.MatchedPattern;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openpdf.text.pdf.parser.PdfTextLocator;

/** Reads back a produced PDF with OpenPDF: text, text in a region, fonts and document information. */
final class PdfInspection {

    /** A font resource of a page. */
    record FontResource(String baseFont, String subtype, boolean embedded) {
    }

    private final PdfReader reader;

    PdfInspection(byte[] pdf) {
        try {
            this.reader = new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pageCount() {
        return reader.getNumberOfPages();
    }

    /** The text of a page with every run of white space (line ends included) made one space. */
    String words(int page) {
        return text(page).replaceAll("\\s+", " ");
    }

    /** The text of all pages with every run of white space made one space. */
    String allWords() {
        return allText().replaceAll("\\s+", " ");
    }

    String text(int page) {
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String allText() {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pageCount(); page++) {
            text.append(text(page)).append('\n');
        }
        return text.toString();
    }

    /** The text drawn within the given distance from the top edge of the page (the header area). */
    String textNearTop(int page, float distance) {
        float height = reader.getPageSize(page).getHeight();
        float width = reader.getPageSize(page).getWidth();
        return textIn(page, new float[] {0f, height - distance, width, height});
    }

    /** The text drawn within the given distance from the bottom edge of the page (the footer area). */
    String textNearBottom(int page, float distance) {
        float width = reader.getPageSize(page).getWidth();
        return textIn(page, new float[] {0f, 0f, width, distance});
    }

    private String textIn(int page, float[] rectangle) {
        try {
            StringBuilder text = new StringBuilder();
            for (MatchedPattern match : new PdfTextLocator(reader).searchPage(page, rectangle)) {
                text.append(match.getText());
            }
            return text.toString().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font in the pages' resources; for composite fonts, embedded means the descendant has a FontFile2. */
    List<FontResource> fonts() {
        List<FontResource> fonts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= pageCount(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fontDictionary = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (fontDictionary == null) {
                continue;
            }
            for (PdfName key : fontDictionary.getKeys()) {
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fontDictionary.get(key));
                String baseFont = PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
                if (seen.add(baseFont)) {
                    fonts.add(new FontResource(baseFont, font.getAsName(PdfName.SUBTYPE).toString(),
                            isEmbedded(font)));
                }
            }
        }
        return fonts;
    }

    private static boolean isEmbedded(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary described = descendants == null
                ? font
                : (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
        PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && (descriptor.get(PdfName.FONTFILE2) != null
                || descriptor.get(PdfName.FONTFILE) != null || descriptor.get(PdfName.FONTFILE3) != null);
    }

    /** A text entry of the document information dictionary, or null. */
    String info(String key) {
        return reader.getInfo().get(key);
    }

    /** The catalog's /Lang entry, or null. */
    String language() {
        PdfString lang = reader.getCatalog().getAsString(PdfName.LANG);
        return lang == null ? null : lang.toUnicodeString();
    }

    /** The first element of the trailer's /ID array as bytes. */
    byte[] fileId() {
        PdfObject id = reader.getTrailer().getAsArray(PdfName.ID).getPdfObject(0);
        return ((PdfString) id).getOriginalBytes();
    }
}
