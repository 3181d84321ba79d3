package vn.tongket.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A chart part compiled once into static XML and the places where the data goes, so that filling it writes text and
 * parses nothing. The chart keeps all its formatting: plot types, axes, colours, fonts, data labels, legend.
 *
 * <p>The data's series take the chart's series in order, across its plots: series 1 takes the look of the chart's
 * first series, and so on. Extra series of the chart are dropped; extra series of the data take the last series'
 * settings with automatic colours. Each series gets its name ({@code c:tx}), the categories ({@code c:cat}) and
 * its values ({@code c:val}) as cached values and as formulas into the embedded workbook ({@link ChartWorkbook}).
 * Per-point settings ({@code c:dPt}, {@code c:dLbl}) are kept for the points the data has. The title becomes the
 * data's title, keeping the title's font; without a title in the data the chart has none.
 */
final class ChartTemplate {

    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** Plot types whose series are category/value series; others (scatter, bubble, stock, surface) are refused. */
    private static final Set<String> PLOTS = Set.of("barChart", "bar3DChart", "lineChart", "line3DChart", "pieChart",
            "pie3DChart", "doughnutChart", "ofPieChart", "areaChart", "area3DChart", "radarChart");
    private static final Set<String> OTHER_PLOTS = Set.of("scatterChart", "bubbleChart", "stockChart",
            "surfaceChart", "surface3DChart");

    private static final Pattern MARKER = Pattern.compile("(?i)^\\s*chart\\s*:\\s*(.*?)\\s*$", Pattern.DOTALL);
    private static final String TEXT_MARK = "\uE000";

    private enum Hole { IDX, ORDER, TX, CAT, VAL }

    /** XML kept only for the chart's own series, not for extra series copied from the last one. */
    private record OwnOnly(String xml) {
    }

    /** A data point's settings, kept when the data has that point. */
    private record Point(int idx, String xml, boolean ownOnly) {
    }

    private record SeriesHole(int plot) {
    }

    private record TitleHole() {
    }

    private record SeriesTemplate(int plot, List<Object> pieces, String formatCode) {
    }

    final String part;
    /** The embedded workbook's part (which may be missing from the template), or null if the chart has none. */
    final String workbook;
    /** The chart part's own relationships, and the id of the one to the workbook (null if none). */
    final Relationships rels;
    final String workbookRelId;
    private final String c;
    private final List<Object> pieces = new ArrayList<>();
    private final List<SeriesTemplate> series = new ArrayList<>();
    private String titleHead;
    private String titleTail;
    private String autoTitleDeleted;

    private ChartTemplate(String part, Relationships rels, String workbookRelId, String workbook, String prefix) {
        this.part = part;
        this.rels = rels;
        this.workbookRelId = workbookRelId;
        this.workbook = workbook;
        this.c = prefix == null || prefix.isEmpty() ? "" : prefix + ":";
    }

    /**
     * The name a chart's title binds it to: for the title {@code chart: attainmentByArea}, {@code attainmentByArea}.
     * Null when the title does not start with {@code chart:}; the text after it (maybe not a valid name) otherwise.
     */
    static String binding(Document chart) {
        String title = titleText(chart);
        if (title == null) {
            return null;
        }
        Matcher m = MARKER.matcher(title);
        return m.matches() ? m.group(1) : null;
    }

    /** The text of the chart's own title (typed, not taken from a cell), or null. */
    static String titleText(Document chart) {
        Element title = title(chart);
        Element rich = title == null ? null : descendant(title, C, "rich");
        if (rich == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (Node p = rich.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (is(p, A, "p")) {
                if (!s.isEmpty()) {
                    s.append('\n');
                }
                for (Node r = p.getFirstChild(); r != null; r = r.getNextSibling()) {
                    Element t = is(r, A, "r") || is(r, A, "fld") ? child((Element) r, A, "t") : null;
                    if (t != null) {
                        s.append(t.getTextContent());
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * Compiles a chart part; a chart this engine cannot fill is a problem named after {@code where}. The chart's
     * workbook is found through its {@code c:externalData} relationship.
     */
    static ChartTemplate compile(String part, Document chart, Relationships rels, PartRef owner, String where) {
        Element root = chart.getDocumentElement();
        Element external = child(root, C, "externalData");
        String relId = external == null ? null : external.getAttributeNS(Relationships.R_NS, "id");
        Relationships.Rel rel = relId == null || relId.isEmpty() ? null : rels.byId(relId);
        boolean embedded = rel != null && !rel.external() && rel.is("package");
        ChartTemplate t = new ChartTemplate(part, rels, embedded ? relId : null,
                embedded ? Relationships.resolve(part, rel.target()) : null, root.getPrefix());
        Element plotArea = descendant(root, C, "plotArea");
        if (plotArea == null) {
            throw owner.problem(where, "the chart has no plot area, so there is nothing to fill");
        }
        for (Node n = plotArea.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && C.equals(e.getNamespaceURI()) && OTHER_PLOTS.contains(e.getLocalName())) {
                throw owner.problem(where, "a " + e.getLocalName().replace("Chart", "") + " chart cannot be filled from"
                        + " data: use a column, bar, line, area, radar or pie chart");
            }
        }
        int number = 0;
        for (Node plot = plotArea.getFirstChild(); plot != null; plot = plot.getNextSibling()) {
            if (!(plot instanceof Element p) || !C.equals(p.getNamespaceURI()) || !PLOTS.contains(p.getLocalName())) {
                continue;
            }
            for (Node ser = p.getFirstChild(); ser != null; ser = ser.getNextSibling()) {
                if (!is(ser, C, "ser")) {
                    continue;
                }
                number++;
                if (child((Element) ser, C, "val") == null) {
                    throw owner.problem(where, "series " + number + " of the chart has no values: give it some in"
                            + " Word or LibreOffice");
                }
            }
        }
        t.compileTitle(title(chart));
        t.pieces.add(t.write(root, new StringBuilder(XmlText.DECLARATION), new int[] {-1}).toString());
        if (t.series.isEmpty()) {
            throw owner.problem(where, "the chart has no series: give it at least one in Word or LibreOffice");
        }
        return t;
    }

    private static Element title(Document chart) {
        Element chartElement = child(chart.getDocumentElement(), C, "chart");
        return chartElement == null ? null : child(chartElement, C, "title");
    }

    /** Writes the chart's XML into {@link #pieces}; {@code plot} holds the index of the plot being written. */
    private StringBuilder write(Element e, StringBuilder s, int[] plot) {
        Node parent = e.getParentNode();
        if (is(parent, C, "chart") && (is(e, C, "title") || is(e, C, "autoTitleDeleted"))) {
            if (is(e, C, "title")) {
                s = hole(s, new TitleHole());
            }
            return s;
        }
        if (is(e, C, "ser") && parent instanceof Element p && PLOTS.contains(p.getLocalName())) {
            if (series.isEmpty() || series.getLast().plot() != plot[0]) {
                s = hole(s, new SeriesHole(plot[0]));
            }
            series.add(compileSeries(e, plot[0]));
            return s;
        }
        if (C.equals(e.getNamespaceURI()) && PLOTS.contains(e.getLocalName())) {
            plot[0]++;
        }
        if (e.getFirstChild() == null) {
            XmlText.element(e, s);
            return s;
        }
        XmlText.startTag(e, s);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            s = n instanceof Element child ? write(child, s, plot) : text(n, s);
        }
        XmlText.endTag(e, s);
        return s;
    }

    private static StringBuilder text(Node n, StringBuilder s) {
        XmlText.node(n, s);
        return s;
    }

    private StringBuilder hole(StringBuilder s, Object hole) {
        pieces.add(s.toString());
        pieces.add(hole);
        return new StringBuilder();
    }

    private SeriesTemplate compileSeries(Element ser, int plot) {
        List<Object> out = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        XmlText.startTag(ser, s);
        boolean hasTx = child(ser, C, "tx") != null;
        boolean seenCat = false;
        String formatCode = "General";
        for (Node n = ser.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                XmlText.node(n, s);
                continue;
            }
            String name = C.equals(e.getNamespaceURI()) ? e.getLocalName() : "";
            switch (name) {
                case "idx" -> s = piece(out, s, Hole.IDX);
                case "order" -> {
                    s = piece(out, s, Hole.ORDER);
                    if (!hasTx) {
                        s = piece(out, s, Hole.TX);
                    }
                }
                case "tx" -> s = piece(out, s, Hole.TX);
                case "spPr", "extLst" -> s = piece(out, s, new OwnOnly(XmlText.element(e)));
                case "dPt" -> s = piece(out, s, new Point(index(e), XmlText.element(e), true));
                case "dLbls" -> s = dataLabels(e, out, s);
                case "cat" -> {
                    seenCat = true;
                    s = piece(out, s, Hole.CAT);
                }
                case "val" -> {
                    if (!seenCat) {
                        s = piece(out, s, Hole.CAT);
                    }
                    Element code = descendant(e, C, "formatCode");
                    if (code != null && !code.getTextContent().isBlank()) {
                        formatCode = code.getTextContent();
                    }
                    s = piece(out, s, Hole.VAL);
                }
                default -> XmlText.element(e, s);
            }
        }
        XmlText.endTag(ser, s);
        out.add(s.toString());
        return new SeriesTemplate(plot, List.copyOf(out), formatCode);
    }

    private StringBuilder dataLabels(Element dLbls, List<Object> out, StringBuilder s) {
        XmlText.startTag(dLbls, s);
        for (Node n = dLbls.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, C, "dLbl")) {
                s = piece(out, s, new Point(index((Element) n), XmlText.element((Element) n), false));
            } else {
                XmlText.node(n, s);
            }
        }
        XmlText.endTag(dLbls, s);
        return s;
    }

    private static StringBuilder piece(List<Object> out, StringBuilder s, Object hole) {
        out.add(s.toString());
        out.add(hole);
        return new StringBuilder();
    }

    private static int index(Element e) {
        Element idx = child(e, C, "idx");
        try {
            return idx == null ? Integer.MAX_VALUE : Integer.parseInt(idx.getAttribute("val").strip());
        } catch (NumberFormatException x) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * Prepares the title: the same title element with one run, whose text is replaced; its paragraph and run
     * properties (font, size, bold) are the first paragraph's and first run's.
     */
    private void compileTitle(Element title) {
        String a = aPrefix(title);
        autoTitleDeleted = "<" + c + "autoTitleDeleted val=\"%d\"/>";
        if (title == null) {
            titleHead = "<" + c + "title><" + c + "tx><" + c + "rich><" + a + "bodyPr/><" + a + "lstStyle/><" + a
                    + "p><" + a + "r><" + a + "t>";
            titleTail = "</" + a + "t></" + a + "r></" + a + "p></" + c + "rich></" + c + "tx><" + c
                    + "overlay val=\"0\"/></" + c + "title>";
            return;
        }
        Element copy = (Element) title.cloneNode(true);
        Element tx = child(copy, C, "tx");
        Element rich = tx == null ? null : child(tx, C, "rich");
        if (rich == null) {
            Document doc = copy.getOwnerDocument();
            if (tx == null) {
                tx = doc.createElementNS(C, c + "tx");
                copy.insertBefore(tx, copy.getFirstChild());
            }
            while (tx.getFirstChild() != null) {
                tx.removeChild(tx.getFirstChild());
            }
            rich = doc.createElementNS(C, c + "rich");
            tx.appendChild(rich);
            rich.appendChild(doc.createElementNS(A, a + "bodyPr"));
            rich.appendChild(doc.createElementNS(A, a + "lstStyle"));
            rich.appendChild(doc.createElementNS(A, a + "p"));
        }
        Element p = null;
        for (Node n = rich.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (is(n, A, "p")) {
                if (p == null) {
                    p = (Element) n;
                } else {
                    rich.removeChild(n);
                }
            }
            n = next;
        }
        if (p == null) {
            p = copy.getOwnerDocument().createElementNS(A, a + "p");
            rich.appendChild(p);
        }
        Element run = null;
        for (Node n = p.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (is(n, A, "r") && run == null) {
                run = (Element) n;
            } else if (is(n, A, "r") || is(n, A, "fld") || is(n, A, "br")) {
                p.removeChild(n);
            }
            n = next;
        }
        Document doc = copy.getOwnerDocument();
        if (run == null) {
            run = doc.createElementNS(A, a + "r");
            Node end = child(p, A, "endParaRPr");
            p.insertBefore(run, end);
        }
        Element t = child(run, A, "t");
        if (t == null) {
            t = doc.createElementNS(A, a + "t");
            run.appendChild(t);
        }
        t.setTextContent(TEXT_MARK);
        String xml = XmlText.element(copy);
        int at = xml.indexOf(TEXT_MARK);
        titleHead = xml.substring(0, at);
        titleTail = xml.substring(at + TEXT_MARK.length());
    }

    private static String aPrefix(Element context) {
        String prefix = context == null ? null : context.lookupPrefix(A);
        if (prefix == null && context != null) {
            prefix = context.getOwnerDocument().getDocumentElement().lookupPrefix(A);
        }
        return prefix == null ? "a:" : prefix + ":";
    }

    /** The relationships of a copy of the chart at {@code copyPart}, whose workbook is {@code copyWorkbook}. */
    String relsOfCopy(String copyPart, String copyWorkbook) {
        StringBuilder s = new StringBuilder(XmlText.DECLARATION).append("<Relationships xmlns=\"")
                .append(Relationships.NS).append("\">");
        for (Relationships.Rel r : rels.all()) {
            String target = r.id().equals(workbookRelId) ? Relationships.relative(copyPart, copyWorkbook)
                    : r.external() ? r.target() : Relationships.relative(copyPart, Relationships.resolve(part, r.target()));
            s.append(Relationships.xml(new Relationships.Rel(r.id(), r.type(), target, r.external())));
        }
        return s.append(Relationships.xmlTail()).toString();
    }

    /** The chart's XML filled with the data. */
    String render(ChartData data) {
        int n = data.categories().size();
        StringBuilder s = new StringBuilder(4096 + n * 64 * (data.series().size() + 1));
        for (Object piece : pieces) {
            switch (piece) {
                case String text -> s.append(text);
                case TitleHole h -> title(data.title(), s);
                case SeriesHole h -> {
                    for (int i = 0; i < data.series().size(); i++) {
                        int template = Math.min(i, series.size() - 1);
                        if (series.get(template).plot() == h.plot()) {
                            series(series.get(template), i, i != template, data, s);
                        }
                    }
                }
                default -> throw new IllegalStateException("unknown piece " + piece);
            }
        }
        return s.toString();
    }

    private void title(String title, StringBuilder s) {
        if (title == null) {
            s.append(String.format(autoTitleDeleted, 1));
            return;
        }
        s.append(titleHead);
        XmlText.text(WordXmlOutputFormat.INSTANCE.withoutForbiddenCharacters(title), s);
        s.append(titleTail).append(String.format(autoTitleDeleted, 0));
    }

    private void series(SeriesTemplate t, int index, boolean copied, ChartData data, StringBuilder s) {
        ChartData.Series d = data.series().get(index);
        int n = data.categories().size();
        for (Object piece : t.pieces()) {
            switch (piece) {
                case String text -> s.append(text);
                case OwnOnly own -> {
                    if (!copied) {
                        s.append(own.xml());
                    }
                }
                case Point p -> {
                    if (p.idx() < n && !(copied && p.ownOnly())) {
                        s.append(p.xml());
                    }
                }
                case Hole h -> {
                    switch (h) {
                        case IDX -> s.append('<').append(c).append("idx val=\"").append(index).append("\"/>");
                        case ORDER -> s.append('<').append(c).append("order val=\"").append(index).append("\"/>");
                        case TX -> {
                            s.append('<').append(c).append("tx>");
                            strRef(ChartWorkbook.name(index), List.of(d.name()), s);
                            s.append("</").append(c).append("tx>");
                        }
                        case CAT -> {
                            s.append('<').append(c).append("cat>");
                            strRef(ChartWorkbook.categories(n), data.categories(), s);
                            s.append("</").append(c).append("cat>");
                        }
                        case VAL -> values(ChartWorkbook.values(index, n), d.values(), t.formatCode(), s);
                    }
                }
                default -> throw new IllegalStateException("unknown piece " + piece);
            }
        }
    }

    private void strRef(String formula, List<String> texts, StringBuilder s) {
        s.append('<').append(c).append("strRef><").append(c).append("f>").append(formula).append("</").append(c)
                .append("f><").append(c).append("strCache><").append(c).append("ptCount val=\"").append(texts.size())
                .append("\"/>");
        for (int i = 0; i < texts.size(); i++) {
            s.append('<').append(c).append("pt idx=\"").append(i).append("\"><").append(c).append("v>");
            XmlText.text(WordXmlOutputFormat.INSTANCE.withoutForbiddenCharacters(texts.get(i)), s);
            s.append("</").append(c).append("v></").append(c).append("pt>");
        }
        s.append("</").append(c).append("strCache></").append(c).append("strRef>");
    }

    private void values(String formula, List<BigDecimal> values, String formatCode, StringBuilder s) {
        s.append('<').append(c).append("val><").append(c).append("numRef><").append(c).append("f>").append(formula)
                .append("</").append(c).append("f><").append(c).append("numCache><").append(c).append("formatCode>");
        XmlText.text(formatCode, s);
        s.append("</").append(c).append("formatCode><").append(c).append("ptCount val=\"").append(values.size())
                .append("\"/>");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                s.append('<').append(c).append("pt idx=\"").append(i).append("\"><").append(c).append("v>")
                        .append(ChartData.plain(values.get(i))).append("</").append(c).append("v></").append(c)
                        .append("pt>");
            }
        }
        s.append("</").append(c).append("numCache></").append(c).append("numRef></").append(c).append("val>");
    }

    static boolean is(Node n, String ns, String localName) {
        return n != null && n.getNodeType() == Node.ELEMENT_NODE && localName.equals(n.getLocalName())
                && ns.equals(n.getNamespaceURI());
    }

    static Element child(Element e, String ns, String localName) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, ns, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    static Element descendant(Element e, String ns, String localName) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (is(child, ns, localName)) {
                    return child;
                }
                Element found = descendant(child, ns, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
