package vn.tongket.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;

/** Chart templates made with POI's chart API, and what a filled chart holds, read back with POI. */
final class ChartTemplates {

    private static final String C = "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart';"
            + " declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main';";

    private ChartTemplates() {
    }

    /** The chart data the data model gives, in the fixed shape. */
    static Map<String, Object> data(String title, List<String> categories, Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (title != null) {
            data.put("title", title);
        }
        data.put("categories", categories);
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", namesAndValues[i]);
            s.put("values", namesAndValues[i + 1]);
            series.add(s);
        }
        data.put("series", series);
        return data;
    }

    /** A chart of POI's making ({@link ChartTypes#LINE}, {@link ChartTypes#PIE}, ...) titled {@code title}. */
    static void chart(XWPFDocument doc, XWPFParagraph at, ChartTypes type, String title, int seriesCount) {
        try {
            XWPFChart chart = doc.createChart(at.createRun(), 12 * 360_000, 7 * 360_000);
            String[] cats = {"A", "B"};
            XDDFChartData data;
            if (type == ChartTypes.PIE) {
                data = chart.createData(type, null, null);
            } else {
                XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
                XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
                data = chart.createData(type, x, y);
            }
            XDDFDataSource<String> c = XDDFDataSourcesFactory.fromArray(cats,
                    chart.formatRange(new CellRangeAddress(1, 2, 0, 0)), 0);
            for (int i = 0; i < seriesCount; i++) {
                XDDFNumericalDataSource<Integer> v = XDDFDataSourcesFactory.fromArray(new Integer[] {1 + i, 2 + i},
                        chart.formatRange(new CellRangeAddress(1, 2, i + 1, i + 1)), i + 1);
                data.addSeries(c, v).setTitle("S" + i, chart.setSheetTitle("S" + i, i + 1));
            }
            chart.plot(data);
            chart.setTitleText(title);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one chart shows: its title (null if none), categories, series names and values, as cached. */
    record Shown(String title, List<String> categories, List<String> names, List<List<BigDecimal>> values) {
    }

    static Shown shown(XWPFChart chart) {
        XmlObject space = chart.getCTChartSpace();
        String title = null;
        if (chart.getCTChart().isSetTitle()) {
            StringBuilder t = new StringBuilder();
            for (XmlObject x : chart.getCTChart().getTitle().selectPath(C + " .//a:t")) {
                t.append(text(x));
            }
            title = t.toString();
        }
        List<String> names = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        List<String> categories = null;
        for (XmlObject ser : space.selectPath(C + " .//c:plotArea/*/c:ser")) {
            names.add(text(ser.selectPath(C + " ./c:tx//c:v")[0]));
            List<String> cats = new ArrayList<>();
            for (XmlObject v : ser.selectPath(C + " ./c:cat//c:pt/c:v")) {
                cats.add(text(v));
            }
            if (categories == null) {
                categories = cats;
            } else if (!categories.equals(cats)) {
                throw new AssertionError("series with other categories: " + cats + " and " + categories);
            }
            XmlObject[] count = ser.selectPath(C + " ./c:val//c:ptCount");
            int n = Integer.parseInt(count[0].selectAttribute("", "val").getDomNode().getNodeValue());
            List<BigDecimal> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                XmlObject[] pt = ser.selectPath(C + " ./c:val//c:pt[@idx='" + i + "']/c:v");
                vs.add(pt.length == 0 ? null : new BigDecimal(text(pt[0])));
            }
            values.add(vs);
        }
        return new Shown(title, categories, names, values);
    }

    /** The embedded workbook's first sheet as rows of cell texts ("" for an empty cell); numbers plain. */
    static List<List<String>> workbook(XWPFChart chart) {
        try {
            XSSFWorkbook wb = chart.getWorkbook();
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sheetName(XWPFChart chart) {
        try {
            return chart.getWorkbook().getSheetName(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(XmlObject x) {
        return x.getDomNode().getFirstChild() == null ? "" : x.getDomNode().getFirstChild().getNodeValue();
    }
}
