package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.Templates.paragraphs;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import freemarker.template.Template;
import freemarker.template.TemplateException;

class SecurityTest {

    public record Unit(String name) {
        public String secret() {
            return "bí mật";
        }
    }

    @Test
    void newBuiltInIsRefusedWhenTheTemplateIsCompiled() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("tan-cong.docx",
                paragraphs("Mở đầu", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}")));

        assertThat(p.location()).startsWith("document body, paragraph 2");
        assertThat(p.detail()).contains("\"?new\" is not allowed");
    }

    @Test
    void apiBuiltInIsRefusedWhenTheTemplateIsCompiled() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> DocxTemplate.compile("api.docx", paragraphs("${x?api}")));

        assertThat(p.detail()).contains("\"?api\" is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${\"1 + 1\"?eval}",
            "<@\"<#assign x = 1>\"?interpret />",
            "${'{\"a\": 1}'?eval_json.a}",
            "${'{\"a\": 1}'?evalJson.a}",
            "${x ? new()}",
            "<#if x?api??>y</#if>"})
    void codeFromStringsAndJavaAccessAreRefused(String text) {
        assertThatThrownBy(() -> DocxTemplate.compile("ma.docx", paragraphs(text)))
                .isInstanceOf(TemplateProblem.class).hasMessageContaining("is not allowed");
    }

    @Test
    void theConfigurationItselfRefusesClassInstantiationAndApi() throws Exception {
        var cfg = FreemarkerSettings.CONFIGURATION;

        assertThatThrownBy(() -> run("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> run("${u?api.name()}", Map.of("u", new Unit("Ba Vì"))))
                .isInstanceOf(TemplateException.class).hasMessageContaining("api_builtin_enabled");
        assertThat(cfg.getTemplateLoader()).isNull();
        assertThatThrownBy(() -> run("<#include \"/etc/passwd\">", Map.of())).isInstanceOf(TemplateException.class);
    }

    @Test
    void recordsShowOnlyTheirComponents() throws Exception {
        Map<String, Object> model = Map.of("u", new Unit("Ba Vì"));

        assertThat(run("${u.name} ${u.name()}", model)).isEqualTo("Ba Vì Ba Vì");
        for (String reach : new String[] {"${u.secret()}", "${u.secret}", "${u.class}", "${u.getClass()}",
                "${u.class.classLoader}", "${u.hashCode()}"}) {
            assertThatThrownBy(() -> run(reach, model)).as(reach).isInstanceOf(TemplateException.class);
        }
    }

    @Test
    void aDoctypeInAPartIsRefused() {
        byte[] template = paragraphs("${x}");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> DocxTemplate.compile("xxe.docx",
                Templates.withEntry(template, "word/document.xml", xxe.getBytes(StandardCharsets.UTF_8))));

        assertThat(p.detail()).contains("not well-formed").containsIgnoringCase("DOCTYPE");
    }

    private static String run(String ftl, Map<String, Object> model) throws Exception {
        Template t = new Template("t", ftl, FreemarkerSettings.CONFIGURATION);
        StringWriter out = new StringWriter();
        t.process(model, out);
        return out.toString();
    }
}
