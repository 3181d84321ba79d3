package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.Templates.bodyTexts;
import static vn.tongket.docx.Templates.paragraphs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vietnamese formatting asked for in the template: number formats and the {@code vn} functions. */
class VietnameseFormatsTest {

    /** Fills a one-paragraph template and gives the paragraph's text. */
    private static String fill(String paragraph, Map<String, ?> model) {
        byte[] filled = DocxTemplate.compile("dinh-dang.docx", paragraphs(paragraph)).fill(model);
        return bodyTexts(filled).getFirst();
    }

    private static String fill(String paragraph) {
        return fill(paragraph, Map.of());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "${1528?string.@money_ty}                 | 1.528 tỷ đồng",
            "${2167.098?string.@money_ty}             | 2.167 tỷ 098 triệu đồng",
            "${0.5?string.@money_ty}                  | 500 triệu đồng",
            "${258868?string.@money_trieu}            | 258.868 triệu đồng",
            "${871.267?string.@money_trieu}           | 871,267 triệu đồng",
            "${87.67?string.@percent}                 | 87,67%",
            "${96.296?string.@percent_1}              | 96,3%",
            "${1605680?string.@number}                | 1.605.680",
            "${14563.145?string.@number}              | 14.563,145",
            "${96.296?string('@number 2')}            | 96,3",
            "${(-1234.5)?string.@number}              | -1.234,5",
            "Tăng ${7.5?string.@percent} so với năm trước | Tăng 7,5% so với năm trước"})
    void numberFormatsWriteNumbersTheVietnameseWay(String template, String expected) {
        assertThat(fill(template)).isEqualTo(expected);
    }

    @Test
    void numberFormatsTakeNumbersFromTheDataModelWhateverTheirJavaType() {
        Map<String, Object> model = Map.of("i", 1605680, "l", 1605680L, "d", 87.67, "f", 87.67f,
                "b", new BigDecimal("2167.098"));

        assertThat(fill("${i?string.@number} ${l?string.@number} ${d?string.@percent} ${f?string.@percent}"
                + " ${b?string.@money_ty}", model))
                .isEqualTo("1.605.680 1.605.680 87,67% 87,67% 2.167 tỷ 098 triệu đồng");
    }

    @Test
    void aTemplateCanMakeAFormatItsDefault() {
        assertThat(fill("<#setting number_format=\"@number\">${n} trên ${m}", Map.of("n", 1605680, "m", 2000000)))
                .isEqualTo("1.605.680 trên 2.000.000");
    }

    @Test
    void numbersWithoutAFormatStayPlainDigits() {
        assertThat(fill("${n}", Map.of("n", 1605680))).isEqualTo("1605680");
    }

    @Test
    void moneyWithoutItsUnitIsAProblemThatSaysWhichUnitsThereAre() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> fill("Thu ngân sách ${x?string.@money}", Map.of("x", 1528)));

        assertThat(p.location()).startsWith("document body, paragraph 1");
        assertThat(p.detail()).contains("@money_ty").contains("@money_trieu");
    }

    @Test
    void aFormatOnTextIsAProblemWithItsPlace() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> fill("${unit?string.@number}", Map.of("unit", "Thường Tín")));

        assertThat(p.template()).isEqualTo("dinh-dang.docx");
        assertThat(p.location()).startsWith("document body, paragraph 1");
    }

    @Test
    void fractionWritesCountOverTotal() {
        assertThat(fill("${vn.fraction(done, all)} chỉ tiêu", Map.of("done", 64, "all", 73)))
                .isEqualTo("64/73 chỉ tiêu");
        assertThat(fill("${vn.fraction(1234, 1500)}")).isEqualTo("1.234/1.500");
        assertThat(fill("${vn.fraction(\"14\", \"15\")}")).as("counts the data model gives as text")
                .isEqualTo("14/15");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "${vn.dateLine('2023-12-25')}          | ngày 25 tháng 12 năm 2023",
            "${vn.dateLine('05/02/2024')}          | ngày 05 tháng 02 năm 2024",
            "${vn.dateLine('2024-03-05')}          | ngày 05 tháng 3 năm 2024",
            "Thường Tín, ${vn.dateLine('25/12/2023')} | Thường Tín, ngày 25 tháng 12 năm 2023",
            "${vn.shortDate('2023-12-05')}         | 05/12/2023",
            "${vn.upper('Huyện ủy Thường Tín')}    | HUYỆN ỦY THƯỜNG TÍN",
            "${vn.upper('Đảng bộ quận Tây Hồ')}    | ĐẢNG BỘ QUẬN TÂY HỒ",
            "khóa ${vn.roman(24)}                  | khóa XXIV"})
    void functionsWriteDatesCapitalsAndNumerals(String template, String expected) {
        assertThat(fill(template)).isEqualTo(expected);
    }

    @Test
    void dateLineTakesDateValuesAndTheDataModelsDates() {
        Map<String, Object> model = new HashMap<>();
        model.put("m", Map.of("date", "25/12/2023"));
        model.put("local", LocalDate.of(2023, 2, 1));
        model.put("legacy", java.sql.Date.valueOf(LocalDate.of(2023, 12, 25)));

        assertThat(fill("${vn.dateLine(m.date)}; ${vn.dateLine(local)}; ${vn.dateLine(legacy)};"
                + " ${vn.dateLine('2023-12-25'?date('yyyy-MM-dd'))}", model))
                .isEqualTo("ngày 25 tháng 12 năm 2023; ngày 01 tháng 02 năm 2023; ngày 25 tháng 12 năm 2023;"
                        + " ngày 25 tháng 12 năm 2023");
    }

    @Test
    void capitalsOfAFieldFromTheModel() {
        assertThat(fill("${vn.upper(unit.committee)}", Map.of("unit", Map.of("committee", "Quận ủy Tây Hồ"))))
                .isEqualTo("QUẬN ỦY TÂY HỒ");
    }

    @Test
    void aWrongArgumentIsAProblemThatNamesTheFunctionAndThePlace() {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> fill("Ngày họp: ${vn.dateLine('25.12.2023')}"));
        assertThat(p.location()).startsWith("document body, paragraph 1");
        assertThat(p.detail()).contains("vn.dateLine").contains("2023-12-25 or 25/12/2023");

        assertThat(catchThrowableOfType(TemplateProblem.class, () -> fill("${vn.fraction(1)}")).detail())
                .contains("vn.fraction takes 2 arguments");
        assertThat(catchThrowableOfType(TemplateProblem.class, () -> fill("${vn.fraction(1.5, 2)}")).detail())
                .contains("whole numbers");
        assertThat(catchThrowableOfType(TemplateProblem.class, () -> fill("${vn.upper(3)}")).detail())
                .contains("vn.upper needs text");
    }

    @Test
    void formattedTextIsEscapedLikeAnyOtherValue() {
        assertThat(fill("${vn.upper(x)}", Map.of("x", "a < b & c"))).isEqualTo("A < B & C");
    }

    @Test
    void theFunctionsReachNothingElse() {
        for (String reach : List.of("${vn.class}", "${vn.getClass()}", "${vn.upper.class}")) {
            assertThatThrownBy(() -> fill(reach)).as(reach).isInstanceOf(TemplateProblem.class);
        }
    }

    @Test
    void theExamplesOfTheDocsWorkOnTheReviewModelAsTypedInWord() {
        Map<String, Object> model = vn.tongket.render.TemplateCheck.periodSamples(
                vn.tongket.render.TemplateCheck.meetings(java.nio.file.Path.of("input"), new java.util.ArrayList<>()), false)
                .stream().filter(s -> s.name().equals("thuong-tin 2023")).findFirst().orElseThrow().model();
        byte[] template = paragraphs(
                "${vn.upper(unit.committee)}",
                "${unit.name}, ${vn.dateLine(meetings?last.date)}",
                "${vn.dateLine(\u20182024-02-05\u2019)}", // Word's curly quotes
                "${vn.fraction(achievementCount, 15)} kết quả",
                "<#setting number_format=\u201C@number\u201D>",
                "${achievementCount} kết quả trên ${achievementAreaCount} lĩnh vực");

        List<String> filled = bodyTexts(DocxTemplate.compile("vi-du.docx", template).fill(model));

        assertThat(filled).containsExactly("HUYỆN ỦY THƯỜNG TÍN", "Thường Tín, ngày 25 tháng 12 năm 2023",
                "ngày 05 tháng 02 năm 2024", model.get("achievementCount") + "/15 kết quả",
                model.get("achievementCount") + " kết quả trên " + model.get("achievementAreaCount") + " lĩnh vực");
    }

    @Test
    void theDataModelMayNotHideTheFormatsButMayUseTheNameVnForItsOwnData() {
        assertThat(fill("${vn}", Map.of("vn", "Việt Nam"))).isEqualTo("Việt Nam");
        assertThat(fill("${1528?string.@money_ty}", Map.of("vn", "Việt Nam"))).isEqualTo("1.528 tỷ đồng");
    }
}
