package vn.tongket.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

/**
 * The data of one chart, as the data model gives it:
 * {@code {"title": "...", "categories": ["Kinh tế", ...], "series": [{"name": "Đạt", "values": [3, ...]}, ...]}}.
 * The title may be missing; a value may be null (a gap). Read through FreeMarker's models, so maps and records both
 * work.
 *
 * @param title      the chart's title, or null for none
 * @param categories the category labels, at least one
 * @param series     the series, at least one, each with one value (or null) per category
 */
record ChartData(String title, List<String> categories, List<Series> series) {

    /** Bounds that keep a chart (and its workbook) a reasonable size whatever the data. */
    static final int MAX_CATEGORIES = 10_000;
    static final int MAX_SERIES = 250;

    record Series(String name, List<BigDecimal> values) {
    }

    static ChartData read(TemplateModel value, String binding) {
        try {
            return readModel(value, binding);
        } catch (TemplateModelException e) {
            throw new FillProblem("the chart data “" + binding + "” cannot be read: " + e.getMessage());
        }
    }

    private static ChartData readModel(TemplateModel value, String binding) throws TemplateModelException {
        if (!(value instanceof TemplateHashModel hash) || value instanceof TemplateScalarModel) {
            throw wrong(binding, "a chart's data: a map with “categories” and “series”", value);
        }
        TemplateModel titleModel = hash.get("title");
        String title = null;
        if (titleModel instanceof TemplateScalarModel s) {
            title = s.getAsString();
        } else if (titleModel != null) {
            throw wrong(binding + ".title", "text", titleModel);
        }
        List<String> categories = new ArrayList<>();
        List<TemplateModel> categoryModels = items(hash.get("categories"), binding + ".categories");
        for (int i = 0; i < categoryModels.size(); i++) {
            TemplateModel c = categoryModels.get(i);
            if (c instanceof TemplateScalarModel s) {
                categories.add(s.getAsString());
            } else if (c instanceof TemplateNumberModel n) {
                categories.add(plain(number(n, binding + ".categories[" + i + "]")));
            } else {
                throw wrong(binding + ".categories[" + i + "]", "text", c);
            }
        }
        if (categories.isEmpty()) {
            throw new FillProblem("the chart data “" + binding + "” has no categories");
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new FillProblem("the chart data “" + binding + "” has " + categories.size()
                    + " categories, more than a chart can show (" + MAX_CATEGORIES + ")");
        }
        List<Series> series = new ArrayList<>();
        List<TemplateModel> seriesModels = items(hash.get("series"), binding + ".series");
        for (int i = 0; i < seriesModels.size(); i++) {
            series.add(series(seriesModels.get(i), binding + ".series[" + i + "]", categories.size()));
        }
        if (series.isEmpty()) {
            throw new FillProblem("the chart data “" + binding + "” has no series");
        }
        if (series.size() > MAX_SERIES) {
            throw new FillProblem("the chart data “" + binding + "” has " + series.size()
                    + " series, more than a chart can show (" + MAX_SERIES + ")");
        }
        return new ChartData(title, List.copyOf(categories), List.copyOf(series));
    }

    private static Series series(TemplateModel model, String where, int categories) throws TemplateModelException {
        if (!(model instanceof TemplateHashModel hash) || model instanceof TemplateScalarModel) {
            throw wrong(where, "a series: a map with “name” and “values”", model);
        }
        TemplateModel nameModel = hash.get("name");
        if (!(nameModel instanceof TemplateScalarModel name)) {
            throw wrong(where + ".name", "text", nameModel);
        }
        List<TemplateModel> valueModels = items(hash.get("values"), where + ".values");
        List<BigDecimal> values = new ArrayList<>(valueModels.size());
        for (int i = 0; i < valueModels.size(); i++) {
            TemplateModel v = valueModels.get(i);
            if (v == null) {
                values.add(null);
            } else if (v instanceof TemplateNumberModel n) {
                values.add(number(n, where + ".values[" + i + "]"));
            } else {
                throw wrong(where + ".values[" + i + "]", "a number", v);
            }
        }
        if (values.size() != categories) {
            throw new FillProblem("the series “" + name.getAsString() + "” (" + where + ") has " + values.size()
                    + " values for " + categories + " categories");
        }
        return new Series(name.getAsString(), Collections.unmodifiableList(values));
    }

    private static List<TemplateModel> items(TemplateModel model, String where) throws TemplateModelException {
        List<TemplateModel> items = new ArrayList<>();
        if (model instanceof TemplateSequenceModel seq && !(model instanceof TemplateScalarModel)) {
            int size = seq.size();
            for (int i = 0; i < size; i++) {
                items.add(seq.get(i));
            }
        } else if (model instanceof TemplateCollectionModel collection && !(model instanceof TemplateScalarModel)) {
            for (TemplateModelIterator it = collection.iterator(); it.hasNext(); ) {
                items.add(it.next());
            }
        } else {
            throw wrong(where, "a list", model);
        }
        return items;
    }

    private static BigDecimal number(TemplateNumberModel n, String where) throws TemplateModelException {
        Number number = n.getAsNumber();
        BigDecimal d = number == null ? null : VietnameseFormats.exactDecimal(number);
        if (d == null) {
            throw new FillProblem("“" + where + "” is " + number + ", not a number a chart can show");
        }
        return d;
    }

    /** A number written for a chart's cache and workbook: plain digits, a point before decimals. */
    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static FillProblem wrong(String where, String expected, TemplateModel found) {
        return new FillProblem("“" + where + "” should be " + expected + ", but it is " + kind(found));
    }

    /** How a value looks to a clerk: "missing", "text “abc”", "a number", "a list", ... */
    static String kind(TemplateModel m) {
        try {
            if (m == null) {
                return "missing";
            }
            if (m instanceof TemplateScalarModel s) {
                String text = s.getAsString();
                return "text “" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "”";
            }
            if (m instanceof TemplateNumberModel n) {
                return "the number " + n.getAsNumber();
            }
            if (m instanceof TemplateBooleanModel) {
                return "true or false";
            }
            if (m instanceof TemplateDateModel) {
                return "a date";
            }
            if (m instanceof TemplateSequenceModel || m instanceof TemplateCollectionModel) {
                return "a list";
            }
            if (m instanceof TemplateHashModel) {
                return "a map";
            }
        } catch (TemplateModelException e) {
            return "a value that cannot be read";
        }
        return "something else";
    }
}
