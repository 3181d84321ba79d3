package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

class LineBreakTest {

    private static byte[] template() {
        return docx(doc -> {
            XWPFParagraph p = doc.createParagraph();
            run(p, "Nơi nhận: ");
            XWPFRun value = run(p, "${recipients}");
            value.setBold(true);
            run(p, " (hết)");
        });
    }

    @Test
    void lineBreaksAndTabsInAValueBecomeWordBreaksAndTabsInThePlaceholdersRun() throws IOException {
        String recipients = "Ban Thường vụ Thành ủy,\nCác đồng chí Thành ủy viên,\r\nLưu\tVăn phòng & <Lưu trữ>";

        byte[] filled = DocxTemplate.compile("noi-nhan.docx", template()).fill(Map.of("recipients", recipients));

        try (XWPFDocument doc = open(filled)) {
            XWPFParagraph p = doc.getParagraphs().get(0);
            assertThat(p.getText()).isEqualTo("Nơi nhận: Ban Thường vụ Thành ủy,\nCác đồng chí Thành ủy viên,\n"
                    + "Lưu\tVăn phòng & <Lưu trữ> (hết)");
            XWPFRun value = p.getRuns().get(1);
            assertThat(value.isBold()).isTrue();
            CTR r = value.getCTR();
            assertThat(r.getBrList()).hasSize(2);
            assertThat(r.getTabList()).hasSize(1);
            assertThat(r.getTList()).extracting(t -> t.getStringValue()).containsExactly(
                    "Ban Thường vụ Thành ủy,", "Các đồng chí Thành ủy viên,", "Lưu", "Văn phòng & <Lưu trữ>");
            assertThat(p.getRuns().get(2).isBold()).isFalse();
        }
        String xml = ChartTest.chartXml(filled, "word/document.xml");
        assertThat(xml).contains("Văn phòng &amp; &lt;Lưu trữ&gt;").doesNotContain("\n<w:t", "\r");
    }

    @Test
    void aValueOfOneLineIsPlacedAsBefore() {
        byte[] filled = DocxTemplate.compile("mot-dong.docx", template()).fill(Map.of("recipients", "Lưu VP"));

        assertThat(Templates.bodyTexts(filled)).isEqualTo(List.of("Nơi nhận: Lưu VP (hết)"));
        assertThat(ChartTest.chartXml(filled, "word/document.xml")).doesNotContain("<w:br/>");
    }
}
