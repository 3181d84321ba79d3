package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraphs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Word structures POI does not write easily, typed as WordprocessingML the way Word and LibreOffice save them. */
class WordStructuresTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"w14\">"
            + "<w:body>";
    private static final String TAIL = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";

    private static byte[] template(String body) {
        return Templates.withEntry(paragraphs("x"), "word/document.xml",
                (HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8));
    }

    private static String documentXml(byte[] docx) {
        return new String(DocxTemplateTest.entry(docx, "word/document.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void placeholdersSplitAcrossHyperlinksContentControlsAndRsidsAreJoined() throws IOException {
        byte[] template = template(
                "<w:p w:rsidR=\"00A1\" w14:paraId=\"1A2B3C4D\">"
                + "<w:r w:rsidR=\"00B2\"><w:t xml:space=\"preserve\">Xem </w:t></w:r>"
                + "<w:hyperlink w:anchor=\"muc1\"><w:r w:rsidR=\"00C3\"><w:rPr><w:b/></w:rPr><w:t>${sect</w:t></w:r>"
                + "<w:bookmarkStart w:id=\"3\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"3\"/>"
                + "<w:r w:rsidR=\"00D4\"><w:lastRenderedPageBreak/><w:t>ion}</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t xml:space=\"preserve\"> và </w:t></w:r>"
                + "<w:sdt><w:sdtPr><w:alias w:val=\"Đơn vị\"/></w:sdtPr><w:sdtContent>"
                + "<w:r><w:t>${un</w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:r><w:rPr><w:i/></w:rPr><w:t>it}.</w:t></w:r></w:p>");

        byte[] filled = DocxTemplate.compile("lien-ket.docx", template)
                .fill(Map.of("section", "Mục I", "unit", "Huyện ủy Mê Linh"));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Xem Mục I và Huyện ủy Mê Linh.");
        }
        assertThat(documentXml(filled))
                .contains("<w:hyperlink w:anchor=\"muc1\"><w:r w:rsidR=\"00C3\"><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Mục I</w:t>")
                .doesNotContain("lastRenderedPageBreak");
    }

    @Test
    void aTagParagraphHoldingASectionBreakKeepsTheBreak() {
        String sectPr = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>";
        byte[] template = template(
                "<w:p><w:r><w:t>&lt;#list xs as x&gt;</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>${x}</w:t></w:r></w:p>"
                + "<w:p><w:pPr>" + sectPr + "</w:pPr><w:r><w:t>&lt;/#list&gt;</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Phụ lục</w:t></w:r></w:p>");

        byte[] filled = DocxTemplate.compile("ngat-trang.docx", template).fill(Map.of("xs", List.of("a", "b")));

        String xml = documentXml(filled);
        assertThat(xml).contains("<w:p><w:pPr><w:sectPr><w:pgSz ").contains("</w:sectPr></w:pPr></w:p>");
        assertThat(xml.split("w:orient=\"landscape\"", -1)).as("one section break, not repeated").hasSize(2);
        assertThat(Templates.bodyTexts(filled)).containsExactly("a", "b", "", "Phụ lục");
    }

    @Test
    void textBoxParagraphsAreTemplatedOnTheirOwn() throws IOException {
        byte[] template = template(
                "<w:p><w:r><w:t xml:space=\"preserve\">Ngoài ${a} </w:t></w:r><w:r><w:pict>"
                + "<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + "<w:p><w:r><w:t>&lt;#list xs as x&gt;</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Trong ${x}</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>&lt;/#list&gt;</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");

        byte[] filled = DocxTemplate.compile("hop-van-ban.docx", template)
                .fill(Map.of("a", "A", "xs", List.of("1", "2")));

        String xml = documentXml(filled);
        assertThat(xml).contains("Ngoài A ").contains("Trong 1").contains("Trong 2");
        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).first().asString().startsWith("Ngoài A");
        }
    }

    @Test
    void aTagParagraphWithAPictureIsNotDroppedAndItsTagsActInline() throws IOException {
        byte[] template = template(
                "<w:p><w:r><w:t>&lt;#if show&gt;</w:t></w:r><w:r><w:drawing/></w:r></w:p>"
                + "<w:p><w:r><w:t>nội dung&lt;/#if&gt;</w:t></w:r></w:p>");
        DocxTemplate compiled = DocxTemplate.compile("hinh.docx", template);

        byte[] shown = compiled.fill(Map.of("show", true));
        byte[] hidden = compiled.fill(Map.of("show", false));

        assertThat(documentXml(shown)).contains("<w:drawing/>");
        assertThat(Templates.bodyTexts(shown)).containsExactly("", "nội dung");
        // the two tags sit in runs at the same depth, so what lies between them is whole XML either way
        assertThat(documentXml(hidden)).doesNotContain("<w:drawing/>");
        assertThat(Templates.bodyTexts(hidden)).containsExactly("");
        open(hidden).close();
    }
}
