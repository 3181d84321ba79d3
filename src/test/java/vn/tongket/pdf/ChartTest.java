package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Consumer;

import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Charts are drawn from the values cached in the chart part; types that are not drawn leave a framed box. */
class ChartTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Biểu đồ", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "charts");
    static final String[] UNITS = {"Thường Tín", "Thanh Trì", "Hà Đông"};
    /** 6 inches by 3.5 inches. */
    private static final int WIDTH_EMU = 5_486_400;
    private static final int HEIGHT_EMU = 3_200_400;

    @Test
    void columnChartMadeByPoiShowsTitleCategoriesSeriesAndValueLabels() {
        byte[] docx = document(ChartTypes.BAR, chart -> { }, data -> {
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        });

        PdfResult result = CONVERTER.convert(docx, META);

        assertThat(result.warnings()).isEmpty();
        String text = new PdfInspection(result.pdf()).allWordsWithForms();
        assertThat(text).contains("Trước biểu đồ", "Kết quả thu ngân sách (tỷ đồng)", "Thường Tín", "Thanh Trì",
                "Hà Đông", "Năm 2022", "Năm 2023", "12,5", "30", "22", "17,25", "Sau biểu đồ");
        // the bars are drawn in the colours Word gives the first two series
        PdfInspection.Area blue = new PdfInspection(result.pdf()).areaOfColour(1, DrawingColors.ACCENTS[0]);
        PdfInspection.Area orange = new PdfInspection(result.pdf()).areaOfColour(1, DrawingColors.ACCENTS[1]);
        assertThat(blue).isNotNull();
        assertThat(orange).isNotNull();
        assertThat(blue.left()).isLessThan(orange.left());
    }

    @Test
    void aValueAxisWithOnlyAMinimumStillReachesTheLargestValue() {
        byte[] docx = document(ChartTypes.BAR, chart -> chart.getAxes().stream()
                .filter(a -> a instanceof XDDFValueAxis).forEach(a -> a.setMinimum(0)), data -> { });

        String text = new PdfInspection(CONVERTER.convert(docx, META).pdf()).allWordsWithForms();

        // an axis read as 0 to 1 would label its ticks 0, 0,5 and 1 and cut the bars of 12,5 to 30 at its top
        assertThat(text).contains("30").doesNotContain("0,5");
    }

    @Test
    void barLineAndPieChartsAreDrawnAndTheirLabelsExtracted() {
        for (ChartTypes type : new ChartTypes[]{ChartTypes.BAR, ChartTypes.LINE, ChartTypes.PIE}) {
            byte[] docx = document(type, chart -> { }, data -> {
                if (data instanceof XDDFBarChartData bar) {
                    bar.setBarDirection(BarDirection.BAR);
                }
            });

            PdfResult result = CONVERTER.convert(docx, META);

            assertThat(result.warnings()).as(type.name()).isEmpty();
            assertThat(new PdfInspection(result.pdf()).allWordsWithForms()).as(type.name())
                    .contains("Thường Tín", "Thanh Trì", "Hà Đông", "12,5");
        }
    }

    @Test
    void chartTypeThatIsNotDrawnIsNamedAndLeavesAFrameOfItsSize() {
        byte[] docx = document(ChartTypes.AREA, chart -> { }, data -> { });

        PdfResult result = CONVERTER.convert(docx, META);

        assertThat(result.warnings()).containsExactly("paragraph 2: area chart not drawn (bar, column, line and pie "
                + "charts are); an empty frame of its size stands in its place");
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.allWordsWithForms()).contains("Trước biểu đồ", "Kết quả thu ngân sách", "Sau biểu đồ")
                .doesNotContain("Thường Tín");
        PdfInspection.Area frame = pdf.areaOfColour(1, new Color(0x808080));
        assertThat(frame.right() - frame.left()).isCloseTo(WIDTH_EMU / 12_700f, org.assertj.core.data.Offset.offset(1.5f));
        // grey edges of the text below the frame count too, so the height is only bounded from below
        assertThat(frame.bottom() - frame.top()).isGreaterThan(HEIGHT_EMU / 12_700f - 1.5f);
    }

    @Test
    void documentWithAChartIsPdfA2uAndByteIdenticalWhenConvertedAgain() throws Exception {
        byte[] docx = document(ChartTypes.PIE, chart -> { }, data -> { });

        byte[] first = CONVERTER.convert(docx, META).pdf();

        assertThat(CONVERTER.convert(docx, META).pdf()).isEqualTo(first);
        PdfAComplianceTest.assertCompliant(first);
    }

    /**
     * A document with a paragraph, a chart made by POI of two series over three units (values 12.5, 30, 22 and
     * 17.25, 25, 19), with data labels showing values, and a paragraph after it.
     */
    static byte[] document(ChartTypes type, Consumer<XWPFChart> chartSetUp, Consumer<XDDFChartData> dataSetUp) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Trước biểu đồ");
            XWPFChart chart = document.createChart(document.createParagraph().createRun(), WIDTH_EMU, HEIGHT_EMU);
            chart.setTitleText("Kết quả thu ngân sách (tỷ đồng)");
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFDataSource<String> units = XDDFDataSourcesFactory.fromArray(UNITS, "Sheet1!$A$2:$A$4", 0);
            XDDFNumericalDataSource<Double> first = XDDFDataSourcesFactory.fromArray(
                    new Double[]{12.5, 30.0, 22.0}, "Sheet1!$B$2:$B$4", 1);
            XDDFNumericalDataSource<Double> second = XDDFDataSourcesFactory.fromArray(
                    new Double[]{17.25, 25.0, 19.0}, "Sheet1!$C$2:$C$4", 2);
            XDDFChartData data;
            if (type == ChartTypes.PIE) {
                data = chart.createData(type, null, null);
            } else {
                XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
                XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
                valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
                data = chart.createData(type, categoryAxis, valueAxis);
            }
            XDDFChartData.Series s1 = data.addSeries(units, first);
            s1.setTitle("Năm 2022", chart.setSheetTitle("Năm 2022", 1));
            if (type != ChartTypes.PIE) {
                XDDFChartData.Series s2 = data.addSeries(units, second);
                s2.setTitle("Năm 2023", chart.setSheetTitle("Năm 2023", 2));
            }
            dataSetUp.accept(data);
            chart.plot(data);
            showValues(chart);
            chartSetUp.accept(chart);
            document.createParagraph().createRun().setText("Sau biểu đồ");
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Adds {@code c:dLbls} with {@code c:showVal} to the first chart group, as Word writes it. */
    private static void showValues(XWPFChart chart) {
        var plotArea = chart.getCTChart().getPlotArea();
        org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls labels;
        if (plotArea.sizeOfBarChartArray() > 0) {
            labels = plotArea.getBarChartArray(0).addNewDLbls();
        } else if (plotArea.sizeOfLineChartArray() > 0) {
            labels = plotArea.getLineChartArray(0).addNewDLbls();
        } else if (plotArea.sizeOfPieChartArray() > 0) {
            labels = plotArea.getPieChartArray(0).addNewDLbls();
        } else {
            return;
        }
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
