package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.Templates.paragraphs;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile templates and runaway data stop with a located problem; the timeouts are only a safety net. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FillLimitsTest {

    private static TemplateProblem problem(DocxTemplate template, Map<String, ?> model) {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> template.fill(model));
        assertThat(p).as("a problem").isNotNull();
        assertThat(p.getMessage()).doesNotContain("\tat ", "Exception");
        return p;
    }

    @Test
    void aListOverTheLimitStopsAtItsParagraph() {
        DocxTemplate template = DocxTemplate.compile("vong-lap.docx",
                paragraphs("Mở đầu", "<#list 1..1000000000 as i>", "${i}", "</#list>"));

        TemplateProblem p = problem(template, Map.of());

        assertThat(p.location()).startsWith("document body, paragraph 2 “<#list 1..1000000000 as i>”");
        assertThat(p.detail()).startsWith("a list repeats more than 100000 times, the limit for one list");
    }

    @Test
    void anEndlessRangeStopsToo() {
        DocxTemplate template = DocxTemplate.compile("vo-tan.docx", paragraphs("<#list 1.. as i></#list>"));

        assertThat(problem(template, Map.of()).detail()).startsWith("a list repeats more than 100000 times");
    }

    @Test
    void theLimitsAreConfigurableAndDataWithinThemFills() {
        DocxTemplate template = DocxTemplate.compile("du-lieu.docx", paragraphs("<#list items as x>", "${x}",
                "</#list>")).withLimits(new FillLimits(10, 1_000, 1_000_000));

        assertThat(Templates.bodyTexts(template.fill(Map.of("items", Collections.nCopies(10, "a")))))
                .hasSize(10);
        TemplateProblem p = problem(template, Map.of("items", Collections.nCopies(11, "a")));
        assertThat(p.location()).startsWith("document body, paragraph 1 “<#list items as x>”");
        assertThat(p.detail()).startsWith("a list repeats more than 10 times");
    }

    @Test
    void nestedListsOverTheTotalLimitStop() {
        DocxTemplate template = DocxTemplate.compile("long-nhau.docx", paragraphs(
                "<#list 1..1000 as a><#list 1..1000 as b></#list></#list>"));

        TemplateProblem p = problem(template, Map.of());

        assertThat(p.location()).startsWith("document body, paragraph 1");
        assertThat(p.detail()).startsWith("the template repeats or calls more than 1000000 times in all");
    }

    @Test
    void aDocumentGrowingOverTheOutputLimitStops() {
        DocxTemplate template = DocxTemplate.compile("qua-lon.docx", paragraphs("Đầu", "<#list items as x>",
                "${x}", "</#list>")).withLimits(new FillLimits(100_000, 1_000_000, 20_000));

        TemplateProblem p = problem(template, Map.of("items", Collections.nCopies(500, "Một đoạn văn bản dài.")));

        assertThat(p.location()).startsWith("document body, paragraph 3 “${x}”");
        assertThat(p.detail()).startsWith("the document grows over 20000 characters of XML");
    }

    @Test
    void aMacroCallingItselfStopsWithItsName() {
        DocxTemplate template = DocxTemplate.compile("de-quy.docx", paragraphs("Mở đầu",
                "<#macro lap n><@lap n + 1/></#macro>", "<@lap 1/>"));

        TemplateProblem p = problem(template, Map.of());

        assertThat(p.location()).isEqualTo("document body, paragraph 2 “<#macro lap n><@lap n + 1/></#macro>”");
        assertThat(p.detail()).isEqualTo("the macro “lap” calls itself without end (more nested calls than Java's"
                + " stack holds)");
    }

    @Test
    void aFunctionCallingItselfStopsToo() {
        DocxTemplate template = DocxTemplate.compile("ham.docx", paragraphs(
                "<#function f n><#return f(n + 1)></#function>", "${f(1)}"));

        assertThat(problem(template, Map.of()).detail()).startsWith("the function “f”").contains("calls itself");
    }

    @Test
    void macrosAndFunctionsThatEndWorkAsUsual() {
        DocxTemplate template = DocxTemplate.compile("binh-thuong.docx", paragraphs(
                "<#function double n><#return n * 2></#function>",
                "<#macro item x>- ${x} (${double(x)})</#macro>",
                "<#list items as i>", "Mục <@item i/>", "</#list>"));

        assertThat(Templates.bodyTexts(template.fill(Map.of("items", List.of(1, 2)))))
                .as("the macro's paragraph holds text, so it stays, empty").containsExactly("", "Mục - 1 (2)",
                        "Mục - 2 (4)");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new FillLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
