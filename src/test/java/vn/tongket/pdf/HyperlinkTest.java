package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/** Hyperlinks become link annotations: to web addresses, and to bookmarks of the document. */
class HyperlinkTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Liên kết", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "links");
    private static final String URL = "https://dangcongsan.vn/tin-tuc?id=42&lang=vi";

    @Test
    void externalAndInternalLinksAreAnnotationsAndTheirTextIsKept() throws Exception {
        byte[] pdf = CONVERTER.convert(document(), META).pdf();
        PdfInspection inspection = new PdfInspection(pdf);

        assertThat(inspection.words(1)).contains("Xem Cổng thông tin điện tử và phụ lục số liệu ở trang sau.");
        List<PdfDictionary> links = inspection.annotations(1);
        assertThat(links).hasSize(2);
        PdfDictionary web = links.getFirst();
        assertThat(web.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.LINK);
        assertThat(web.getAsNumber(PdfName.F).intValue() & PdfAnnotation.FLAGS_PRINT).isNotZero();
        PdfDictionary uri = web.getAsDict(PdfName.A);
        assertThat(uri.getAsName(PdfName.S)).isEqualTo(PdfName.URI);
        assertThat(uri.getAsString(PdfName.URI).toUnicodeString()).isEqualTo(URL);
        // the annotation covers the linked words: it starts where "Cổng" starts
        assertThat(web.getAsArray(PdfName.RECT).getAsNumber(0).floatValue())
                .isCloseTo(inspection.left(1, "Cổng"), org.assertj.core.data.Offset.offset(0.5f));

        PdfDictionary internal = links.get(1);
        PdfDictionary goTo = internal.getAsDict(PdfName.A);
        assertThat(goTo.getAsName(PdfName.S)).isEqualTo(PdfName.GOTO);
        PdfArray destination = (PdfArray) PdfReader.getPdfObject(goTo.get(PdfName.D));
        assertThat(inspection.pageOf(destination.getPdfObject(0))).isEqualTo(2);
        PdfAComplianceTest.assertCompliant(pdf);
    }

    @Test
    void linkToAMissingBookmarkIsReportedAndItsTextDrawn() {
        String body = "<w:p><w:hyperlink w:anchor=\"khong_co\"><w:r><w:t>Mục không có</w:t></w:r></w:hyperlink></w:p>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).containsExactly("paragraph 1: link to bookmark 'khong_co' not rendered: the "
                + "document has no such bookmark (the text is drawn)");
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.words(1)).contains("Mục không có");
        assertThat(pdf.annotations(1)).isEmpty();
    }

    /** A link to a web address and one to a bookmark on page 2. */
    static byte[] document() {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Xem </w:t></w:r>"
                + "<w:hyperlink r:id=\"rId2\"><w:r><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr>"
                + "<w:t>Cổng thông tin điện tử</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t xml:space=\"preserve\"> và </w:t></w:r>"
                + "<w:hyperlink w:anchor=\"phu_luc\"><w:r><w:t>phụ lục số liệu</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t xml:space=\"preserve\"> ở trang sau.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"phu_luc\"/><w:r><w:t>PHỤ LỤC</w:t></w:r>"
                + "<w:bookmarkEnd w:id=\"0\"/></w:p>";
        Map<String, RawDocx.Part> parts = new LinkedHashMap<>();
        parts.put("link", RawDocx.Part.hyperlink(URL.replace("&", "&amp;")));
        return RawDocx.withBodyAndParts(body, parts);
    }
}
