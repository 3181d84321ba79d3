package vn.tongket.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.w3c.dom.Element;

/**
 * Reads a chart part ({@code c:chartSpace}) into a {@link ChartModel}, from the values Word cached in it
 * ({@code c:strCache}, {@code c:numCache}); the embedded workbook is never opened. Clustered bar and column charts,
 * line charts and pie charts are read; any other type, and charts that combine types, become a placeholder that
 * names the type.
 */
final class ChartReader {

    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** Word's sizes for chart text when the chart sets none: 10 pt, titles 14 pt. */
    private static final float DEFAULT_TEXT_PT = 10f;
    private static final float DEFAULT_TITLE_PT = 14f;
    /** Word's default line width of a line chart: 2.25 pt. */
    private static final float DEFAULT_LINE_PT = 2.25f;
    private static final double EMU_PER_POINT = 12_700d;
    private static final String DEFAULT_FONT = "Liberation Sans";

    private ChartReader() {
    }

    static ChartModel read(Element chartSpace) {
        Element chart = c(chartSpace, "chart");
        Element plotArea = c(chart, "plotArea");
        String fontName = fontName(chartSpace);
        float textSize = size(defRPr(c(chartSpace, "txPr")), DEFAULT_TEXT_PT);
        List<Element> groups = new ArrayList<>();
        for (Element e : WordXml.children(plotArea)) {
            if (C.equals(e.getNamespaceURI()) && e.getLocalName().endsWith("Chart")) {
                groups.add(e);
            }
        }
        String title = title(chart, groups);
        if (groups.size() != 1) {
            String type = groups.isEmpty() ? "empty chart" : "combined chart ("
                    + String.join(", ", groups.stream().map(ChartReader::typeName).toList()) + ")";
            return ChartModel.placeholder(type, title, fontName, textSize);
        }
        Element group = groups.getFirst();
        ChartModel.Kind kind = kind(group);
        if (kind == ChartModel.Kind.PLACEHOLDER) {
            return ChartModel.placeholder(typeName(group), title, fontName, textSize);
        }
        List<Element> seriesElements = cs(group, "ser");
        List<String> categories = categories(seriesElements);
        List<ChartModel.Series> series = new ArrayList<>();
        for (int i = 0; i < seriesElements.size(); i++) {
            series.add(series(seriesElements.get(i), i, kind, group, categories.size()));
        }
        Element valAx = c(plotArea, "valAx");
        Element catAx = c(plotArea, "catAx");
        if (catAx == null) {
            catAx = c(plotArea, "dateAx");
        }
        ChartModel.ValueAxis valueAxis = new ChartModel.ValueAxis(
                number(c(c(valAx, "scaling"), "min")), number(c(c(valAx, "scaling"), "max")),
                positive(number(c(valAx, "majorUnit"))), axisFormat(valAx), c(valAx, "majorGridlines") != null, axisTitle(valAx),
                valAx != null && !bool(c(valAx, "delete"), false));
        String categoryTitle = axisTitle(catAx);
        return new ChartModel(kind, typeName(group), title, categories, series, labels(group, seriesElements),
                legend(c(chart, "legend")), valueAxis, categoryTitle, fontName, textSize,
                size(titleRPr(c(chart, "title")), DEFAULT_TITLE_PT), gapWidth(group),
                DrawingColors.of(WordXml.childNs(WordXml.childNs(c(chartSpace, "spPr"), WordXml.A, "ln"),
                        WordXml.A, "solidFill")));
    }

    private static Double positive(Double value) {
        return value != null && value > 0 ? value : null;
    }

    private static float gapWidth(Element group) {
        Double gap = number(c(group, "gapWidth"));
        return gap == null || gap < 0 ? ChartModel.DEFAULT_GAP_WIDTH : gap.floatValue();
    }

    private static ChartModel.Kind kind(Element group) {
        String grouping = val(c(group, "grouping"));
        return switch (group.getLocalName()) {
            case "barChart" -> grouping == null || grouping.equals("clustered") || grouping.equals("standard")
                    ? ("bar".equals(val(c(group, "barDir"))) ? ChartModel.Kind.BAR : ChartModel.Kind.COLUMN)
                    : ChartModel.Kind.PLACEHOLDER;
            case "lineChart" -> grouping == null || grouping.equals("standard")
                    ? ChartModel.Kind.LINE : ChartModel.Kind.PLACEHOLDER;
            case "pieChart" -> ChartModel.Kind.PIE;
            default -> ChartModel.Kind.PLACEHOLDER;
        };
    }

    /** The type of a chart group in words: "column chart", "stacked bar chart", "3-D pie chart". */
    static String typeName(Element group) {
        String name = group.getLocalName();
        String grouping = val(c(group, "grouping"));
        String prefix = grouping == null || grouping.equals("clustered") || grouping.equals("standard") ? ""
                : grouping.equals("percentStacked") ? "100% stacked " : grouping + " ";
        String threeD = name.contains("3D") ? "3-D " : "";
        String base = name.replace("3D", "").replace("Chart", "");
        if (base.equals("bar")) {
            base = "bar".equals(val(c(group, "barDir"))) ? "bar" : "column";
        } else if (base.equals("ofPie")) {
            base = "pie-of-pie";
        }
        return prefix + threeD + base + " chart";
    }

    private static ChartModel.Series series(Element ser, int index, ChartModel.Kind kind, Element group,
                                            int categoryCount) {
        String name = seriesName(ser);
        Map<Integer, String> points = points(c(ser, "val"));
        List<Double> values = new ArrayList<>();
        int count = Math.max(categoryCount, points.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
        for (int i = 0; i < count; i++) {
            values.add(parse(points.get(i)));
        }
        Element spPr = c(ser, "spPr");
        Color color = kind == ChartModel.Kind.LINE
                ? DrawingColors.of(WordXml.childNs(WordXml.childNs(spPr, WordXml.A, "ln"), WordXml.A, "solidFill"))
                : DrawingColors.of(WordXml.childNs(spPr, WordXml.A, "solidFill"));
        if (color == null) {
            color = DrawingColors.series(index(ser, index));
        }
        List<Color> pointColors = new ArrayList<>();
        boolean varyColors = bool(c(group, "varyColors"), kind == ChartModel.Kind.PIE);
        for (int i = 0; i < count; i++) {
            pointColors.add(kind == ChartModel.Kind.PIE && varyColors ? DrawingColors.series(i) : null);
        }
        for (Element dPt : cs(ser, "dPt")) {
            Integer i = integer(c(dPt, "idx"));
            Color own = DrawingColors.of(WordXml.childNs(c(dPt, "spPr"), WordXml.A, "solidFill"));
            if (i != null && i >= 0 && i < count && own != null) {
                pointColors.set(i, own);
            }
        }
        String symbol = val(c(c(ser, "marker"), "symbol"));
        boolean markers = kind == ChartModel.Kind.LINE && !"none".equals(symbol)
                && bool(c(group, "marker"), true);
        String lineWidth = WordXml.childNs(spPr, WordXml.A, "ln") == null ? ""
                : WordXml.childNs(spPr, WordXml.A, "ln").getAttribute("w");
        float width = lineWidth.isEmpty() ? DEFAULT_LINE_PT : (float) (Long.parseLong(lineWidth) / EMU_PER_POINT);
        return new ChartModel.Series(name, values, color, pointColors, markers, width, format(c(ser, "val")));
    }

    private static int index(Element ser, int position) {
        Integer idx = integer(c(ser, "idx"));
        return idx == null || idx < 0 ? position : idx;
    }

    private static String seriesName(Element ser) {
        Element tx = c(ser, "tx");
        Element v = c(tx, "v");
        if (v != null) {
            return WordXml.text(v);
        }
        Map<Integer, String> points = points(tx);
        return points.isEmpty() ? null : points.values().iterator().next();
    }

    /** The category labels of the first series that has any; "1", "2", ... when none has. */
    private static List<String> categories(List<Element> series) {
        for (Element ser : series) {
            Element cat = c(ser, "cat");
            Map<Integer, String> points = points(cat);
            if (!points.isEmpty()) {
                int count = Math.max(ptCount(cat), points.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
                String format = format(cat);
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String label = points.getOrDefault(i, "");
                    Double number = format != null ? parse(label) : null;
                    labels.add(number != null ? ChartNumbers.format(number, format) : label);
                }
                return labels;
            }
        }
        int count = series.stream().mapToInt(ser -> points(c(ser, "val")).size()).max().orElse(0);
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbers.add(String.valueOf(i));
        }
        return numbers;
    }

    /** The cached points of a data source ({@code c:cat}, {@code c:val}, {@code c:tx}) by index. */
    private static Map<Integer, String> points(Element source) {
        Map<Integer, String> points = new TreeMap<>();
        Element cache = cache(source);
        if (cache == null) {
            return points;
        }
        if (cache.getLocalName().equals("multiLvlStrCache")) {
            cache = c(cache, "lvl"); // the innermost level, next to the axis
        }
        for (Element pt : cs(cache, "pt")) {
            String idx = pt.getAttribute("idx");
            Element v = c(pt, "v");
            if (!idx.isEmpty() && v != null) {
                try {
                    points.put(Integer.parseInt(idx.trim()), WordXml.text(v));
                } catch (NumberFormatException e) {
                    // a point without a usable index is left out
                }
            }
        }
        return points;
    }

    private static Element cache(Element source) {
        for (Element e : WordXml.children(source)) {
            switch (e.getLocalName()) {
                case "strRef", "numRef", "multiLvlStrRef" -> {
                    for (Element inner : WordXml.children(e)) {
                        if (inner.getLocalName().endsWith("Cache")) {
                            return inner;
                        }
                    }
                }
                case "strLit", "numLit" -> {
                    return e;
                }
                default -> {
                    // c:f and extensions
                }
            }
        }
        return null;
    }

    private static int ptCount(Element source) {
        Integer count = integer(c(cache(source), "ptCount"));
        return count == null ? 0 : count;
    }

    /** The number format of a numeric data source, or null for General or text. */
    private static String format(Element source) {
        Element cache = cache(source);
        if (cache == null || !(cache.getLocalName().equals("numCache") || cache.getLocalName().equals("numLit"))) {
            return null;
        }
        Element code = c(cache, "formatCode");
        String format = code == null ? null : WordXml.text(code).trim();
        return format == null || format.isEmpty() ? "General" : format;
    }

    private static String axisFormat(Element axis) {
        Element numFmt = c(axis, "numFmt");
        if (numFmt == null || bool(numFmt.getAttribute("sourceLinked"), false)) {
            return null;
        }
        String code = numFmt.getAttribute("formatCode");
        return code.isEmpty() ? null : code;
    }

    private static ChartModel.DataLabels labels(Element group, List<Element> series) {
        Element dLbls = null;
        for (Element ser : series) {
            if (c(ser, "dLbls") != null) {
                dLbls = c(ser, "dLbls");
                break;
            }
        }
        if (dLbls == null) {
            dLbls = c(group, "dLbls");
        }
        if (dLbls == null || bool(c(dLbls, "delete"), false)) {
            return ChartModel.DataLabels.NONE;
        }
        Element numFmt = c(dLbls, "numFmt");
        String format = numFmt == null || bool(numFmt.getAttribute("sourceLinked"), false) ? null
                : numFmt.getAttribute("formatCode");
        return new ChartModel.DataLabels(bool(c(dLbls, "showVal"), false), bool(c(dLbls, "showPercent"), false),
                bool(c(dLbls, "showCatName"), false), format == null || format.isEmpty() ? null : format);
    }

    private static ChartModel.LegendPosition legend(Element legend) {
        if (legend == null) {
            return null;
        }
        return switch (String.valueOf(val(c(legend, "legendPos")))) {
            case "l" -> ChartModel.LegendPosition.LEFT;
            case "t" -> ChartModel.LegendPosition.TOP;
            case "b" -> ChartModel.LegendPosition.BOTTOM;
            default -> ChartModel.LegendPosition.RIGHT;
        };
    }

    /** The chart title: its own text, or for a title without text the name of the only series (as Word does). */
    private static String title(Element chart, List<Element> groups) {
        Element title = c(chart, "title");
        if (title == null) {
            return null;
        }
        String text = titleText(title);
        if (text != null) {
            return text;
        }
        List<Element> series = groups.size() == 1 ? cs(groups.getFirst(), "ser") : List.of();
        return series.size() == 1 ? seriesName(series.getFirst()) : null;
    }

    private static String axisTitle(Element axis) {
        Element title = c(axis, "title");
        return title == null ? null : titleText(title);
    }

    /** The text of a {@code c:title}: rich text paragraphs joined by spaces, or a cached reference. */
    private static String titleText(Element title) {
        Element tx = c(title, "tx");
        Element rich = c(tx, "rich");
        if (rich != null) {
            List<String> lines = new ArrayList<>();
            for (Element p : WordXml.children(rich)) {
                if (WordXml.A.equals(p.getNamespaceURI()) && p.getLocalName().equals("p")) {
                    StringBuilder line = new StringBuilder();
                    collectText(p, line);
                    if (!line.toString().isBlank()) {
                        lines.add(line.toString().strip());
                    }
                }
            }
            return lines.isEmpty() ? null : String.join(" ", lines);
        }
        Map<Integer, String> points = points(tx);
        return points.isEmpty() ? null : points.values().iterator().next();
    }

    private static void collectText(Element e, StringBuilder out) {
        for (Element child : WordXml.children(e)) {
            if (WordXml.A.equals(child.getNamespaceURI()) && child.getLocalName().equals("t")) {
                out.append(WordXml.text(child));
            } else if (WordXml.A.equals(child.getNamespaceURI()) && child.getLocalName().equals("br")) {
                out.append(' ');
            } else {
                collectText(child, out);
            }
        }
    }

    private static Element titleRPr(Element title) {
        Element rich = c(c(title, "tx"), "rich");
        Element fromRich = defRPr(rich);
        if (fromRich != null && !fromRich.getAttribute("sz").isEmpty()) {
            return fromRich;
        }
        Element run = WordXml.descendant(rich, WordXml.A, "rPr");
        if (run != null && !run.getAttribute("sz").isEmpty()) {
            return run;
        }
        return defRPr(c(title, "txPr"));
    }

    /** The default run properties of a text body ({@code c:txPr} or {@code c:rich}). */
    private static Element defRPr(Element textBody) {
        return textBody == null ? null : WordXml.descendant(textBody, WordXml.A, "defRPr");
    }

    private static float size(Element rPr, float fallback) {
        String sz = rPr == null ? "" : rPr.getAttribute("sz");
        try {
            return sz.isEmpty() ? fallback : Integer.parseInt(sz) / 100f;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String fontName(Element chartSpace) {
        Element latin = WordXml.descendant(defRPr(c(chartSpace, "txPr")), WordXml.A, "latin");
        String face = latin == null ? "" : latin.getAttribute("typeface");
        return face.isEmpty() || face.startsWith("+") ? DEFAULT_FONT : face;
    }

    private static Double number(Element e) {
        return parse(val(e));
    }

    private static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(Element e) {
        String v = val(e);
        try {
            return v == null ? null : Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** A {@code CT_Boolean}: absent element gives the fallback, an element without value is true. */
    private static boolean bool(Element e, boolean fallback) {
        if (e == null) {
            return fallback;
        }
        String v = e.getAttribute("val");
        return v.isEmpty() || bool(v, true);
    }

    private static boolean bool(String value, boolean fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    private static String val(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttribute("val");
        return v.isEmpty() ? null : v;
    }

    private static Element c(Element parent, String name) {
        return parent == null ? null : WordXml.childNs(parent, C, name);
    }

    private static List<Element> cs(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Element e : WordXml.children(parent)) {
            if (C.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
