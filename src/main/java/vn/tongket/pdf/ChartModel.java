package vn.tongket.pdf;

import java.awt.Color;
import java.util.List;

/**
 * A chart of the document ({@code c:chartSpace}) as drawn: its kind, title, categories and series with the values
 * Word cached in the chart part, and how labels and the legend are shown. Sizes of text are in points.
 *
 * @param kind          what is drawn; {@link Kind#PLACEHOLDER} for a chart type the converter does not draw
 * @param typeName      the chart type in words ("column chart", "area chart"), for warnings
 * @param title         the chart title, or null
 * @param categories    the category labels, in order
 * @param series        the series, in drawing order
 * @param labels        which data labels each point shows
 * @param legend        where the legend is, or null for none
 * @param valueAxis     the value axis (unused for pie charts)
 * @param categoryTitle the title of the category axis, or null
 * @param fontName      the Word font name of the chart text
 * @param textSize      the size of labels, legend and axis text
 * @param titleSize     the size of the chart title
 * @param gapWidth      the gap between clusters of bars as a percentage of a bar's width ({@code c:gapWidth})
 * @param frame         the colour of the line around the chart, or null for none
 */
record ChartModel(Kind kind, String typeName, String title, List<String> categories, List<Series> series,
                  DataLabels labels, LegendPosition legend, ValueAxis valueAxis, String categoryTitle,
                  String fontName, float textSize, float titleSize, float gapWidth, java.awt.Color frame) {

    /** Word's gap between clusters of bars: 150% of a bar. */
    static final float DEFAULT_GAP_WIDTH = 150f;

    ChartModel {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    enum Kind {
        /** Vertical bars side by side ({@code c:barDir val="col"}). */
        COLUMN,
        /** Horizontal bars side by side ({@code c:barDir val="bar"}). */
        BAR,
        LINE,
        PIE,
        PLACEHOLDER
    }

    enum LegendPosition { RIGHT, LEFT, TOP, BOTTOM }

    /**
     * One series.
     *
     * @param values      one value per category; null where the cache has no point
     * @param color       the fill of bars and slices, or the colour of the line
     * @param pointColors the colours of single points ({@code c:dPt}) by index, null where not set
     * @param markers     whether a line chart marks its points
     * @param lineWidth   the width of the line of a line chart, in points
     * @param format      the number format of the values ({@code formatCode}), or null for General
     */
    record Series(String name, List<Double> values, Color color, List<Color> pointColors, boolean markers,
                  float lineWidth, String format) {

        Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            pointColors = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pointColors));
        }

        /** The colour of point {@code i}: its own, else the series colour. */
        Color colorOf(int i) {
            return i < pointColors.size() && pointColors.get(i) != null ? pointColors.get(i) : color;
        }
    }

    /** What the data labels show, if any: the value, the percentage (pie), the category name. */
    record DataLabels(boolean value, boolean percent, boolean category, String format) {

        static final DataLabels NONE = new DataLabels(false, false, false, null);

        boolean any() {
            return value || percent || category;
        }
    }

    /**
     * @param min        the fixed minimum, or null for automatic
     * @param max        the fixed maximum, or null for automatic
     * @param majorUnit  the fixed distance between ticks ({@code c:majorUnit}), or null for automatic
     * @param format     the number format of the tick labels, or null to use the values' own
     * @param gridlines  whether major gridlines are drawn
     * @param title      the axis title, or null
     * @param visible    whether the axis and its labels are drawn ({@code c:delete} off)
     */
    record ValueAxis(Double min, Double max, Double majorUnit, String format, boolean gridlines, String title,
                     boolean visible) {

        static final ValueAxis AUTOMATIC = new ValueAxis(null, null, null, null, true, null, true);
    }

    /** A framed box of the drawing's size for a chart type that is not drawn. */
    static ChartModel placeholder(String typeName, String title, String fontName, float textSize) {
        return new ChartModel(Kind.PLACEHOLDER, typeName, title, List.of(), List.of(), DataLabels.NONE, null,
                ValueAxis.AUTOMATIC, null, fontName, textSize, textSize, DEFAULT_GAP_WIDTH, null);
    }

    /** Every text the chart draws, for the check of glyphs. */
    List<String> texts() {
        List<String> texts = new java.util.ArrayList<>(categories);
        if (title != null) {
            texts.add(title);
        }
        if (categoryTitle != null) {
            texts.add(categoryTitle);
        }
        if (valueAxis.title() != null) {
            texts.add(valueAxis.title());
        }
        series.forEach(s -> {
            if (s.name() != null) {
                texts.add(s.name());
            }
        });
        return texts;
    }
}
