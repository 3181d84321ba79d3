package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

class OutlineTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Outline", null, null, "vi-VN", Instant.parse("2023-12-25T01:30:00Z"), "outline");

    @Test
    void shippedTemplateGetsItsRomanAndNumberedSectionsAsBookmarks() throws IOException {
        ShippedDocuments.Filled filled = ShippedDocuments.first();

        List<Map<String, Object>> outline = outline(CONVERTER.convert(filled.docx(), filled.meta()).pdf());

        assertThat(titles(outline)).hasSize(7).allMatch(t -> t.matches("[IVX]+\\. .*"));
        assertThat(titles(outline).getFirst()).isEqualTo("I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC");
        assertThat(titles(outline).get(1)).isEqualTo("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
        assertThat(titles(outline).getLast()).isEqualTo("VII. TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG");
        assertThat(titles(kids(outline.getFirst()))).hasSize(4).allMatch(t -> t.matches("[1-4]\\. .*"));
        assertThat(titles(kids(outline.get(1))))
                .containsExactly("1. Hạn chế, khuyết điểm", "2. Nguyên nhân của hạn chế, khuyết điểm");
        assertThat((String) outline.getFirst().get("Page")).startsWith("1 XYZ");
    }

    @Test
    void outlineLevelsGiveTheTreeAndTheHeuristicIsNotUsed() throws IOException {
        String body = heading(0, "Chương một") + RawDocx.paragraph("Văn bản.") + heading(1, "Mục 1.1")
                + heading(2, "Tiểu mục 1.1.1") + bold("I. Đậm nhưng không phải đề mục") + heading(0, "Chương hai")
                + heading(2, "Bỏ cấp") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + heading(1, "Trang hai");

        List<Map<String, Object>> outline = outline(CONVERTER.convert(RawDocx.withBody(body), META).pdf());

        assertThat(titles(outline)).containsExactly("Chương một", "Chương hai");
        assertThat(titles(kids(outline.getFirst()))).containsExactly("Mục 1.1");
        assertThat(titles(kids(kids(outline.getFirst()).getFirst()))).containsExactly("Tiểu mục 1.1.1");
        assertThat(titles(kids(outline.get(1)))).containsExactly("Bỏ cấp", "Trang hai");
        assertThat((String) kids(outline.get(1)).get(1).get("Page")).startsWith("2 XYZ");
    }

    @Test
    void headingStylesGiveTheirOutlineLevel() throws IOException {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
                + "<w:basedOn w:val=\"Heading1\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/>"
                + "<w:basedOn w:val=\"Heading2\"/></w:style>";
        String body = styled("Heading1", "Phần A") + styled("Heading2", "Mục A.1") + styled("Heading3", "Kế thừa")
                + RawDocx.paragraph("Văn bản.");

        List<Map<String, Object>> outline =
                outline(CONVERTER.convert(RawDocx.withBodyAndStyles(body, styles), META).pdf());

        assertThat(titles(outline)).containsExactly("Phần A");
        assertThat(titles(kids(outline.getFirst()))).containsExactly("Mục A.1", "Kế thừa");
    }

    @Test
    void documentWithoutHeadingsHasNoOutline() throws IOException {
        byte[] pdf = CONVERTER.convert(RawDocx.withBody(RawDocx.paragraph("1. Không đậm")
                + bold("Đậm nhưng không đánh số")), META).pdf();

        assertThat(outline(pdf)).isNull();
    }

    private static String heading(int level, String text) {
        return "<w:p><w:pPr><w:outlineLvl w:val=\"" + level + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String bold(String text) {
        return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String styled(String styleId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static List<Map<String, Object>> outline(byte[] pdf) throws IOException {
        return SimpleBookmark.getBookmarkList(new PdfReader(pdf));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kids(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("Kids");
    }

    private static List<String> titles(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> (String) e.get("Title")).toList();
    }
}
