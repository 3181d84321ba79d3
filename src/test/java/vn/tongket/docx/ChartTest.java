package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.ChartTemplates.data;
import static vn.tongket.docx.ChartTemplates.shown;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraph;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartTest {

    static final List<String> AREAS = List.of("Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng Đảng");

    /** The year-end attainment chart: two series over four areas, one value with decimals. */
    static Map<String, Object> attainment() {
        return data("Tỷ lệ chỉ tiêu đạt theo lĩnh vực", AREAS,
                "Đạt và vượt", List.of(3, 2, 4, new BigDecimal("2.5")),
                "Chưa đạt", List.of(1, 0, 1, 0));
    }

    static byte[] columnChartTemplate(String binding) {
        return docx(doc -> {
            paragraph(doc.createParagraph(), "Biểu đồ của ${unit}:");
            WordCharts.addColumnChart(doc, doc.createParagraph(), binding, "Tỷ lệ chỉ tiêu đạt", 15 * 360_000,
                    8 * 360_000);
            paragraph(doc.createParagraph(), "Hết.");
        });
    }

    @Test
    void aColumnChartIsFilledWithCategoriesSeriesValuesAndTheEmbeddedWorkbook() throws IOException {
        byte[] filled = DocxTemplate.compile("bieu-do.docx", columnChartTemplate("attainmentByArea"))
                .fill(Map.of("unit", "Ba Vì", "attainmentByArea", attainment()));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Biểu đồ của Ba Vì:");
            assertThat(doc.getCharts()).hasSize(1);
            XWPFChart chart = doc.getCharts().get(0);
            ChartTemplates.Shown shown = shown(chart);
            assertThat(shown.title()).isEqualTo("Tỷ lệ chỉ tiêu đạt theo lĩnh vực");
            assertThat(shown.categories()).isEqualTo(AREAS);
            assertThat(shown.names()).containsExactly("Đạt và vượt", "Chưa đạt");
            assertThat(shown.values()).containsExactly(decimals("3", "2", "4", "2.5"), decimals("1", "0", "1", "0"));
            assertThat(ChartTemplates.workbook(chart)).containsExactly(
                    List.of("", "Đạt và vượt", "Chưa đạt"),
                    List.of("Kinh tế", "3", "1"),
                    List.of("Văn hóa - xã hội", "2", "0"),
                    List.of("Quốc phòng - an ninh", "4", "1"),
                    List.of("Xây dựng Đảng", "2.5", "0"));
            assertThat(ChartTemplates.sheetName(chart)).isEqualTo("Sheet1");
        }
        String xml = chartXml(filled, "word/charts/chart1.xml");
        assertThat(xml).as("formulas point into the embedded workbook")
                .contains("<c:f>Sheet1!$A$2:$A$5</c:f>", "<c:f>Sheet1!$B$1</c:f>", "<c:f>Sheet1!$C$2:$C$5</c:f>")
                .as("the chart keeps its formatting: colours, fonts, data labels, legend")
                .contains("<a:srgbClr val=\"2E75B6\"/>", "<a:srgbClr val=\"C55A11\"/>",
                        "<a:latin typeface=\"Times New Roman\"/>", "<c:showVal val=\"true\"/>", "<c:legendPos val=\"b\"/>")
                .doesNotContain("chart: attainmentByArea", "Lĩnh vực 1", "Chuỗi 3");
    }

    @Test
    void moreSeriesThanTheChartHasTakeTheLastSeriesSettingsWithAutomaticColours() throws IOException {
        Object[] series = new Object[16];
        for (int i = 0; i < 8; i++) {
            series[2 * i] = "Khóa " + (i + 1);
            series[2 * i + 1] = List.of(i, i + 1, i + 2, i + 3);
        }
        byte[] filled = DocxTemplate.compile("nhieu.docx", columnChartTemplate("c"))
                .fill(Map.of("unit", "x", "c", data(null, AREAS, series)));

        try (XWPFDocument doc = open(filled)) {
            ChartTemplates.Shown shown = shown(doc.getCharts().get(0));
            assertThat(shown.names()).hasSize(8).startsWith("Khóa 1").endsWith("Khóa 8");
            assertThat(shown.values().get(7)).isEqualTo(decimals("7", "8", "9", "10"));
        }
        String xml = chartXml(filled, "word/charts/chart1.xml");
        List<String> idx = all(xml, "<c:ser><c:idx val=\"(\\d+)\"/><c:order val=\"\\1\"/>");
        assertThat(idx).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(count(xml, "<c:spPr><a:solidFill><a:srgbClr")).as("own colours for the chart's six series").isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(value = ChartTypes.class, names = {"LINE", "PIE", "BAR", "AREA", "RADAR"})
    void chartsOfEachCategoryKindAreFilled(ChartTypes type) throws IOException {
        byte[] template = docx(doc -> ChartTemplates.chart(doc, doc.createParagraph(), type, "chart: data", 1));
        Map<String, Object> data = data("Cơ cấu", List.of("Đạt", "Chưa đạt", "Không đánh giá"),
                "Chỉ tiêu", List.of(12, 2, 1));

        byte[] filled = DocxTemplate.compile("loai.docx", template).fill(Map.of("data", data));

        try (XWPFDocument doc = open(filled)) {
            ChartTemplates.Shown shown = shown(doc.getCharts().get(0));
            assertThat(shown.title()).isEqualTo("Cơ cấu");
            assertThat(shown.categories()).containsExactly("Đạt", "Chưa đạt", "Không đánh giá");
            assertThat(shown.names()).containsExactly("Chỉ tiêu");
            assertThat(shown.values()).containsExactly(decimals("12", "2", "1"));
            assertThat(ChartTemplates.workbook(doc.getCharts().get(0))).hasSize(4);
        }
    }

    @Test
    void aPieKeepsTheColoursOfTheSlicesTheDataHas() {
        byte[] template = docx(doc -> {
            ChartTemplates.chart(doc, doc.createParagraph(), ChartTypes.PIE, "chart: pie", 1);
            var pie = (org.apache.poi.xddf.usermodel.chart.XDDFPieChartData) doc.getCharts().get(0).getChartSeries()
                    .get(0);
            String[] colours = {"C00000", "2E75B6", "548235"};
            for (int i = 0; i < colours.length; i++) {
                byte[] rgb = java.util.HexFormat.of().parseHex(colours[i]);
                pie.getSeries(0).getDataPoint(i).setFillProperties(
                        new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                                org.apache.poi.xddf.usermodel.XDDFColor.from(rgb)));
            }
        });
        DocxTemplate compiled = DocxTemplate.compile("tron.docx", template);

        String two = chartXml(compiled.fill(Map.of("pie", data(null, List.of("Đạt", "Chưa đạt"), "S",
                List.of(3, 1)))), "word/charts/chart1.xml");
        String three = chartXml(compiled.fill(Map.of("pie", data(null, List.of("a", "b", "c"), "S",
                List.of(1, 1, 1)))), "word/charts/chart1.xml");

        assertThat(all(two, "<c:dPt><c:idx val=\"(\\d+)\"/>")).containsExactly("0", "1");
        assertThat(two).contains("C00000", "2E75B6").doesNotContain("548235");
        assertThat(all(three, "<c:dPt><c:idx val=\"(\\d+)\"/>")).containsExactly("0", "1", "2");
    }

    @Test
    void aChartWhoseDataHasNoTitleHasNoneAndFewerSeriesDropTheRest() throws IOException {
        byte[] filled = DocxTemplate.compile("khong-tieu-de.docx", columnChartTemplate("c"))
                .fill(Map.of("unit", "x", "c", data(null, List.of("Một"), "Duy nhất", List.of(5))));

        try (XWPFDocument doc = open(filled)) {
            ChartTemplates.Shown shown = shown(doc.getCharts().get(0));
            assertThat(shown.title()).isNull();
            assertThat(shown.names()).containsExactly("Duy nhất");
            assertThat(shown.values()).containsExactly(decimals("5"));
        }
        assertThat(chartXml(filled, "word/charts/chart1.xml")).contains("<c:autoTitleDeleted val=\"1\"/>")
                .doesNotContain("<c:title>");
    }

    @Test
    void aMissingValueIsAGapInTheChartAndAnEmptyCell() throws IOException {
        byte[] filled = DocxTemplate.compile("trong.docx", columnChartTemplate("c"))
                .fill(Map.of("unit", "x", "c", data(null, List.of("a", "b", "c"), "S", Arrays.asList(1, null, 3))));

        try (XWPFDocument doc = open(filled)) {
            assertThat(shown(doc.getCharts().get(0)).values()).containsExactly(Arrays.asList(
                    BigDecimal.ONE, null, new BigDecimal("3")));
            assertThat(ChartTemplates.workbook(doc.getCharts().get(0)).get(2)).containsExactly("b");
        }
    }

    @Test
    void aChartInAListIsFilledForEachItemAndEqualDataShareOneChartPart() throws IOException {
        byte[] template = docx(doc -> {
            paragraph(doc.createParagraph(), "<#list areas as a>");
            paragraph(doc.createParagraph(), "${a.name}");
            WordCharts.addColumnChart(doc, doc.createParagraph(), "a.chart", "", 12 * 360_000, 6 * 360_000);
            paragraph(doc.createParagraph(), "</#list>");
        });
        Map<String, Object> first = data("Một", List.of("x"), "S", List.of(1));
        Map<String, Object> second = data("Hai", List.of("y", "z"), "S", List.of(2, 3));
        List<Map<String, Object>> areas = List.of(Map.of("name", "A", "chart", first),
                Map.of("name", "B", "chart", second), Map.of("name", "C", "chart", new HashMap<>(first)));

        byte[] filled = DocxTemplate.compile("moi-linh-vuc.docx", template).fill(Map.of("areas", areas));

        String document = chartXml(filled, "word/document.xml");
        List<String> relIds = all(document, "<c:chart [^>]*r:id=\"([^\"]+)\"");
        assertThat(relIds).hasSize(3);
        assertThat(relIds.get(0)).isEqualTo(relIds.get(2)).isNotEqualTo(relIds.get(1));
        assertThat(all(document, "<wp:docPr [^>]*id=\"(\\d+)\"")).as("drawing ids stay unique")
                .containsExactly("1", "2", "3");
        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getCharts()).hasSize(2);
            assertThat(doc.getCharts().stream().map(c -> shown(c).title()).sorted()).containsExactly("Hai", "Một");
            for (XWPFChart chart : doc.getCharts()) {
                ChartTemplates.Shown s = shown(chart);
                assertThat(ChartTemplates.workbook(chart)).hasSize(s.categories().size() + 1);
            }
        }
    }

    @Test
    void missingChartDataIsAProblemAtTheChart() {
        DocxTemplate template = DocxTemplate.compile("thieu.docx", columnChartTemplate("attainmentByArea"));

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class, () -> template.fill(Map.of("unit", "x")));

        assertThat(p.template()).isEqualTo("thieu.docx");
        assertThat(p.location()).isEqualTo("document body, paragraph 2");
        assertThat(p.detail()).isEqualTo("the chart's data “attainmentByArea” is missing from the data");
        assertThat(p.getMessage()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void wronglyShapedChartDataIsAProblemThatSaysWhatIsWrong() {
        DocxTemplate template = DocxTemplate.compile("sai.docx", columnChartTemplate("c"));
        Map<String, Object> noCategories = data(null, List.of(), "S", List.of());
        Map<String, Object> textValue = data(null, List.of("a", "b"), "S", List.of(1, "hai"));
        Map<String, Object> shortSeries = data(null, List.of("a", "b"), "Đạt", List.of(1));
        Map<String, Object> noSeries = new HashMap<>(data(null, List.of("a")));

        assertThat(problem(template, "không phải biểu đồ")).contains("“c” should be a chart's data");
        assertThat(problem(template, noCategories)).contains("has no categories");
        assertThat(problem(template, textValue)).contains("“c.series[0].values[1]” should be a number, but it is"
                + " text “hai”");
        assertThat(problem(template, shortSeries)).contains("the series “Đạt” (c.series[0]) has 1 values for 2"
                + " categories");
        assertThat(problem(template, noSeries)).contains("has no series");
    }

    @Test
    void aChartWhoseTitleBindsNothingIsLeftAsItIs() {
        byte[] template = docx(doc -> ChartTemplates.chart(doc, doc.createParagraph(), ChartTypes.BAR,
                "Biểu đồ cố định", 2));

        byte[] filled = DocxTemplate.compile("co-dinh.docx", template).fill(Map.of());

        assertThat(DocxTemplateTest.entry(filled, "word/charts/chart1.xml"))
                .isEqualTo(DocxTemplateTest.entry(template, "word/charts/chart1.xml"));
    }

    @Test
    void aChartTitleWithoutAProperNameIsAProblemWhenCompiling() {
        byte[] template = docx(doc -> {
            paragraph(doc.createParagraph(), "Mở đầu");
            ChartTemplates.chart(doc, doc.createParagraph(), ChartTypes.BAR, "chart: tỷ lệ đạt", 1);
        });

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> DocxTemplate.compile("ten-sai.docx", template));

        assertThat(p.location()).isEqualTo("document body, paragraph 2");
        assertThat(p.detail()).contains("“chart: tỷ lệ đạt” should be “chart:” and the name of the chart's data");
    }

    @Test
    void aScatterChartCannotBeBound() {
        byte[] template = docx(doc -> ChartTemplates.chart(doc, doc.createParagraph(), ChartTypes.SCATTER,
                "chart: data", 1));

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> DocxTemplate.compile("phan-tan.docx", template));

        assertThat(p.detail()).contains("a scatter chart cannot be filled from data");
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        DocxTemplate template = DocxTemplate.compile("lap-lai.docx", columnChartTemplate("c"));
        Map<String, Object> model = Map.of("unit", "x", "c", attainment());

        assertThat(template.fill(model)).isEqualTo(template.fill(model));
    }

    static String chartXml(byte[] docx, String part) {
        return new String(DocxTemplateTest.entry(docx, part), StandardCharsets.UTF_8);
    }

    private static String problem(DocxTemplate template, Object chartData) {
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> template.fill(Map.of("unit", "x", "c", chartData)));
        assertThat(p).as("a problem for %s", chartData).isNotNull();
        assertThat(p.location()).isEqualTo("document body, paragraph 2");
        return p.detail();
    }

    static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
