package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Placeholders and directives in footnotes, endnotes and Word's own text boxes (DrawingML with a VML copy). */
class TextPartsTest {

    @Test
    void footnotesAndEndnotesAreTemplated() throws IOException {
        byte[] template = docx(doc -> {
            XWPFParagraph p = paragraph(doc.createParagraph(), "Tổng thu ngân sách");
            XWPFFootnote note = doc.createFootnote();
            paragraph(note.createParagraph(), "Nguồn: ${source}, ", "số liệu ${ye", "ar}.");
            paragraph(note.createParagraph(), "<#list notes as n>");
            paragraph(note.createParagraph(), "– ${n}");
            paragraph(note.createParagraph(), "</#list>");
            p.addFootnoteReference(note);
            XWPFEndnote end = doc.createEndnote();
            paragraph(end.createParagraph(), "Đơn vị tính: ${unit}");
            paragraph(doc.createParagraph(), "Kết thúc").addFootnoteReference(end);
        });

        byte[] filled = DocxTemplate.compile("chu-thich.docx", template).fill(Map.of("source", "Cục Thống kê",
                "year", "2023", "notes", List.of("tạm tính", "chưa kiểm toán"), "unit", "tỷ đồng"));

        try (XWPFDocument doc = open(filled)) {
            XWPFFootnote note = doc.getFootnotes().stream().filter(f -> !f.getParagraphs().isEmpty()
                    && f.getParagraphs().get(0).getText().contains("Nguồn")).findFirst().orElseThrow();
            assertThat(note.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
                    "Nguồn: Cục Thống kê, số liệu 2023.", "– tạm tính", "– chưa kiểm toán");
            assertThat(doc.getEndnotes()).flatExtracting(XWPFAbstractFootnoteEndnote::getParagraphs)
                    .extracting(XWPFParagraph::getText).contains("Đơn vị tính: tỷ đồng");
        }
    }

    @Test
    void anErrorInAFootnoteNamesTheFootnote() {
        byte[] template = docx(doc -> {
            XWPFParagraph p = paragraph(doc.createParagraph(), "Văn bản");
            XWPFFootnote note = doc.createFootnote();
            paragraph(note.createParagraph(), "Nguồn: ${sorce}");
            p.addFootnoteReference(note);
        });

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> DocxTemplate.compile("sai.docx", template).fill(Map.of("source", "x")));

        assertThat(p.part()).isEqualTo("footnotes");
        assertThat(p.location()).matches("footnotes, footnote \\d+, paragraph 1 “Nguồn: \\$\\{sorce}”");
        assertThat(p.detail()).contains("sorce");
    }

    @Test
    void aWordTextBoxIsFilledInBothItsDrawingAndItsVmlCopy() throws IOException {
        String box = "<w:txbxContent><w:p><w:r><w:t>Đơn vị: ${un</w:t></w:r><w:r><w:t>it}</w:t></w:r></w:p>"
                + "</w:txbxContent>";
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Trước </w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\""
                + " simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\""
                + " allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\">"
                + "<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\">"
                + "<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"1800000\" cy=\"500000\"/>"
                + "<wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"7\" name=\"Hộp văn bản\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"1800000\" cy=\"500000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
                + "</wps:spPr><wps:txbx>" + box + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style=\"width:140pt;"
                + "height:40pt\"><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"><w:body>" + body
                + "<w:sectPr/></w:body></w:document>";
        byte[] template = Templates.withEntry(Templates.paragraphs("x"), "word/document.xml",
                xml.getBytes(StandardCharsets.UTF_8));

        byte[] filled = DocxTemplate.compile("hop.docx", template).fill(Map.of("unit", "Huyện ủy Ba Vì"));

        String out = new String(DocxTemplateTest.entry(filled, "word/document.xml"), StandardCharsets.UTF_8);
        assertThat(out.split("Đơn vị: Huyện ủy Ba Vì", -1)).as("both copies of the box are filled").hasSize(3);
        assertThat(out).doesNotContain("${");
        open(filled).close();
    }
}
