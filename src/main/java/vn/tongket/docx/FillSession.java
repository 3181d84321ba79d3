package vn.tongket.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * One fill of a {@link DocxTemplate}: runs the parts' templates, then writes the parts that depend on what they
 * reached (bound charts, their workbooks, pictures, the relationships and content types that name them), then the
 * zip. It is also the {@value Bindings#SESSION} hash the compiled templates call: {@code chart(id)},
 * {@code picture(id)}, {@code drawing()}, and the guards {@code step(index)} and {@code call(id)} that hold the fill
 * to its {@link FillLimits}.
 */
final class FillSession implements TemplateHashModel {

    private static final String CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private static final String RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

    /** The values a bound drawing's FreeMarker reads: {@code id}, and for pictures {@code cx} and {@code cy}. */
    private record Drawing(Map<String, String> values) implements TemplateHashModel {
        @Override
        public TemplateModel get(String key) {
            String v = values.get(key);
            return v == null ? null : new SimpleScalar(v);
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /** A part the fill adds, after the template's parts. */
    private record Added(String name, byte[] content) {
    }

    private final DocxTemplate template;
    private final Map<String, ?> model;
    private final FillLimits limits;
    private long repetitions;
    private long outputChars;
    private int drawingIds;
    private int lastCall = -1;
    /** Chart part to the data of each distinct use: the first fills the part itself, the others copies of it. */
    private final Map<String, List<ChartData>> charts = new LinkedHashMap<>();
    private final Map<String, List<String>> chartCopies = new LinkedHashMap<>();
    private final Map<PictureData, String> pictures = new LinkedHashMap<>();
    /** Owner part to target part to the relationship added for it. */
    private final Map<String, Map<String, Relationships.Rel>> addedRels = new LinkedHashMap<>();
    private final List<String> addedNames = new ArrayList<>();

    FillSession(DocxTemplate template, Map<String, ?> model) {
        this.template = template;
        this.model = model;
        this.limits = template.limits();
    }

    void write(OutputStream out) {
        List<DocxTemplate.Part> parts = template.parts();
        DocxZip.Compressed[] written = new DocxZip.Compressed[parts.size()];
        try {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) instanceof DocxTemplate.Filled f) {
                    written[i] = render(f);
                }
            }
            List<Added> added = addedParts();
            DocxZip.Output zip = new DocxZip.Output(out);
            for (int i = 0; i < parts.size(); i++) {
                DocxZip.Compressed c = written[i] != null ? written[i] : content(parts.get(i), added);
                if (c != null) {
                    zip.add(parts.get(i).zipName(), c);
                }
            }
            for (Added a : added) {
                zip.add(a.name(), DocxZip.compress(a.content()));
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the filled " + template.name() + " failed", e);
        }
    }

    private DocxZip.Compressed render(DocxTemplate.Filled part) throws IOException {
        DocxZip.DeflatingSink sink = new DocxZip.DeflatingSink();
        Writer w = new Counting(new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 16 * 1024));
        try {
            Environment env = part.template().createProcessingEnvironment(model, w);
            env.setGlobalVariable(Bindings.SESSION, this);
            env.process();
        } catch (TemplateException e) {
            sink.discard();
            FillProblem data = fillProblem(e);
            throw part.ref().problem(part.place(e.getLineNumber()), data != null ? data.getMessage()
                    : TemplateCompiler.freemarkerMessage(e.getMessageWithoutStackTop()), e);
        } catch (OutputLimit e) {
            sink.discard();
            throw part.ref().problem(part.place(e.line), e.getMessage());
        } catch (StackOverflowError e) {
            sink.discard();
            String detail = " calls itself without end (more nested calls than Java's stack holds)";
            if (lastCall < 0) {
                throw part.ref().problem("", "the template" + detail);
            }
            Bindings.Macro macro = template.bindings().macro(lastCall);
            throw macro.ref().problem(macro.place(), macro.name() + detail);
        }
        w.flush();
        return sink.finish();
    }

    private static FillProblem fillProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FillProblem p) {
                return p;
            }
        }
        return null;
    }

    // ---- the hash the compiled templates call ----

    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "chart" -> (TemplateMethodModelEx) args -> chart(intArg(args, 0));
            case "picture" -> (TemplateMethodModelEx) args -> picture(intArg(args, 0));
            case "drawing" -> (TemplateMethodModelEx) args -> new SimpleScalar(Integer.toString(++drawingIds));
            case "step" -> (TemplateMethodModelEx) args -> step(intArg(args, 0));
            case "call" -> (TemplateMethodModelEx) args -> call(intArg(args, 0));
            default -> null;
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private static int intArg(List<?> args, int i) throws TemplateModelException {
        if (args.size() <= i || !(args.get(i) instanceof TemplateNumberModel n)) {
            throw new TemplateModelException("internal: a number argument was expected");
        }
        return n.getAsNumber().intValue();
    }

    private TemplateModel step(int index) {
        if (index >= limits.maxListItems()) {
            throw new FillProblem("a list repeats more than " + limits.maxListItems() + " times, the limit for one"
                    + " list: the data is too large, or the template lists without end");
        }
        return repeat();
    }

    private TemplateModel call(int id) {
        lastCall = id;
        return repeat();
    }

    private TemplateModel repeat() {
        if (++repetitions > limits.maxRepetitions()) {
            throw new FillProblem("the template repeats or calls more than " + limits.maxRepetitions()
                    + " times in all, the limit for one document: the data is too large, or the template loops"
                    + " without end");
        }
        checkVariables();
        return TemplateBooleanModel.FALSE;
    }

    /**
     * Text the template builds in a loop ({@code <#assign s = s + s>}) grows without writing anything: a variable
     * longer than a whole document may be stops the fill before it takes all memory.
     */
    private void checkVariables() {
        Environment env = Environment.getCurrentEnvironment();
        for (Environment.Namespace ns : List.of(env.getMainNamespace(), env.getCurrentNamespace(),
                env.getGlobalNamespace())) {
            try {
                for (var it = ns.keyValuePairIterator(); it.hasNext(); ) {
                    var pair = it.next();
                    long length = switch (pair.getValue()) {
                        case TemplateScalarModel text -> text.getAsString().length();
                        case WordXmlOutputFormat.Markup markup -> markup.getOutputFormat().getMarkupString(markup)
                                .length();
                        case null, default -> 0;
                    };
                    if (length > limits.maxOutputChars()) {
                        throw new FillProblem("the variable “" + ((TemplateScalarModel) pair.getKey()).getAsString()
                                + "” grows over " + limits.maxOutputChars() + " characters, more than a whole document"
                                + " may hold: the template builds text without end");
                    }
                }
            } catch (TemplateModelException e) {
                throw new FillProblem("the template's variables cannot be read: " + e.getMessage());
            }
        }
    }

    private TemplateModel chart(int id) {
        Bindings.Chart b = (Bindings.Chart) template.bindings().drawing(id);
        ChartData data = ChartData.read(lookup(b.path(), "the chart's data"), b.path());
        ChartTemplate chart = b.chart();
        List<ChartData> uses = charts.computeIfAbsent(chart.part, k -> new ArrayList<>());
        int use = uses.indexOf(data);
        if (use < 0) {
            uses.add(data);
            use = uses.size() - 1;
        }
        String relId = use == 0 ? b.relId() : relationship(b.owner().zipName(), Relationships.CHART, copy(chart, use));
        return new Drawing(Map.of("id", relId));
    }

    /** The part name of the {@code use}-th copy of a chart (from 1). */
    private String copy(ChartTemplate chart, int use) {
        List<String> copies = chartCopies.computeIfAbsent(chart.part, k -> new ArrayList<>());
        while (copies.size() < use) {
            copies.add(unusedName(chart.part.replaceFirst("(\\.[^./]*)?$", "-" + (copies.size() + 2) + "$1")));
        }
        return copies.get(use - 1);
    }

    private TemplateModel picture(int id) {
        Bindings.Picture b = (Bindings.Picture) template.bindings().drawing(id);
        PictureData picture = PictureData.read(lookup(b.path(), "the picture"), b.path());
        String owner = b.owner().zipName();
        String part = pictures.computeIfAbsent(picture, p -> unusedName(owner.substring(0, owner.lastIndexOf('/') + 1)
                + "media/tongket-picture" + (pictures.size() + 1) + "." + p.extension));
        long[] size = picture.fit(b.cx(), b.cy());
        return new Drawing(Map.of("id", relationship(owner, Relationships.IMAGE, part),
                "cx", Long.toString(size[0]), "cy", Long.toString(size[1])));
    }

    /** The value at a dotted name, looked up where the drawing stands (loop variables included). */
    private static TemplateModel lookup(String path, String what) {
        String[] names = path.split("\\.");
        try {
            TemplateModel m = Environment.getCurrentEnvironment().getVariable(names[0]);
            for (int i = 1; i < names.length && m != null; i++) {
                if (!(m instanceof TemplateHashModel hash)) {
                    throw new FillProblem(what + " “" + path + "” cannot be read: “"
                            + String.join(".", List.of(names).subList(0, i)) + "” is " + ChartData.kind(m)
                            + ", which has no “" + names[i] + "”");
                }
                m = hash.get(names[i]);
            }
            if (m == null) {
                throw new FillProblem(what + " “" + path + "” is missing from the data");
            }
            return m;
        } catch (TemplateModelException e) {
            throw new FillProblem(what + " “" + path + "” cannot be read: " + e.getMessage());
        }
    }

    /** The id of the owner's relationship to a part the fill adds (the same one for every use). */
    private String relationship(String owner, String type, String targetPart) {
        Map<String, Relationships.Rel> added = addedRels.computeIfAbsent(owner, k -> new LinkedHashMap<>());
        Relationships.Rel rel = added.get(targetPart);
        if (rel == null) {
            Relationships original = template.bindings().owners().get(owner);
            String id;
            int n = added.size() + 1;
            do {
                id = "rIdTk" + n++;
            } while (original.byId(id) != null);
            rel = new Relationships.Rel(id, type, Relationships.relative(owner, targetPart), false);
            added.put(targetPart, rel);
        }
        return rel.id();
    }

    private String unusedName(String wanted) {
        String name = wanted;
        for (int i = 2; template.hasPart(name.toLowerCase(Locale.ROOT)) || addedNames.contains(name); i++) {
            name = wanted.replaceFirst("(\\.[^./]*)?$", "-" + i + "$1");
        }
        addedNames.add(name);
        return name;
    }

    // ---- the parts that depend on what the templates reached ----

    private List<Added> addedParts() {
        List<Added> added = new ArrayList<>();
        for (Map.Entry<String, List<ChartData>> e : charts.entrySet()) {
            ChartTemplate chart = template.bindings().chart(e.getKey());
            List<ChartData> uses = e.getValue();
            for (int use = 1; use < uses.size(); use++) {
                String part = copy(chart, use);
                added.add(new Added(part, utf8(chart.render(uses.get(use)))));
                String workbook = chart.workbook == null ? null
                        : unusedName(chart.workbook.replaceFirst("(\\.[^./]*)?$", "-" + (use + 1) + "$1"));
                if (!chart.rels.all().isEmpty()) {
                    added.add(new Added(Relationships.partFor(part), utf8(chart.relsOfCopy(part, workbook))));
                }
                if (workbook != null) {
                    added.add(new Added(workbook, ChartWorkbook.xlsx(uses.get(use))));
                }
            }
        }
        pictures.forEach((picture, part) -> added.add(new Added(part, picture.bytes)));
        return added;
    }

    private DocxZip.Compressed content(DocxTemplate.Part part, List<Added> added) {
        return switch (part) {
            case DocxTemplate.Fixed f -> f.content();
            case DocxTemplate.Filled f -> throw new IllegalStateException("rendered before");
            case DocxTemplate.Rels r -> compress(r.head() + addedRelationships(r.owner()) + Relationships.xmlTail());
            case DocxTemplate.Types t -> compress(t.head() + addedTypes(added) + ContentTypes.xmlTail());
            case DocxTemplate.Chart c -> charts.containsKey(c.zipName())
                    ? compress(c.template().render(charts.get(c.zipName()).getFirst())) : c.original();
            case DocxTemplate.Workbook w -> charts.containsKey(w.chart().part)
                    ? DocxZip.compress(ChartWorkbook.xlsx(charts.get(w.chart().part).getFirst())) : w.original();
        };
    }

    private String addedRelationships(String owner) {
        StringBuilder s = new StringBuilder();
        addedRels.getOrDefault(owner, Map.of()).values().forEach(r -> s.append(Relationships.xml(r)));
        return s.toString();
    }

    private String addedTypes(List<Added> added) {
        ContentTypes types = template.contentTypes();
        StringBuilder s = new StringBuilder();
        for (DocxTemplate.Part p : template.parts()) {
            if (p instanceof DocxTemplate.Workbook w && w.original() == null && charts.containsKey(w.chart().part)
                    && types.typeOf(w.zipName()) == null) {
                s.append(ContentTypes.overrideXml(w.zipName(), ChartWorkbook.CONTENT_TYPE));
            }
        }
        for (Added a : added) {
            String type = null;
            if (a.name().endsWith(".rels")) {
                type = types.typeOf(a.name()) == null ? RELS_TYPE : null;
            } else if (a.name().endsWith(".xlsx")) {
                type = types.typeOf(a.name()) == null ? ChartWorkbook.CONTENT_TYPE : null;
            } else if (a.name().endsWith(".xml")) {
                type = CHART_TYPE;
            } else if (types.typeOf(a.name()) == null) {
                type = a.name().endsWith(".png") ? "image/png" : "image/jpeg";
            }
            if (type != null) {
                s.append(ContentTypes.overrideXml(a.name(), type));
            }
        }
        return s.toString();
    }

    private static DocxZip.Compressed compress(String xml) {
        return DocxZip.compress(utf8(xml));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Thrown by the writer when a document grows over the limit; FreeMarker lets writer exceptions through. */
    private static final class OutputLimit extends RuntimeException {
        final Integer line;

        OutputLimit(String message, Integer line) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** Counts what the templates write, against {@link FillLimits#maxOutputChars()}. */
    private final class Counting extends Writer {
        private final Writer out;

        Counting(Writer out) {
            this.out = out;
        }

        private void count(int n) {
            outputChars += n;
            if (outputChars > limits.maxOutputChars()) {
                Environment env = Environment.getCurrentEnvironment();
                throw new OutputLimit("the document grows over " + limits.maxOutputChars() + " characters of XML,"
                        + " the limit for one document: the data is too large, or the template repeats too much",
                        env == null ? null : new TemplateException(env).getLineNumber());
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            count(len);
            out.write(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            count(len);
            out.write(str, off, len);
        }

        @Override
        public void write(int c) throws IOException {
            count(1);
            out.write(c);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
