package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.paragraph;
import static vn.tongket.docx.Templates.paragraphs;
import static vn.tongket.docx.Templates.table;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.junit.jupiter.api.Test;

class TemplateProblemTest {

    @Test
    void unknownVariableNamesTheTemplatePartAndParagraph() {
        DocxTemplate t = DocxTemplate.compile("bao-cao.docx",
                paragraphs("BÁO CÁO TỔNG KẾT", "Kính gửi: ${unit.nme}"));

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> t.fill(Map.of("unit", Map.of("name", "Huyện ủy Ba Vì"))));

        assertThat(p.template()).isEqualTo("bao-cao.docx");
        assertThat(p.part()).isEqualTo("document body");
        assertThat(p.location()).isEqualTo("document body, paragraph 2 “Kính gửi: ${unit.nme}”");
        assertThat(p.detail()).contains("unit.nme").contains("null or missing").doesNotContain("line");
        assertThat(p.getMessage()).startsWith("bao-cao.docx, document body, paragraph 2 “Kính gửi: ${unit.nme}”: ");
    }

    @Test
    void badSyntaxNamesTheParagraphAndTheToken() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("cu-phap.docx",
                paragraphs("Mở đầu", "Tỷ lệ đạt ${rate + } phần trăm")));

        assertThat(p.location()).startsWith("document body, paragraph 2");
        assertThat(p.detail()).contains("${rate + }");
        assertThat(p.getMessage()).startsWith("cu-phap.docx, document body, paragraph 2");
    }

    @Test
    void unclosedListNamesTheParagraphThatOpensIt() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("thieu.docx",
                paragraphs("I. Kết quả", "<#list achievements as a>", "${a}", "II. Hạn chế")));

        assertThat(p.location()).isEqualTo("document body, paragraph 2 “<#list achievements as a>”");
        assertThat(p.detail()).contains("never closed").contains("</#list>");
    }

    @Test
    void wronglyNestedEndTagNamesBothTags() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("long-nhau.docx",
                paragraphs("<#list xs as x>", "<#if x?has_content>", "${x}", "</#list>", "</#if>")));

        assertThat(p.location()).startsWith("document body, paragraph 4");
        assertThat(p.detail()).contains("\"</#list>\" closes \"<#list xs as x>\" (paragraph 1")
                .contains("\"<#if x?has_content>\" (paragraph 2");
    }

    @Test
    void endTagWithoutStartTag() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("du.docx",
                paragraphs("Nội dung", "</#if>")));

        assertThat(p.location()).startsWith("document body, paragraph 2");
        assertThat(p.detail()).contains("</#if>").contains("no matching start tag");
    }

    @Test
    void tagWithoutClosingBracketInTheParagraph() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("ngoac.docx",
                paragraphs("<#if unit.expanded", "mở rộng")));

        assertThat(p.location()).startsWith("document body, paragraph 1");
        assertThat(p.detail()).contains("\"<#if\" has no closing \">\"");
    }

    @Test
    void placeholderWithoutClosingBrace() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("ngoac.docx",
                paragraphs("Tổng: ${total", "}")));

        assertThat(p.location()).startsWith("document body, paragraph 1");
        assertThat(p.detail()).contains("\"${\" has no closing \"}\"");
    }

    @Test
    void blockTagClosedInsideAnotherParagraphsTextIsRefused() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("cap-do.docx",
                paragraphs("<#list xs as x>", "${x}", "Hết danh sách</#list>")));

        assertThat(p.location()).startsWith("document body, paragraph 1");
        assertThat(p.detail()).contains("not at the same level").contains("paragraph 3");
    }

    @Test
    void blockTagClosedInsideATableCellIsRefused() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("cap-do.docx",
                docx(doc -> {
                    paragraph(doc.createParagraph(), "<#if showTable>");
                    table(doc, new String[] {"A", "</#if>"});
                })));

        assertThat(p.detail()).contains("not at the same level").contains("table 1, row 1, cell 2, paragraph 1");
    }

    @Test
    void errorInATableCellNamesTableRowAndCell() {
        DocxTemplate t = DocxTemplate.compile("bang.docx", docx(doc -> {
            paragraph(doc.createParagraph(), "Bảng chỉ tiêu");
            table(doc,
                    new String[] {"STT", "Chỉ tiêu"},
                    new String[] {"<#list indicators as i>", ""},
                    new String[] {"${i?counter}", "${i.nme}"},
                    new String[] {"</#list>", ""});
        }));

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> t.fill(Map.of("indicators", List.of(Map.of("name", "Thu ngân sách")))));

        assertThat(p.location()).isEqualTo("document body, table 1, row 3, cell 2, paragraph 1 “${i.nme}”");
    }

    @Test
    void errorInAHeaderNamesTheHeader() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("dau-trang.docx",
                docx(doc -> {
                    paragraph(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "${unit.", "name +}");
                    paragraph(doc.createParagraph(), "Nội dung");
                })));

        assertThat(p.part()).isEqualTo("header1");
        assertThat(p.location()).startsWith("header1, paragraph 1");
    }

    @Test
    void wrongTypeInABlockListNamesTheListParagraph() {
        DocxTemplate t = DocxTemplate.compile("kieu.docx", paragraphs("Mở đầu", "<#list unit as u>", "${u}", "</#list>"));

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> t.fill(Map.of("unit", "Ba Vì")));

        assertThat(p.location()).isEqualTo("document body, paragraph 2 “<#list unit as u>”");
        assertThat(p.detail()).contains("unit");
    }

    @Test
    void aFileThatIsNotAWordDocument() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> DocxTemplate.compile("ghi-chu.txt", "không phải docx".getBytes(StandardCharsets.UTF_8)));

        assertThat(p.template()).isEqualTo("ghi-chu.txt");
        assertThat(p.detail()).startsWith("not a Word document");
    }
}
