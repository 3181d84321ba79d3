package vn.tongket.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Reads back a produced PDF: text with OpenPDF's extractor, fonts and document information with OpenPDF's reader,
 * positions of text with PDFBox.
 */
final class PdfInspection {

    /** A font resource of a page; {@code embedded} means its TrueType program (FontFile2) is in the file. */
    record FontResource(String baseFont, String subtype, boolean embedded) {
    }

    private final byte[] pdf;
    private final PdfReader reader;

    PdfInspection(byte[] pdf) {
        this.pdf = pdf;
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

    /**
     * The text of all pages read by PDFBox, which also reads the text of forms (charts are drawn in forms, which
     * OpenPDF's extractor skips), with every run of white space made one space.
     */
    String allWordsWithForms() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return placedText(page).stream().filter(run -> run.baseline() < distance)
                .map(PlacedText::text).collect(Collectors.joining(" ")).trim();
    }

    /** The text drawn within the given distance from the bottom edge of the page (the footer area). */
    String textNearBottom(int page, float distance) {
        float height = reader.getPageSize(page).getHeight();
        return placedText(page).stream().filter(run -> run.baseline() > height - distance)
                .map(PlacedText::text).collect(Collectors.joining(" ")).trim();
    }

    /** The left edge of the first occurrence of the text on the page, in points from the left edge. */
    float left(int page, String text) {
        return find(page, text).left();
    }

    /** The right edge of the first occurrence of the text on the page, in points from the left edge. */
    float right(int page, String text) {
        return find(page, text).right();
    }

    /** The baseline of the first occurrence of the text, in points down from the top edge of the page. */
    float baseline(int page, String text) {
        return find(page, text).baseline();
    }

    /** The baseline of the first line that holds nothing but the text (a note's number beside its note). */
    float baselineOfLine(int page, String text) {
        return placedText(page).stream().filter(line -> line.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + text + "' on page " + page)).baseline();
    }

    /** A piece of text on a line and where it is, in points from the top left corner of the page. */
    record PlacedText(String text, float left, float right, float baseline) {
    }

    /** A line of text as PDFBox reads it: one position for each character. */
    private record Line(List<TextPosition> glyphs) {

        String text() {
            return glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
        }

        /** The characters from start (inclusive) to end (exclusive), which must be one glyph each. */
        PlacedText part(int start, int end) {
            TextPosition first = glyphs.get(start);
            TextPosition last = glyphs.get(end - 1);
            return new PlacedText(text().substring(start, end), first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj());
        }
    }

    private PlacedText find(int page, String text) {
        for (Line line : lines(page)) {
            int start = line.text().indexOf(text);
            if (start >= 0) {
                return line.part(start, start + text.length());
            }
        }
        throw new AssertionError("'" + text + "' is not on page " + page);
    }

    private List<PlacedText> placedText(int page) {
        return lines(page).stream().map(line -> line.part(0, line.glyphs().size())).toList();
    }

    /**
     * The lines of a page with the position of every character, read with PDFBox: OpenPDF's own parser does
     * not follow the text offsets that OpenPDF writes for tabs and justification.
     */
    private List<Line> lines(int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines.add(new Line(List.copyOf(positions)));
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle on the page in points from the top left corner. */
    record Area(float left, float top, float right, float bottom) {
    }

    /**
     * The smallest rectangle holding every pixel of the colour (within a small tolerance) when the page is
     * rendered at 288 dpi by PDFBox, or null if the colour is not on the page.
     */
    Area areaOfColour(int page, java.awt.Color colour) {
        float scale = 4f;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImage(page - 1, scale, org.apache.pdfbox.rendering.ImageType.RGB);
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                    if (Math.abs(c.getRed() - colour.getRed()) < 24 && Math.abs(c.getGreen() - colour.getGreen()) < 24
                            && Math.abs(c.getBlue() - colour.getBlue()) < 24) {
                        minX = Math.min(minX, x);
                        minY = Math.min(minY, y);
                        maxX = Math.max(maxX, x);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            return maxX < 0 ? null : new Area(minX / scale, minY / scale, (maxX + 1) / scale, (maxY + 1) / scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font in the resources of the pages, each once. */
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

    /** Whether the font program is embedded as TrueType (FontFile2), in the descendant font of a Type0 font. */
    private static boolean isEmbedded(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary described = descendants == null
                ? font
                : (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
        PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
    }

    /** The width and height of a page in points. */
    float[] pageSize(int page) {
        org.openpdf.text.Rectangle size = reader.getPageSizeWithRotation(page);
        return new float[]{size.getWidth(), size.getHeight()};
    }

    /** The annotations of a page (an empty list when it has none). */
    List<PdfDictionary> annotations(int page) {
        PdfArray annotations = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
        List<PdfDictionary> result = new ArrayList<>();
        if (annotations != null) {
            for (int i = 0; i < annotations.size(); i++) {
                result.add((PdfDictionary) PdfReader.getPdfObject(annotations.getPdfObject(i)));
            }
        }
        return result;
    }

    /** The page number (from 1) of the page an indirect page reference leads to, or 0. */
    int pageOf(PdfObject pageReference) {
        for (int page = 1; page <= pageCount(); page++) {
            if (reader.getPageOrigRef(page).getNumber()
                    == ((org.openpdf.text.pdf.PRIndirectReference) pageReference).getNumber()) {
                return page;
            }
        }
        return 0;
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

    /**
     * A stroked path of a page, in points from the top left corner: its horizontal extent, the height of its
     * start, its width, whether it has curves, and whether it is painted with a pattern (not a plain colour).
     */
    record Stroke(float left, float right, float y, float width, boolean curved, boolean pattern) {
    }

    /** The paths stroked on a page (its forms too), in the order they are drawn. */
    List<Stroke> strokes(int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDPage pdPage = document.getPage(page - 1);
            float height = pdPage.getMediaBox().getHeight();
            List<Stroke> strokes = new ArrayList<>();
            new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(pdPage) {
                private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
                private boolean curved;
                private java.awt.geom.Point2D current = new java.awt.geom.Point2D.Float();

                @Override
                public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                                            java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {
                    path.moveTo(p0.getX(), p0.getY());
                    path.lineTo(p2.getX(), p2.getY());
                }

                @Override
                public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void moveTo(float x, float y) {
                    path.moveTo(x, y);
                    current = new java.awt.geom.Point2D.Float(x, y);
                }

                @Override
                public void lineTo(float x, float y) {
                    path.lineTo(x, y);
                    current = new java.awt.geom.Point2D.Float(x, y);
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    path.curveTo(x1, y1, x2, y2, x3, y3);
                    curved = true;
                    current = new java.awt.geom.Point2D.Float(x3, y3);
                }

                @Override
                public java.awt.geom.Point2D getCurrentPoint() {
                    return current;
                }

                @Override
                public void closePath() {
                    path.closePath();
                }

                @Override
                public void endPath() {
                    reset();
                }

                @Override
                public void strokePath() throws IOException {
                    java.awt.geom.Rectangle2D bounds = path.getBounds2D();
                    var state = getGraphicsState();
                    float scale = (float) Math.abs(state.getCurrentTransformationMatrix().getScalingFactorY());
                    float[] start = new float[6];
                    path.getPathIterator(null).currentSegment(start);
                    strokes.add(new Stroke((float) bounds.getMinX(), (float) bounds.getMaxX(), height - start[1],
                            state.getLineWidth() * scale, curved, state.getStrokingColor().getColorSpace()
                            instanceof org.apache.pdfbox.pdmodel.graphics.color.PDPattern));
                    reset();
                }

                @Override
                public void fillPath(int windingRule) {
                    reset();
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    strokePath();
                }

                @Override
                public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
                }

                private void reset() {
                    path.reset();
                    curved = false;
                }
            }.processPage(pdPage);
            return strokes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
