package vn.tongket.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a {@link ChartModel} as vector graphics and text into a PDF form (a {@link PdfTemplate} of the drawing's
 * size), in the manner of Word's default chart style: the title on top, the legend at its side, light grey
 * gridlines, value labels on the value axis, category labels (wrapped to their slot) on the category axis, data
 * labels where the chart asks for them. Text is drawn in the bundled fonts, with fallbacks for missing glyphs.
 * <p>
 * A placeholder chart is an empty frame with the chart's title, if it has one.
 */
final class ChartDrawer {

    private static final Color TEXT = new Color(0x595959);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color AXIS = new Color(0xBFBFBF);
    private static final Color FRAME = new Color(0x808080);
    private static final float PADDING = 7f;
    private static final float GAP = 5f;
    private static final float LINE_FACTOR = 1.2f;
    private static final float THIN = 0.75f;
    /** Word leaves 5% of the data's range free above the highest value. */
    private static final int MAX_LABEL_LINES = 3;
    private static final float PIE_LABEL_RADIUS = 0.65f;

    private final FontLibrary fonts;

    ChartDrawer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    PdfTemplate draw(PdfWriter writer, ChartModel chart, float width, float height) {
        PdfTemplate template = PdfTemplate.createTemplate(writer, width, height);
        new Drawing(template, chart, fonts.face(chart.fontName(), false, false), width, height).draw();
        return template;
    }

    /**
     * A range of values and the distance between its ticks. Where the chart part leaves them automatic, they are
     * chosen as LibreOffice chooses them for a linear axis (chart2 {@code ScaleAutomatism}), so that the same tick
     * labels are drawn: a range of positive values starts at 0 unless its values lie close together; the distance
     * is 1, 2 or 5 times a power of ten, the smallest that keeps the intervals to as many labels as fit along the
     * axis (the axis length over one label's extent, 2 to 10); the limits move out to whole multiples of the
     * distance, and one distance further when the data would come within a 21st of the range of the border.
     */
    record Scale(double min, double max, double step) {

        /** As many intervals as LibreOffice allows with a distance the chart part fixes. */
        private static final int MAX_MANUAL_INTERVALS = 500;
        private static final double EPSILON = 1e-9;

        /**
         * @param length      the length of the axis, in points
         * @param labelExtent the room one tick label takes along the axis: its height on an upright axis, its width
         *                    on a horizontal one
         */
        static Scale of(double dataMin, double dataMax, ChartModel.ValueAxis axis, float length, float labelExtent) {
            boolean autoMin = axis.min() == null;
            boolean autoMax = axis.max() == null;
            double sourceMin = autoMin ? dataMin : axis.min();
            double sourceMax = autoMax ? dataMax : axis.max();
            if (sourceMin > sourceMax) {
                if (autoMax || !autoMin) {
                    sourceMax = sourceMin;
                } else {
                    sourceMin = sourceMax;
                }
            }
            // a range of negative values is worked out as the positive one and turned back at the end
            boolean negated = sourceMin < 0 && sourceMax <= 0;
            if (negated) {
                double lowest = sourceMin;
                sourceMin = -sourceMax;
                sourceMax = -lowest;
                boolean swap = autoMin;
                autoMin = autoMax;
                autoMax = swap;
            }
            double low = sourceMin;
            double high = sourceMax;
            if (autoMin && low > 0) {
                low = low == high || low / high < 5.0 / 6.0 ? 0 : low - (high - low) / 2;
            }
            if (low == high) {
                if (autoMax || !autoMin) {
                    high = high == 0 ? 1 : high * 2;
                } else {
                    low = low == 0 ? -1 : low / 2;
                }
            }
            double base = !autoMin ? low : !autoMax ? high : 0;
            boolean autoStep = axis.majorUnit() == null;
            int maxIntervals = autoStep
                    ? Math.max(2, Math.min(10, labelExtent > 0 ? (int) (length / labelExtent) : 10))
                    : MAX_MANUAL_INTERVALS;
            double step = autoStep ? niceStep((high - low) / maxIntervals) : axis.majorUnit();
            while (true) {
                double axisMin = low;
                double axisMax = high;
                if (autoMin) {
                    axisMin = base + Math.floor((axisMin - base) / step + EPSILON) * step;
                    if (axisMin != 0 && (axisMax - sourceMin) / (axisMax - axisMin) > 20.0 / 21.0) {
                        axisMin -= step;
                    }
                }
                if (autoMax) {
                    axisMax = base + Math.ceil((axisMax - base) / step - EPSILON) * step;
                    if (axisMax != 0 && (sourceMax - axisMin) / (axisMax - axisMin) > 20.0 / 21.0) {
                        axisMax += step;
                    }
                }
                if (Math.floor((axisMax - axisMin) / step + EPSILON) <= maxIntervals) {
                    // adding 0 turns -0 into 0, which would be labelled "-0"
                    return negated ? new Scale(0.0 - axisMax, 0.0 - axisMin, step) : new Scale(axisMin, axisMax, step);
                }
                step = autoStep ? nextStep(step) : niceStep((high - low) / maxIntervals);
                autoStep = true;
            }
        }

        /** The smallest of 1, 2 and 5 times a power of ten that is at least {@code raw}. */
        static double niceStep(double raw) {
            if (!(raw > 1e-307) || Double.isInfinite(raw)) {
                return 1;
            }
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / magnitude;
            double nice = fraction <= 1 + EPSILON ? 1 : fraction <= 2 + EPSILON ? 2 : fraction <= 5 + EPSILON ? 5 : 10;
            return nice * magnitude;
        }

        /** The next larger of 1, 2 and 5 times a power of ten. */
        private static double nextStep(double step) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(step) + EPSILON));
            double fraction = Math.round(step / magnitude);
            return (fraction < 2 ? 2 : fraction < 5 ? 5 : 10) * magnitude;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            int count = (int) Math.round((max - min) / step);
            for (int i = 0; i <= count && i <= 100; i++) {
                ticks.add(min + i * step);
            }
            return ticks;
        }

        /** Where the value lies between {@code from} and {@code to}, clamped to the range. */
        float position(double value, float from, float to) {
            double share = (Math.max(min, Math.min(max, value)) - min) / (max - min);
            return (float) (from + share * (to - from));
        }
    }

    /** A legend entry: a name and its colour, drawn as a line for line charts. */
    private record Entry(String name, Color color, boolean line) {
    }

    private final class Drawing {
        private final PdfContentByte canvas;
        private final ChartModel chart;
        private final FontLibrary.Face face;
        private final float size;
        private final float lineHeight;
        private float left;
        private float bottom;
        private float right;
        private float top;

        Drawing(PdfContentByte canvas, ChartModel chart, FontLibrary.Face face, float width, float height) {
            this.canvas = canvas;
            this.chart = chart;
            this.face = face;
            this.size = chart.textSize();
            this.lineHeight = size * LINE_FACTOR;
            this.left = PADDING;
            this.bottom = PADDING;
            this.right = width - PADDING;
            this.top = height - PADDING;
        }

        void draw() {
            float width = right + PADDING;
            float height = top + PADDING;
            if (chart.kind() == ChartModel.Kind.PLACEHOLDER || chart.frame() != null) {
                canvas.setColorStroke(chart.frame() != null ? chart.frame() : FRAME);
                canvas.setLineWidth(THIN);
                canvas.rectangle(THIN / 2, THIN / 2, width - THIN, height - THIN);
                canvas.stroke();
            }
            title();
            if (chart.kind() == ChartModel.Kind.PLACEHOLDER || chart.series().isEmpty()) {
                return;
            }
            legend();
            switch (chart.kind()) {
                case COLUMN, LINE -> verticalPlot();
                case BAR -> horizontalPlot();
                case PIE -> pie();
                case PLACEHOLDER -> {
                    // drawn above
                }
            }
        }

        private void title() {
            if (chart.title() == null) {
                return;
            }
            float titleSize = chart.titleSize();
            for (String line : wrap(chart.title(), titleSize, right - left)) {
                text(line, titleSize, (left + right) / 2, top - titleSize * face.ascentFactor(), 1, TEXT);
                top -= titleSize * LINE_FACTOR;
            }
            top -= GAP;
        }

        private List<Entry> entries() {
            List<Entry> entries = new ArrayList<>();
            if (chart.kind() == ChartModel.Kind.PIE) {
                ChartModel.Series series = chart.series().getFirst();
                for (int i = 0; i < chart.categories().size(); i++) {
                    entries.add(new Entry(chart.categories().get(i), series.colorOf(i), false));
                }
            } else {
                for (int i = 0; i < chart.series().size(); i++) {
                    ChartModel.Series series = chart.series().get(i);
                    entries.add(new Entry(series.name() != null ? series.name() : "Series " + (i + 1),
                            series.color(), chart.kind() == ChartModel.Kind.LINE));
                }
            }
            return entries;
        }

        private void legend() {
            List<Entry> entries = entries();
            if (chart.legend() == null || entries.isEmpty()) {
                return;
            }
            float swatch = size * 0.7f;
            float gap = size * 0.4f;
            switch (chart.legend()) {
                case RIGHT, LEFT -> {
                    float textWidth = 0;
                    for (Entry entry : entries) {
                        textWidth = Math.max(textWidth, width(entry.name(), size));
                    }
                    float legendWidth = Math.min(swatch + gap + textWidth, (right - left) * 0.35f);
                    float y = (top + bottom) / 2 + entries.size() * lineHeight / 2;
                    float x = chart.legend() == ChartModel.LegendPosition.RIGHT ? right - legendWidth : left;
                    for (Entry entry : entries) {
                        entry(entry, x, y - lineHeight, swatch, gap, legendWidth - swatch - gap);
                        y -= lineHeight;
                    }
                    if (chart.legend() == ChartModel.LegendPosition.RIGHT) {
                        right -= legendWidth + GAP;
                    } else {
                        left += legendWidth + GAP;
                    }
                }
                case TOP, BOTTOM -> {
                    List<List<Entry>> rows = new ArrayList<>();
                    List<Float> rowWidths = new ArrayList<>();
                    List<Entry> row = new ArrayList<>();
                    float rowWidth = 0;
                    for (Entry entry : entries) {
                        float entryWidth = swatch + gap + width(entry.name(), size) + 2 * gap;
                        if (!row.isEmpty() && rowWidth + entryWidth > right - left) {
                            rows.add(row);
                            rowWidths.add(rowWidth);
                            row = new ArrayList<>();
                            rowWidth = 0;
                        }
                        row.add(entry);
                        rowWidth += entryWidth;
                    }
                    rows.add(row);
                    rowWidths.add(rowWidth);
                    float y = chart.legend() == ChartModel.LegendPosition.TOP ? top : bottom + rows.size() * lineHeight;
                    for (int r = 0; r < rows.size(); r++) {
                        float x = (left + right - rowWidths.get(r)) / 2 + gap;
                        for (Entry entry : rows.get(r)) {
                            float textWidth = width(entry.name(), size);
                            entry(entry, x, y - lineHeight, swatch, gap, textWidth);
                            x += swatch + gap + textWidth + 2 * gap;
                        }
                        y -= lineHeight;
                    }
                    if (chart.legend() == ChartModel.LegendPosition.TOP) {
                        top -= rows.size() * lineHeight + GAP;
                    } else {
                        bottom += rows.size() * lineHeight + GAP;
                    }
                }
            }
        }

        /** One legend entry in a line box whose bottom is {@code y}. */
        private void entry(Entry entry, float x, float y, float swatch, float gap, float textWidth) {
            float middle = y + lineHeight / 2;
            if (entry.line()) {
                canvas.setColorStroke(entry.color());
                canvas.setLineWidth(Math.min(2f, swatch / 3));
                canvas.moveTo(x, middle);
                canvas.lineTo(x + swatch, middle);
                canvas.stroke();
            } else {
                canvas.setColorFill(entry.color());
                canvas.rectangle(x, middle - swatch / 2, swatch, swatch);
                canvas.fill();
            }
            String name = fit(entry.name(), size, textWidth);
            text(name, size, x + swatch + gap, middle - size * 0.35f, 0, TEXT);
        }

        private double[] dataRange() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (ChartModel.Series series : chart.series()) {
                for (Double value : series.values()) {
                    if (value != null) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                }
            }
            return min > max ? new double[]{0, 1} : new double[]{min, max};
        }

        private String valueFormat() {
            if (chart.valueAxis().format() != null) {
                return chart.valueAxis().format();
            }
            return chart.series().getFirst().format();
        }

        /** Column and line charts: categories along the bottom, values up the left. */
        private void verticalPlot() {
            ChartModel.ValueAxis axis = chart.valueAxis();
            double[] range = dataRange();
            Scale scale = Scale.of(range[0], range[1], axis, top - bottom - 3 * lineHeight, lineHeight);
            List<String> tickLabels = new ArrayList<>();
            float labelWidth = 0;
            for (double tick : scale.ticks()) {
                String label = ChartNumbers.format(tick, valueFormat());
                tickLabels.add(label);
                labelWidth = Math.max(labelWidth, width(label, size));
            }
            float axisTitleWidth = axis.title() != null ? lineHeight + 2 : 0;
            float x0 = left + axisTitleWidth + (axis.visible() ? labelWidth + 4 : 0);
            float x1 = right;
            int count = chart.categories().size();
            float slot = (x1 - x0) / Math.max(1, count);
            List<List<String>> categoryLines = new ArrayList<>();
            int maxLines = 1;
            for (String category : chart.categories()) {
                List<String> lines = wrap(category, size, slot - 2);
                lines = lines.subList(0, Math.min(MAX_LABEL_LINES, lines.size()));
                categoryLines.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            float categoryTitleHeight = chart.categoryTitle() != null ? lineHeight + 2 : 0;
            float y0 = bottom + categoryTitleHeight + maxLines * lineHeight + 3;
            float y1 = top - size * 0.6f;
            List<Double> ticks = scale.ticks();
            for (int i = 0; i < ticks.size(); i++) {
                float y = scale.position(ticks.get(i), y0, y1);
                if (axis.gridlines()) {
                    line(x0, y, x1, y, GRID, THIN);
                }
                if (axis.visible()) {
                    text(tickLabels.get(i), size, x0 - 4, y - size * 0.35f, 2, TEXT);
                }
            }
            if (axis.title() != null) {
                rotatedText(axis.title(), size, left + size * face.ascentFactor(), (y0 + y1) / 2);
            }
            float zero = scale.position(0, y0, y1);
            for (int i = 0; i < count; i++) {
                float y = y0 - 3 - size * face.ascentFactor();
                for (String line : categoryLines.get(i)) {
                    text(line, size, x0 + (i + 0.5f) * slot, y, 1, TEXT);
                    y -= lineHeight;
                }
            }
            if (chart.categoryTitle() != null) {
                text(chart.categoryTitle(), size, (x0 + x1) / 2, bottom + size * 0.3f, 1, TEXT);
            }
            if (chart.kind() == ChartModel.Kind.COLUMN) {
                columns(scale, x0, slot, y0, y1, zero);
            }
            line(x0, zero, x1, zero, AXIS, THIN);
            if (chart.kind() == ChartModel.Kind.LINE) {
                lines(scale, x0, slot, y0, y1);
            }
        }

        private void columns(Scale scale, float x0, float slot, float y0, float y1, float zero) {
            int seriesCount = chart.series().size();
            float bar = slot / (seriesCount + chart.gapWidth() / 100f);
            for (int s = 0; s < seriesCount; s++) {
                ChartModel.Series series = chart.series().get(s);
                for (int i = 0; i < series.values().size() && i < chart.categories().size(); i++) {
                    Double value = series.values().get(i);
                    if (value == null) {
                        continue;
                    }
                    float x = x0 + i * slot + bar * chart.gapWidth() / 200f + s * bar;
                    float y = scale.position(value, y0, y1);
                    canvas.setColorFill(series.colorOf(i));
                    canvas.rectangle(x, Math.min(zero, y), bar, Math.abs(y - zero));
                    canvas.fill();
                    if (chart.labels().any()) {
                        float labelY = value >= 0 ? y + 2 : y - size - 1;
                        text(label(series, i, value, 0), size, x + bar / 2, labelY, 1, TEXT);
                    }
                }
            }
        }

        private void lines(Scale scale, float x0, float slot, float y0, float y1) {
            for (ChartModel.Series series : chart.series()) {
                canvas.setColorStroke(series.color());
                canvas.setLineWidth(series.lineWidth());
                canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
                boolean open = false;
                int count = Math.min(series.values().size(), chart.categories().size());
                for (int i = 0; i < count; i++) {
                    Double value = series.values().get(i);
                    if (value == null) {
                        open = false;
                        continue;
                    }
                    float x = x0 + (i + 0.5f) * slot;
                    float y = scale.position(value, y0, y1);
                    if (open) {
                        canvas.lineTo(x, y);
                    } else {
                        canvas.moveTo(x, y);
                        open = true;
                    }
                }
                canvas.stroke();
                canvas.setLineCap(PdfContentByte.LINE_CAP_BUTT);
                canvas.setLineJoin(PdfContentByte.LINE_JOIN_MITER);
                for (int i = 0; i < count; i++) {
                    Double value = series.values().get(i);
                    if (value == null) {
                        continue;
                    }
                    float x = x0 + (i + 0.5f) * slot;
                    float y = scale.position(value, y0, y1);
                    if (series.markers()) {
                        canvas.setColorFill(series.colorOf(i));
                        canvas.circle(x, y, Math.max(2.5f, series.lineWidth()));
                        canvas.fill();
                    }
                    if (chart.labels().any()) {
                        text(label(series, i, value, 0), size, x, y + Math.max(2.5f, series.lineWidth()) + 2, 1,
                                TEXT);
                    }
                }
            }
        }

        /** Bar charts: categories up the left (the first at the bottom, as in Word), values along the bottom. */
        private void horizontalPlot() {
            ChartModel.ValueAxis axis = chart.valueAxis();
            double[] range = dataRange();
            int count = chart.categories().size();
            float labelColumn = 0;
            for (String category : chart.categories()) {
                labelColumn = Math.max(labelColumn, width(category, size));
            }
            labelColumn = Math.min(labelColumn, (right - left) * 0.35f) + 4;
            float categoryTitleWidth = chart.categoryTitle() != null ? lineHeight + 2 : 0;
            float x0 = left + categoryTitleWidth + labelColumn;
            float labelWidth = Math.max(width(ChartNumbers.format(range[0], valueFormat()), size),
                    width(ChartNumbers.format(range[1], valueFormat()), size));
            Scale scale = Scale.of(range[0], range[1], axis, right - x0, labelWidth);
            String lastLabel = ChartNumbers.format(scale.max(), valueFormat());
            float x1 = right - width(lastLabel, size) / 2;
            float axisTitleHeight = axis.title() != null ? lineHeight + 2 : 0;
            float y0 = bottom + axisTitleHeight + (axis.visible() ? lineHeight + 3 : 0);
            float y1 = top;
            float slot = (y1 - y0) / Math.max(1, count);
            for (double tick : scale.ticks()) {
                float x = scale.position(tick, x0, x1);
                if (axis.gridlines()) {
                    line(x, y0, x, y1, GRID, THIN);
                }
                if (axis.visible()) {
                    text(ChartNumbers.format(tick, valueFormat()), size, x, y0 - 3 - size * face.ascentFactor(), 1,
                            TEXT);
                }
            }
            if (axis.title() != null) {
                text(axis.title(), size, (x0 + x1) / 2, bottom + size * 0.3f, 1, TEXT);
            }
            if (chart.categoryTitle() != null) {
                rotatedText(chart.categoryTitle(), size, left + size * face.ascentFactor(), (y0 + y1) / 2);
            }
            for (int i = 0; i < count; i++) {
                List<String> lines = wrap(chart.categories().get(i), size, labelColumn - 4);
                lines = lines.subList(0, Math.min(MAX_LABEL_LINES, lines.size()));
                float y = y0 + (i + 0.5f) * slot + lines.size() * lineHeight / 2 - size * face.ascentFactor();
                for (String line : lines) {
                    text(line, size, x0 - 4, y, 2, TEXT);
                    y -= lineHeight;
                }
            }
            float zero = scale.position(0, x0, x1);
            int seriesCount = chart.series().size();
            float bar = slot / (seriesCount + chart.gapWidth() / 100f);
            for (int s = 0; s < seriesCount; s++) {
                ChartModel.Series series = chart.series().get(s);
                for (int i = 0; i < series.values().size() && i < count; i++) {
                    Double value = series.values().get(i);
                    if (value == null) {
                        continue;
                    }
                    float y = y0 + i * slot + bar * chart.gapWidth() / 200f + s * bar;
                    float x = scale.position(value, x0, x1);
                    canvas.setColorFill(series.colorOf(i));
                    canvas.rectangle(Math.min(zero, x), y, Math.abs(x - zero), bar);
                    canvas.fill();
                    if (chart.labels().any()) {
                        String label = label(series, i, value, 0);
                        float labelX = value >= 0 ? x + 3 : x - 3 - width(label, size);
                        text(label, size, labelX, y + bar / 2 - size * 0.35f, 0, TEXT);
                    }
                }
            }
            line(zero, y0, zero, y1, AXIS, THIN);
        }

        /** Pie charts: the first series, slices clockwise from twelve o'clock. */
        private void pie() {
            ChartModel.Series series = chart.series().getFirst();
            double total = 0;
            for (Double value : series.values()) {
                total += value != null && value > 0 ? value : 0;
            }
            if (total <= 0) {
                return;
            }
            float radius = Math.max(1f, Math.min(right - left, top - bottom) / 2 - 2);
            float cx = (left + right) / 2;
            float cy = (top + bottom) / 2;
            float start = 90f;
            canvas.setColorStroke(Color.WHITE);
            canvas.setLineWidth(THIN);
            canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
            List<Runnable> labels = new ArrayList<>();
            for (int i = 0; i < series.values().size(); i++) {
                Double value = series.values().get(i);
                if (value == null || value <= 0) {
                    continue;
                }
                float extent = (float) (-value / total * 360);
                Color color = series.colorOf(i);
                canvas.setColorFill(color);
                canvas.moveTo(cx, cy);
                List<float[]> curves = PdfContentByte.bezierArc(cx - radius, cy - radius, cx + radius, cy + radius,
                        start, extent);
                canvas.lineTo(curves.getFirst()[0], curves.getFirst()[1]);
                for (float[] c : curves) {
                    canvas.curveTo(c[2], c[3], c[4], c[5], c[6], c[7]);
                }
                canvas.closePathFillStroke();
                if (chart.labels().any()) {
                    double middle = Math.toRadians(start + extent / 2);
                    float x = cx + (float) (Math.cos(middle) * radius * PIE_LABEL_RADIUS);
                    float y = cy + (float) (Math.sin(middle) * radius * PIE_LABEL_RADIUS);
                    String text = label(series, i, value, value / total);
                    Color ink = luminance(color) < 0.45 ? Color.WHITE : Color.BLACK;
                    labels.add(() -> text(text, size, x, y - size * 0.35f, 1, ink));
                }
                start += extent;
            }
            canvas.setLineJoin(PdfContentByte.LINE_JOIN_MITER);
            labels.forEach(Runnable::run);
        }

        /** The data label of a point: category, value and percentage as the chart asks, separated by "; ". */
        private String label(ChartModel.Series series, int point, double value, double share) {
            ChartModel.DataLabels labels = chart.labels();
            List<String> parts = new ArrayList<>();
            if (labels.category() && point < chart.categories().size()) {
                parts.add(chart.categories().get(point));
            }
            if (labels.value() || !labels.percent() && !labels.category()) {
                parts.add(ChartNumbers.format(value, labels.format() != null ? labels.format() : series.format()));
            }
            if (labels.percent() && chart.kind() == ChartModel.Kind.PIE) {
                parts.add(ChartNumbers.format(share, "0%"));
            }
            return String.join("; ", parts);
        }

        private void line(float x0, float y0, float x1, float y1, Color color, float width) {
            canvas.setColorStroke(color);
            canvas.setLineWidth(width);
            canvas.moveTo(x0, y0);
            canvas.lineTo(x1, y1);
            canvas.stroke();
        }

        private float width(String text, float textSize) {
            float total = 0;
            for (FontLibrary.Run run : fonts.runs(text, face)) {
                if (run.face() != null) {
                    total += run.face().font().getWidthPoint(run.text(), textSize);
                }
            }
            return total;
        }

        /** Draws a line of text; {@code align} 0 left, 1 centre, 2 right of {@code x}; {@code y} is the baseline. */
        private void text(String text, float textSize, float x, float y, int align, Color color) {
            float start = switch (align) {
                case 1 -> x - width(text, textSize) / 2;
                case 2 -> x - width(text, textSize);
                default -> x;
            };
            runs(text, textSize, color, false, start, y);
        }

        /** Text turned a quarter left, centred on {@code y}, its baseline at {@code x}. */
        private void rotatedText(String text, float textSize, float x, float y) {
            runs(text, textSize, TEXT, true, x, y - width(text, textSize) / 2);
        }

        /** The text run by run, each in the face that has its glyphs, from ({@code x}, {@code y}) on. */
        private void runs(String text, float textSize, Color color, boolean rotated, float x, float y) {
            float advance = 0;
            canvas.beginText();
            canvas.setColorFill(color);
            for (FontLibrary.Run run : fonts.runs(text, face)) {
                if (run.face() == null) {
                    continue;
                }
                canvas.setFontAndSize(run.face().font(), textSize);
                if (rotated) {
                    canvas.setTextMatrix(0, 1, -1, 0, x, y + advance);
                } else {
                    canvas.setTextMatrix(x + advance, y);
                }
                canvas.showText(run.text());
                advance += run.face().font().getWidthPoint(run.text(), textSize);
            }
            canvas.endText();
        }

        /** The text broken at spaces into lines no wider than {@code maxWidth} (a longer word keeps its line). */
        private List<String> wrap(String text, float textSize, float maxWidth) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, textSize) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text, cut with an ellipsis if wider than {@code maxWidth}. */
        private String fit(String text, float textSize, float maxWidth) {
            if (width(text, textSize) <= maxWidth) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && width(cut + "…", textSize) > maxWidth) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }

        private static double luminance(Color color) {
            return (0.299 * color.getRed() + 0.587 * color.getGreen() + 0.114 * color.getBlue()) / 255;
        }
    }
}
