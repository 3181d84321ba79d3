package vn.tongket.annex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tongket.aggregate.UnitSummary.AttainmentResult;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.aggregate.UnitTermSummary;
import vn.tongket.aggregate.UnitTermSummary.GapKind;
import vn.tongket.aggregate.UnitTermSummary.IndicatorSeries;
import vn.tongket.aggregate.UnitTermSummary.SeriesGap;
import vn.tongket.aggregate.UnitTermSummary.SeriesPoint;
import vn.tongket.aggregate.UnitTermSummary.YearCoverage;
import vn.tongket.consistency.Figure;
import vn.tongket.meeting.PlanKind;
import vn.tongket.render.MidTermModel;
import vn.tongket.vietnamese.VietnameseFormat;

/**
 * The indicator annex of a unit's mid-term pack as a workbook ({@code phu-luc-chi-tieu.xlsx}): one row per indicator
 * and year (and one for the term figure), numbers as number cells; a second sheet with the indicator counts by area
 * and status and a bar chart of them.
 */
public final class IndicatorWorkbook {

    public static final String FILE = "phu-luc-chi-tieu.xlsx";
    static final String DATA_SHEET = "Chỉ tiêu";
    static final String CHART_SHEET = "Mức độ đạt";

    /** The columns of the data sheet. */
    public static final List<String> HEADERS = List.of("Đơn vị", "Lĩnh vực", "Chỉ tiêu", "Mã chỉ tiêu", "ĐVT",
            "Kỳ", "Năm", "Giá trị", "Ước tính", "Trên tổng số", "Tỷ lệ báo cáo", "So với kế hoạch", "Kế hoạch",
            "Tăng trưởng", "Tăng trưởng: nguồn", "So với chỉ tiêu nhiệm kỳ", "Mức đạt", "Hội nghị nguồn",
            "Ghi chú");
    /** Green for met, red for not met, grey for not assessed. */
    private static final byte[][] SERIES_COLOURS = {{(byte) 0x2E, (byte) 0x7D, (byte) 0x32},
        {(byte) 0xC6, (byte) 0x28, (byte) 0x28}, {(byte) 0x9E, (byte) 0x9E, (byte) 0x9E}};
    private static final int[] WIDTHS = {14, 20, 40, 24, 12, 22, 7, 14, 8, 10, 10, 11, 22, 11, 16, 12, 14, 30, 50};

    private IndicatorWorkbook() {
    }

    public static byte[] write(UnitTermSummary s) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter writer = new SheetWriter(workbook);
            XSSFSheet data = writer.sheet(DATA_SHEET, HEADERS, WIDTHS);
            int r = 1;
            for (IndicatorSeries series : s.indicators()) {
                for (YearCoverage year : s.years()) {
                    SeriesPoint point = series.points().stream().filter(p -> p.year() == year.year()).findFirst()
                            .orElse(null);
                    SeriesGap gap = series.gaps().stream()
                            .filter(g -> g.year() == year.year() && g.kind() != GapKind.HALF_YEAR_ONLY)
                            .findFirst().orElse(null);
                    if (point != null) {
                        Row row = data.createRow(r++);
                        common(writer, row, s, series, point.label(), year.year());
                        values(writer, row, s, series, point.value(), point.label());
                        writer.percent(row, 13, point.growth());
                        writer.text(row, 14, point.growth() == null ? "" : point.growthComputed()
                                ? "tính từ số liệu hai năm" : "báo cáo");
                        if (point.half() != null) {
                            note(writer, row, "số liệu " + point.label() + ", không thay cho cả năm");
                        }
                    } else if (gap != null) {
                        Row row = data.createRow(r++);
                        common(writer, row, s, series, "năm " + year.year(), year.year());
                        writer.text(row, 7, MidTermModel.NO_DATA);
                        note(writer, row, MidTermModel.gapWords(List.of(gap)).getFirst()
                                + (gap.kind() == GapKind.NO_MEETING ? " (đơn vị không có hội nghị về năm này)" : ""));
                    }
                }
                if (series.termFigure() != null) {
                    Row row = data.createRow(r++);
                    common(writer, row, s, series, series.termFigureLabel(), null);
                    values(writer, row, s, series, series.termFigure(), series.termFigureLabel());
                }
            }
            SheetWriter.filter(data, HEADERS.size());
            chartSheet(workbook, writer, s);
            return writer.finish("Phụ lục chỉ tiêu sơ kết giữa nhiệm kỳ " + s.term().key() + " - "
                    + s.unit().name(), s.asOf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void common(SheetWriter w, Row row, UnitTermSummary s, IndicatorSeries series, String period,
                               Integer year) {
        w.text(row, 0, s.unit().name());
        w.text(row, 1, series.area().label());
        w.text(row, 2, series.name());
        w.text(row, 3, series.key());
        w.text(row, 5, period);
        w.year(row, 6, year);
        w.text(row, 16, series.attainment().label());
    }

    private static void values(SheetWriter w, Row row, UnitTermSummary s, IndicatorSeries series,
                               IndicatorResult v, String period) {
        w.text(row, 4, MidTermModel.unitLabel(v.measure(), v.countNoun()));
        if (v.part() != null && v.total() != null) {
            w.number(row, 7, BigDecimal.valueOf(v.part()));
            w.integer(row, 9, v.total());
            w.percent(row, 10, v.reportedPercent());
            s.discrepancies().stream()
                    .filter(d -> d.figure() == Figure.SHARE && d.meetingId().equals(v.meetingId())
                            && d.indicatorKey().equals(series.key()))
                    .findFirst()
                    .ifPresent(d -> note(w, row, d.vietnamese() + " Giữ số liệu đã báo cáo."));
        } else {
            w.number(row, 7, v.actual());
        }
        w.text(row, 8, v.estimated() ? "ước" : "");
        AttainmentResult plan = v.attainment().stream()
                .filter(a -> a.against() != PlanKind.TERM_TARGET)
                .filter(a -> a.reportedPercent() != null || a.computedPercent() != null)
                .findFirst().orElse(null);
        if (plan != null) {
            w.percent(row, 11, plan.reportedPercent() != null ? plan.reportedPercent() : plan.computedPercent());
            w.text(row, 12, MidTermModel.planName(plan, s.unit()));
        } else {
            v.attainment().stream().filter(a -> a.against() != PlanKind.TERM_TARGET && a.exceededBy() != null)
                    .findFirst().ifPresent(a -> w.text(row, 12, "vượt " + VietnameseFormat.percent(a.exceededBy())
                            + " " + MidTermModel.planName(a, s.unit())));
        }
        if (v.growth() != null) {
            w.percent(row, 13, v.growth());
            w.text(row, 14, "báo cáo");
        }
        v.attainment().stream().filter(a -> a.against() == PlanKind.TERM_TARGET).findFirst().ifPresent(a ->
                w.percent(row, 15, a.reportedPercent() != null ? a.reportedPercent() : a.computedPercent()));
        w.text(row, 17, v.meetingId());
        s.conflicts().stream()
                .filter(c -> c.key().equals(series.key()) && c.periodLabel().equals(period))
                .forEach(c -> note(w, row, "hội nghị " + c.dropped().meetingId() + " báo cáo số khác ("
                        + plain(c.dropped()) + "); dùng số liệu của hội nghị sau"));
        if (v.note() != null && !v.note().isBlank()) {
            note(w, row, v.note().strip());
        }
    }

    private static String plain(IndicatorResult r) {
        return r.part() != null && r.total() != null ? VietnameseFormat.fraction(r.part(), r.total())
                : r.actual() == null ? "không có số" : VietnameseFormat.number(r.actual());
    }

    /** Adds a note to the row's note cell, after any note already there. */
    private static void note(SheetWriter w, Row row, String text) {
        var cell = row.getCell(18);
        String before = cell == null ? "" : cell.getStringCellValue();
        if (cell != null) {
            row.removeCell(cell);
        }
        w.text(row, 18, before.isEmpty() ? text : before + "; " + text);
    }

    /** Indicator counts by area and status, and a bar chart of them. */
    @SuppressWarnings("unchecked")
    private static void chartSheet(XSSFWorkbook workbook, SheetWriter writer, UnitTermSummary s) {
        Map<String, Object> chart = MidTermModel.chart(s);
        List<String> categories = (List<String>) chart.get("categories");
        List<Map<String, Object>> series = (List<Map<String, Object>>) chart.get("series");
        List<String> headers = new ArrayList<>(List.of("Lĩnh vực"));
        series.forEach(one -> headers.add((String) one.get("name")));
        XSSFSheet sheet = writer.sheet(CHART_SHEET, headers, new int[] {36, 14, 14, 18});
        for (int i = 0; i < categories.size(); i++) {
            Row row = sheet.createRow(i + 1);
            writer.text(row, 0, categories.get(i));
            for (int j = 0; j < series.size(); j++) {
                Integer count = ((List<Integer>) series.get(j).get("values")).get(i);
                writer.number(row, j + 1, BigDecimal.valueOf(Objects.requireNonNull(count)));
            }
        }
        SheetWriter.filter(sheet, headers.size());
        if (categories.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 1, 15, 1 + Math.max(18, categories.size() + 4));
        XSSFChart bars = drawing.createChart(anchor);
        bars.setTitleText((String) chart.get("title"));
        bars.setTitleOverlay(false);
        bars.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis areas = bars.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = bars.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setNumberFormat(SheetWriter.VI + "0");
        XDDFBarChartData data = (XDDFBarChartData) bars.createData(ChartTypes.BAR, areas, counts);
        data.setBarDirection(BarDirection.COL);
        // clustered: stacking needs an overlap of 100%, a type poi-ooxml-lite leaves out
        data.setBarGrouping(BarGrouping.CLUSTERED);
        int last = categories.size();
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, last, 0, 0));
        for (int j = 0; j < series.size(); j++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, last, j + 1, j + 1));
            XDDFChartData.Series one = data.addSeries(labels, values);
            one.setTitle((String) series.get(j).get("name"),
                    new CellReference(sheet.getSheetName(), 0, j + 1, true, true));
            // an explicit fill: LibreOffice draws a bar series without one as invisible
            one.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[j])));
        }
        bars.plot(data);
    }
}
