package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Word fonts are drawn with the bundled fonts the mapping names; characters a font lacks with DejaVu. */
class FontFallbackTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Phông", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "fonts");
    private static final String VIETNAMESE = "Nghị quyết Đại hội đại biểu lần thứ XXIII đã được triển khai";

    @Test
    void vietnameseTextInAnUnknownFontIsDrawnInLiberationSerifWithOneWarningNamingTheFont() {
        String run = "<w:r><w:rPr><w:rFonts w:ascii=\"VNI Trang Trọng\" w:hAnsi=\"VNI Trang Trọng\"/></w:rPr>"
                + "<w:t>" + VIETNAMESE + "</w:t></w:r>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody("<w:p>" + run + "</w:p><w:p>" + run + "</w:p>"), META);

        assertThat(result.warnings()).containsExactly(
                "document: font 'VNI Trang Trọng' is replaced by Liberation Serif");
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.words(1)).contains(VIETNAMESE + " " + VIETNAMESE);
        assertThat(pdf.fonts()).extracting(PdfInspection.FontResource::baseFont)
                .allMatch(name -> name.endsWith("+LiberationSerif"));
    }

    @Test
    void symbolsTheLiberationFontsLackAreDrawnWithDejaVuAndExtracted() {
        String body = RawDocx.paragraph("Đã hoàn thành ✓ chỉ tiêu ★ trọng tâm ⇒ tiếp tục");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.words(1)).contains("Đã hoàn thành ✓ chỉ tiêu ★ trọng tâm ⇒ tiếp tục");
        assertThat(pdf.fonts()).extracting(PdfInspection.FontResource::baseFont)
                .anyMatch(name -> name.endsWith("+LiberationSerif"))
                .anyMatch(name -> name.endsWith("+DejaVuSans"));
        // the check mark sits in the line between the words around it
        assertThat(pdf.left(1, "✓")).isGreaterThan(pdf.right(1, "thành"));
        assertThat(pdf.right(1, "✓")).isLessThan(pdf.left(1, "chỉ"));
    }

    @Test
    void boldTextFallsBackToBoldDejaVu() {
        String body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Kết luận ✓</w:t></w:r></w:p>";

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf());

        assertThat(pdf.fonts()).extracting(PdfInspection.FontResource::baseFont)
                .anyMatch(name -> name.endsWith("+LiberationSerif-Bold"))
                .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
    }

    @Test
    void aCharacterNoBundledFontHasIsReportedWithItsParagraph() {
        String body = RawDocx.paragraph("Đoạn một") + RawDocx.paragraph("Chữ Hán 中 ở đây");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).containsExactly(
                "paragraph 2: character U+4E2D '中' is in no bundled font and is not drawn");
    }

    @Test
    void theMappingCanBeExtendedAndNamesOnlyBundledFonts() throws Exception {
        FontMapping mapping = FontMapping.defaults().read(new ByteArrayInputStream(
                "Calibri = Liberation Sans\nCambria = DejaVu Serif\n".getBytes(StandardCharsets.UTF_8)));
        String body = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/></w:rPr>"
                + "<w:t>Văn bản</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=\"Cambria\" w:hAnsi=\"Cambria\"/></w:rPr>"
                + "<w:t>Tiêu đề</w:t></w:r></w:p>";

        PdfResult result = new DocxToPdf(mapping).convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).isEmpty();
        assertThat(new PdfInspection(result.pdf()).fonts()).extracting(PdfInspection.FontResource::baseFont)
                .anyMatch(name -> name.endsWith("+LiberationSans"))
                .anyMatch(name -> name.endsWith("+DejaVuSerif"));
        assertThatThrownBy(() -> FontMapping.defaults().with("Calibri", "Carlito"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Carlito' is not a bundled font");
    }
}
