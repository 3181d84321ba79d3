package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A document of several sections: each has its own page size, orientation, margins, headers and numbering. */
class SectionTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Các phần", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "sections");
    private static final String HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    private static final String PORTRAIT = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\""
            + " w:footer=\"567\" w:gutter=\"0\"/>";
    private static final String LANDSCAPE = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"1701\" w:right=\"1134\" w:bottom=\"850\" w:left=\"1134\" w:header=\"567\""
            + " w:footer=\"567\" w:gutter=\"0\"/>";

    @Test
    void secondSectionInLandscapeGetsItsOwnPageSizeMarginsAndHeader() {
        String body = paragraph("Phần một, khổ dọc.")
                + "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>" + PORTRAIT
                + "</w:sectPr></w:pPr><w:r><w:t>Hết phần một.</w:t></w:r></w:p>"
                + paragraph("Phần hai, khổ ngang.");
        String lastSection = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>" + LANDSCAPE
                + "</w:sectPr>";

        PdfResult result = CONVERTER.convert(RawDocx.withBodyPartsAndSection(body, headers(), lastSection), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.pageSize(1)).containsExactly(595.3f, 841.9f);
        assertThat(pdf.pageSize(2)).containsExactly(841.9f, 595.3f);
        assertThat(pdf.words(1)).contains("Phần một, khổ dọc.", "Hết phần một.").doesNotContain("Phần hai");
        assertThat(pdf.words(2)).contains("Phần hai, khổ ngang.");
        assertThat(pdf.textNearTop(1, 56f)).isEqualTo("Đầu trang dọc 1");
        assertThat(pdf.textNearTop(2, 56f)).isEqualTo("Đầu trang ngang 2");
        // the landscape section's left margin is 2 cm, the portrait one's 3 cm
        assertThat(pdf.left(1, "Phần một")).isCloseTo(85.05f, org.assertj.core.data.Offset.offset(0.1f));
        assertThat(pdf.left(2, "Phần hai")).isCloseTo(56.7f, org.assertj.core.data.Offset.offset(0.1f));
        assertThat(pdf.baseline(2, "Phần hai")).isGreaterThan(85.05f);
    }

    @Test
    void sectionWithoutItsOwnHeaderKeepsThePreviousOneAndNumberingRestartsWhereAsked() {
        String body = paragraph("Một.")
                + "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>" + PORTRAIT
                + "</w:sectPr></w:pPr></w:p>"
                + paragraph("Hai.")
                + "<w:p><w:pPr><w:sectPr>" + PORTRAIT + "</w:sectPr></w:pPr></w:p>"
                + paragraph("Ba.");
        String lastSection = "<w:sectPr>" + PORTRAIT + "<w:pgNumType w:start=\"7\"/></w:sectPr>";

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(
                RawDocx.withBodyPartsAndSection(body, headers(), lastSection), META).pdf());

        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(pdf.textNearTop(1, 56f)).isEqualTo("Đầu trang dọc 1");
        assertThat(pdf.textNearTop(2, 56f)).isEqualTo("Đầu trang dọc 2");
        assertThat(pdf.textNearTop(3, 56f)).isEqualTo("Đầu trang dọc 7");
    }

    @Test
    void continuousSectionBreakStaysOnThePageAndTitlePageAppliesToTheSectionsFirstPage() {
        String body = paragraph("Một.")
                + "<w:p><w:pPr><w:sectPr>" + PORTRAIT + "</w:sectPr></w:pPr><w:r><w:t>Cuối phần một.</w:t></w:r></w:p>"
                + paragraph("Phần hai liền trang.")
                + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + paragraph("Trang sau.");
        String lastSection = "<w:sectPr><w:type w:val=\"continuous\"/>"
                + "<w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
                + "<w:headerReference w:type=\"first\" r:id=\"rId3\"/>" + PORTRAIT + "<w:titlePg/></w:sectPr>";

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(
                RawDocx.withBodyPartsAndSection(body, headers(), lastSection), META).pdf());

        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.words(1)).contains("Cuối phần một.", "Phần hai liền trang.");
        // page 1 started in section 1, which has no header; page 2 is section 2's second page
        assertThat(pdf.textNearTop(1, 56f)).isEmpty();
        assertThat(pdf.textNearTop(2, 56f)).isEqualTo("Đầu trang dọc 2");
    }

    @Test
    void oddPageSectionLeavesABlankPage() {
        String body = paragraph("Trang một.")
                + "<w:p><w:pPr><w:sectPr>" + PORTRAIT + "</w:sectPr></w:pPr></w:p>"
                + paragraph("Phần hai trên trang lẻ.");
        String lastSection = "<w:sectPr><w:type w:val=\"oddPage\"/>" + PORTRAIT + "</w:sectPr>";

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(
                RawDocx.withBodyAndSection(body, lastSection), META).pdf());

        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(pdf.words(2).trim()).isEmpty();
        assertThat(pdf.words(3)).contains("Phần hai trên trang lẻ.");
    }

    /** rId2: a header "Đầu trang dọc N", rId3: "Đầu trang ngang N", N the page number. */
    private static Map<String, RawDocx.Part> headers() {
        Map<String, RawDocx.Part> parts = new LinkedHashMap<>();
        parts.put("header1.xml", new RawDocx.Part(header("Đầu trang dọc"), "header", HEADER_TYPE));
        parts.put("header2.xml", new RawDocx.Part(header("Đầu trang ngang"), "header", HEADER_TYPE));
        return parts;
    }

    private static byte[] header(String text) {
        return ("<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p>"
                + "<w:r><w:t xml:space=\"preserve\">" + text + " </w:t></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:hdr>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
