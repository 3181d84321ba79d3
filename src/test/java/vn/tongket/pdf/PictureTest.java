package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Inline pictures ({@code w:drawing/wp:inline}). RawDocx pages: A4, left margin 85.05 pt, top margin 56.7 pt. */
class PictureTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Hình", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "pictures");
    private static final float LEFT_MARGIN = 85.05f;
    private static final Color BLUE = new Color(0x1F4E9F);

    @Test
    void inlinePictureIsDrawnAtItsExtentOnTheBaselineAndPushesTheNextLineDown() {
        String body = paragraph("Trước hình.") + "<w:p><w:r><w:t xml:space=\"preserve\">Hình: </w:t></w:r>"
                + picture("rId2", 1_270_000, 635_000) + "</w:p>" + paragraph("Sau hình.");

        PdfResult result = CONVERTER.convert(withImage(body, png(BLUE)), META);
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area image = pdf.areaOfColour(1, BLUE);

        assertThat(result.warnings()).isEmpty();
        assertThat(image).isNotNull();
        assertThat(image.right() - image.left()).isCloseTo(100f, within(0.5f));
        assertThat(image.bottom() - image.top()).isCloseTo(50f, within(0.5f));
        assertThat(image.left()).isCloseTo(pdf.right(1, "Hình:") + 2.5f, within(2f));
        assertThat(image.bottom()).isCloseTo(pdf.baseline(1, "Hình:"), within(0.5f));
        assertThat(image.top()).isGreaterThan(pdf.baseline(1, "Trước hình."));
        assertThat(pdf.baseline(1, "Sau hình.")).isGreaterThan(image.bottom() + 10f);
        assertThat(pdf.allWords()).contains("Trước hình.", "Hình:", "Sau hình.");
    }

    /**
     * A line that holds only a picture is as tall as the picture: LibreOffice puts no descent below it (measured:
     * the caption under a 3 cm picture alone in its paragraph comes 3 pt, the descent of 14 pt text, higher than
     * under the same picture after "Hình:").
     */
    @Test
    void aLineOfAPictureWithoutTextHasNoDescentBelowThePicture() {
        String alone = "<w:p>" + picture("rId2", 1_270_000, 635_000) + "</w:p>";
        String withText = "<w:p><w:r><w:t xml:space=\"preserve\">Hình: </w:t></w:r>" + picture("rId2", 1_270_000,
                635_000) + "</w:p>";

        PdfInspection pictureAlone = new PdfInspection(CONVERTER.convert(withImage(alone + paragraph("Chú thích."),
                png(BLUE)), META).pdf());
        PdfInspection pictureWithText = new PdfInspection(CONVERTER.convert(withImage(withText
                + paragraph("Chú thích."), png(BLUE)), META).pdf());

        PdfInspection.Area image = pictureAlone.areaOfColour(1, BLUE);
        assertThat(image.top()).isCloseTo(56.7f, within(0.5f));
        // the next line: its line gap and ascent (13.06 pt) below the picture
        assertThat(pictureAlone.baseline(1, "Chú thích.")).isCloseTo(image.bottom() + 13.06f, within(0.3f));
        assertThat(pictureWithText.baseline(1, "Chú thích.") - pictureAlone.baseline(1, "Chú thích."))
                .isCloseTo(3.02f, within(0.1f));
    }

    @Test
    void aPictureAloneInItsParagraphTakesItsHeightAndTheExtraOfLineSpacing() {
        String spacing = "<w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>";
        String body = "<w:p>" + spacing + "<w:r><w:t>Trước hình.</w:t></w:r></w:p>"
                + "<w:p>" + spacing + "<w:r><w:t></w:t></w:r>" + picture("rId2", 635_000, 635_000) + "</w:p>"
                + "<w:p>" + spacing + "<w:r><w:t>Sau hình.</w:t></w:r></w:p>";

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(withImage(body, png(BLUE)), META).pdf());
        PdfInspection.Area image = pdf.areaOfColour(1, BLUE);

        // LibreOffice (measured): the line is the picture's 50 pt and no text depth, then the 1.6 pt extra of
        // 14 pt text at 1.1 lines; from baseline to baseline 3.05 + 1.6 + 50 + 1.6 + 13.1 = 69.35 pt
        assertThat(pdf.baseline(1, "Sau hình.") - pdf.baseline(1, "Trước hình.")).isCloseTo(69.35f, within(0.4f));
        assertThat(image.bottom() - image.top()).isCloseTo(50f, within(0.5f));
    }

    @Test
    void pictureMadeByPoiIsDrawnWithoutWarning() {
        PdfResult result = CONVERTER.convert(SampleDocx.withPicture(), META);

        assertThat(result.warnings()).isEmpty();
        assertThat(new PdfInspection(result.pdf()).allText()).contains("Trước hình ảnh.", "Sau hình ảnh.");
    }

    @Test
    void pictureInAFormatOpenPdfCannotReadIsNamedAndSkipped() {
        String body = "<w:p><w:r><w:t>Có hình EMF</w:t></w:r>" + picture("rId2", 635_000, 635_000) + "</w:p>";
        byte[] notAnImage = "not an image".getBytes(StandardCharsets.US_ASCII);

        PdfResult result = CONVERTER.convert(withImage(body, notAnImage), META);

        assertThat(result.warnings()).containsExactly("paragraph 1: picture not rendered: the image format is not "
                + "supported (PNG, JPEG, GIF, BMP and TIFF are)");
        assertThat(new PdfInspection(result.pdf()).allWords()).contains("Có hình EMF");
    }

    static String picture(String relationshipId, long cx, long cy) {
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:docPr id=\"1\" name=\"Hình 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"h.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relationshipId + "\"/><a:stretch><a:fillRect/></a:stretch>"
                + "</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy
                + "\"/></a:xfrm><a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r>";
    }

    static byte[] withImage(String body, byte[] image) {
        Map<String, RawDocx.Part> parts = new LinkedHashMap<>();
        parts.put("media/image1.png", new RawDocx.Part(image, "image", "image/png"));
        return RawDocx.withBodyAndParts(body, parts);
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 20, 10);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
