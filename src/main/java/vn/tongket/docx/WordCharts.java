package vn.tongket.docx;

import java.io.IOException;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

/**
 * Native Word charts for template generators: a chart bound to the data model, ready for
 * {@link DocxTemplate#fill}. The chart's title reads {@code chart: <binding>}, which is what binds it; when the
 * document is filled the title becomes the data's {@code title} (or goes, without one), and the placeholder
 * categories and series become the data's. Fonts are Times New Roman, as in the rest of a Party document.
 */
public final class WordCharts {

    /** The series colours, in order: the first data series takes the first, and so on (more series cycle). */
    private static final List<String> PALETTE = List.of("2E75B6", "C55A11", "7F7F7F", "548235", "BF9000", "7030A0");
    private static final String FONT = "Times New Roman";
    private static final String[] PLACEHOLDER_CATEGORIES = {"Lĩnh vực 1", "Lĩnh vực 2", "Lĩnh vực 3"};

    private WordCharts() {
    }

    /**
     * Adds a clustered column chart at the end of paragraph {@code at}: categories along the bottom, one column per
     * series, values above the columns, legend below. It holds placeholder data with one series per palette colour,
     * so that up to six data series keep these colours.
     *
     * @param binding   the name of the chart's data in the data model, such as {@code attainmentByArea} (see
     *                  {@link ChartData} for its shape)
     * @param altText   the chart's alternative text (its description for screen readers), such as
     *                  "Tỷ lệ chỉ tiêu đạt theo lĩnh vực"; the visible title comes from the data
     * @param widthEmu  width in EMU (914 400 to the inch, 360 000 to the centimetre)
     * @param heightEmu height in EMU
     */
    public static XWPFChart addColumnChart(XWPFDocument doc, XWPFParagraph at, String binding, String altText,
                                           int widthEmu, int heightEmu) {
        if (!Bindings.PATH.matcher(binding).matches()) {
            throw new IllegalArgumentException("not a name of the data model: " + binding);
        }
        XWPFRun run = at.createRun();
        XWPFChart chart;
        try {
            chart = doc.createChart(run, widthEmu, heightEmu);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("POI could not add a chart part", e);
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMajorTickMark(AxisTickMark.NONE);
        categories.setMajorTickMark(AxisTickMark.NONE);
        values.setMinimum(0);
        XDDFLineProperties grid = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(hex("D9D9D9"))));
        values.getOrAddMajorGridProperties().setLineProperties(grid);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(80);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(PLACEHOLDER_CATEGORIES,
                chart.formatRange(new CellRangeAddress(1, PLACEHOLDER_CATEGORIES.length, 0, 0)), 0);
        for (int i = 0; i < PALETTE.size(); i++) {
            Integer[] v = new Integer[PLACEHOLDER_CATEGORIES.length];
            for (int j = 0; j < v.length; j++) {
                v[j] = PALETTE.size() - i + j;
            }
            XDDFNumericalDataSource<Integer> series = XDDFDataSourcesFactory.fromArray(v,
                    chart.formatRange(new CellRangeAddress(1, v.length, i + 1, i + 1)), i + 1);
            XDDFChartData.Series s = data.addSeries(cats, series);
            s.setTitle("Chuỗi " + (i + 1), chart.setSheetTitle("Chuỗi " + (i + 1), i + 1));
        }
        chart.plot(data);
        for (int i = 0; i < PALETTE.size(); i++) {
            style(((XDDFBarChartData.Series) data.getSeries(i)).getCTBarSer(), PALETTE.get(i));
        }
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);
        title(chart, "chart: " + binding);
        look(chart.getCTChartSpace());
        altText(doc, run, altText);
        return chart;
    }

    private static void style(CTBarSer ser, String colour) {
        CTShapeProperties sp = ser.isSetSpPr() ? ser.getSpPr() : ser.addNewSpPr();
        sp.addNewSolidFill().addNewSrgbClr().setVal(hex(colour));
        sp.addNewLn().addNewNoFill();
        ser.addNewInvertIfNegative().setVal(false);
        CTDLbls labels = ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls();
        labels.addNewSpPr().addNewNoFill();
        text(labels.addNewTxPr(), 1000, false);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
        // a data-label element must come before the category data in a series
        ser.getDomNode().insertBefore(labels.getDomNode(), ser.getCat().getDomNode());
    }

    private static void title(XWPFChart chart, String text) {
        chart.setTitleText(text);
        chart.setTitleOverlay(false);
        CTTitle title = chart.getCTChart().getTitle();
        CTTextParagraph p = title.getTx().getRich().getPArray(0);
        CTRegularTextRun r = p.getRArray(0);
        CTTextCharacterProperties rPr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
        font(rPr, 1300, true);
        rPr.setLang("vi-VN");
        font(p.isSetPPr() && p.getPPr().isSetDefRPr() ? p.getPPr().getDefRPr()
                : (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewDefRPr(), 1300, true);
        chart.getCTChart().addNewAutoTitleDeleted().setVal(false);
        // the title must come before autoTitleDeleted and the plot area
        var chartNode = chart.getCTChart().getDomNode();
        chartNode.insertBefore(chart.getCTChart().getAutoTitleDeleted().getDomNode(),
                chart.getCTChart().getPlotArea().getDomNode());
    }

    /** Times New Roman for all the chart's text, no rounded corners and no frame. */
    private static void look(CTChartSpace space) {
        (space.isSetRoundedCorners() ? space.getRoundedCorners() : space.addNewRoundedCorners()).setVal(false);
        CTShapeProperties sp = space.isSetSpPr() ? space.getSpPr() : space.addNewSpPr();
        sp.addNewSolidFill().addNewSrgbClr().setVal(hex("FFFFFF"));
        CTLineProperties line = sp.addNewLn();
        line.addNewNoFill();
        text(space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr(), 1100, false);
        // chartSpace children have a fixed order: spPr and txPr come after chart, before externalData
        var node = space.getDomNode();
        var external = space.isSetExternalData() ? space.getExternalData().getDomNode() : null;
        node.insertBefore(space.getSpPr().getDomNode(), external);
        node.insertBefore(space.getTxPr().getDomNode(), external);
        node.insertBefore(space.getRoundedCorners().getDomNode(), node.getFirstChild());
    }

    private static void text(CTTextBody body, int size, boolean bold) {
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextParagraph p = body.addNewP();
        font(p.addNewPPr().addNewDefRPr(), size, bold);
        p.addNewEndParaRPr().setLang("vi-VN");
    }

    private static void font(CTTextCharacterProperties rPr, int size, boolean bold) {
        rPr.setSz(size);
        rPr.setB(bold);
        (rPr.isSetLatin() ? rPr.getLatin() : rPr.addNewLatin()).setTypeface(FONT);
        (rPr.isSetCs() ? rPr.getCs() : rPr.addNewCs()).setTypeface(FONT);
    }

    /** The drawing's description, and an id no other drawing of the document has. */
    private static void altText(XWPFDocument doc, XWPFRun run, String altText) {
        long max = 0;
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                for (CTDrawing d : r.getCTR().getDrawingList()) {
                    for (CTInline i : d.getInlineList()) {
                        max = Math.max(max, i.getDocPr().getId());
                    }
                }
            }
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setId(max + 1);
        inline.getDocPr().setName("Biểu đồ " + (max + 1));
        if (altText != null && !altText.isBlank()) {
            inline.getDocPr().setDescr(altText);
        }
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
