package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.ChartTest.all;
import static vn.tongket.docx.ChartTest.chartXml;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraph;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class PictureBindingTest {

    /** An image of the given size and colour, as PNG or JPEG bytes. */
    static byte[] image(String format, int width, int height, Color colour) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a 4 cm by 2 cm placeholder picture described {@code description} at the end of the paragraph. */
    static void placeholder(XWPFParagraph p, String description) {
        try {
            XWPFRun r = p.createRun();
            r.addPicture(new ByteArrayInputStream(image("png", 20, 10, Color.GRAY)), Document.PICTURE_TYPE_PNG,
                    "mau.png", Units.EMU_PER_CENTIMETER * 4, Units.EMU_PER_CENTIMETER * 2);
            r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(description);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] logoTemplate() {
        return docx(doc -> {
            paragraph(doc.createParagraph(), "Đơn vị: ${unit.name}");
            placeholder(doc.createParagraph(), "Biểu trưng của đơn vị\nimage: unit.logo");
        });
    }

    @Test
    void aPictureDescribedWithImageShowsThePictureFromTheDataFittedIntoItsBox() throws IOException {
        byte[] logo = image("png", 300, 300, Color.RED);

        byte[] filled = DocxTemplate.compile("logo.docx", logoTemplate())
                .fill(Map.of("unit", Map.of("name", "Ba Vì", "logo", logo)));

        try (XWPFDocument doc = open(filled)) {
            List<XWPFPicture> pictures = doc.getParagraphs().get(1).getRuns().get(0).getEmbeddedPictures();
            assertThat(pictures).hasSize(1);
            XWPFPictureData data = pictures.get(0).getPictureData();
            assertThat(data.getData()).isEqualTo(logo);
            assertThat(data.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
            // a square picture in a 4 cm by 2 cm box: 2 cm by 2 cm
            assertThat(pictures.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCx())
                    .isEqualTo(2L * Units.EMU_PER_CENTIMETER);
        }
        String xml = chartXml(filled, "word/document.xml");
        assertThat(all(xml, "<wp:extent cx=\"(\\d+)\"")).containsExactly(String.valueOf(2 * Units.EMU_PER_CENTIMETER));
        assertThat(all(xml, "<wp:extent cx=\"\\d+\" cy=\"(\\d+)\"")).containsExactly(
                String.valueOf(2 * Units.EMU_PER_CENTIMETER));
    }

    @Test
    void aJpegPictureIsStoredAsJpegAndAWidePictureKeepsTheBoxWidth() throws IOException {
        byte[] photo = image("jpeg", 400, 100, Color.BLUE);

        byte[] filled = DocxTemplate.compile("anh.docx", logoTemplate())
                .fill(Map.of("unit", Map.of("name", "x", "logo", photo)));

        try (XWPFDocument doc = open(filled)) {
            XWPFPicture picture = doc.getParagraphs().get(1).getRuns().get(0).getEmbeddedPictures().get(0);
            assertThat(picture.getPictureData().getData()).isEqualTo(photo);
            assertThat(picture.getPictureData().getPictureType()).isEqualTo(Document.PICTURE_TYPE_JPEG);
            assertThat(picture.getPictureData().getPackagePart().getPartName().getName()).endsWith(".jpeg");
            assertThat(picture.getCTPicture().getSpPr().getXfrm().getExt().getCx())
                    .isEqualTo(4L * Units.EMU_PER_CENTIMETER);
            assertThat(picture.getCTPicture().getSpPr().getXfrm().getExt().getCy())
                    .isEqualTo(Units.EMU_PER_CENTIMETER);
        }
    }

    @Test
    void picturesInAListArePlacedPerItemAndTheSamePictureIsStoredOnce() throws IOException {
        byte[] template = docx(doc -> {
            paragraph(doc.createParagraph(), "<#list units as u>");
            placeholder(doc.createParagraph(), "image: u.logo");
            paragraph(doc.createParagraph(), "</#list>");
        });
        byte[] red = image("png", 10, 10, Color.RED);
        byte[] green = image("png", 10, 10, Color.GREEN);

        byte[] filled = DocxTemplate.compile("nhieu-anh.docx", template).fill(Map.of("units", List.of(
                Map.of("logo", red), Map.of("logo", green), Map.of("logo", red.clone()))));

        try (XWPFDocument doc = open(filled)) {
            List<byte[]> shown = doc.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream())
                    .map(p -> p.getPictureData().getData()).toList();
            assertThat(shown).containsExactly(red, green, red);
            assertThat(doc.getAllPictures().stream().filter(p -> p.getPackagePart().getPartName().getName()
                    .contains("tongket")).count()).isEqualTo(2);
        }
    }

    @Test
    void aMissingOrWrongPictureIsAProblemAtThePicture() {
        DocxTemplate template = DocxTemplate.compile("logo.docx", logoTemplate());

        TemplateProblem missing = catchThrowableOfType(TemplateProblem.class,
                () -> template.fill(Map.of("unit", Map.of("name", "x"))));
        TemplateProblem text = catchThrowableOfType(TemplateProblem.class,
                () -> template.fill(Map.of("unit", Map.of("name", "x", "logo", "logo.png"))));
        TemplateProblem notAnImage = catchThrowableOfType(TemplateProblem.class,
                () -> template.fill(Map.of("unit", Map.of("name", "x", "logo", "GIF89a...".getBytes()))));

        assertThat(missing.location()).isEqualTo("document body, paragraph 2");
        assertThat(missing.detail()).isEqualTo("the picture “unit.logo” is missing from the data");
        assertThat(text.detail()).isEqualTo("“unit.logo” should be the bytes of a PNG or JPEG picture, but it is"
                + " text “logo.png”");
        assertThat(notAnImage.detail()).contains("is not a PNG or JPEG picture");
    }

    @Test
    void aPictureWithoutTheMarkerIsLeftAsItIs() throws IOException {
        byte[] template = docx(doc -> placeholder(doc.createParagraph(), "Ảnh minh họa"));

        byte[] filled = DocxTemplate.compile("co-dinh.docx", template).fill(Map.of());

        try (XWPFDocument doc = open(filled); XWPFDocument original = open(template)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).getData()).isEqualTo(original.getAllPictures().get(0).getData());
        }
    }
}
