package vn.tongket.docx;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the drawings of one part that are bound to data, and tells {@link PartWriter} what to write for them.
 *
 * <ul>
 *   <li>A chart whose title reads {@code chart: name} is filled from the data model's {@code name}
 *       ({@link ChartData}); the drawing is pointed at the filled chart.</li>
 *   <li>A picture whose description (alt text) holds {@code image: name} shows the picture given as
 *       {@code name} (PNG or JPEG bytes), fitted into the picture's box keeping its proportions.</li>
 * </ul>
 * The name is read where the drawing stands, so inside {@code <#list areas as a>} a chart may read
 * {@code chart: a.chart}. Every drawing's id ({@code wp:docPr/@id}) is renumbered as the document is filled, so that
 * drawings repeated by a list keep unique ids.
 */
final class DrawingBindings implements PartWriter.Hooks {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private static final Pattern IMAGE_MARKER =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])image\\s*:\\s*(\\S*)");
    private static final Set<String> RELATIONSHIP_NAMESPACES = Set.of(Relationships.R_NS, Relationships.R_NS_STRICT);

    private final Map<Element, String> before = new IdentityHashMap<>();
    private final Map<Attr, String> attributes = new IdentityHashMap<>();
    private final Map<Element, Boolean> skipped = new IdentityHashMap<>();

    private DrawingBindings() {
    }

    static DrawingBindings find(DocxPackage pkg, PartRef ref, Element root, Locations locations, Bindings bindings) {
        DrawingBindings d = new DrawingBindings();
        for (Element docPr : descendants(root, WP, "docPr")) {
            Attr id = docPr.getAttributeNode("id");
            if (id != null) {
                d.attributes.put(id, "${" + Bindings.SESSION + ".drawing()}");
            }
            Node container = docPr.getParentNode();
            Element graphicData = container instanceof Element c ? ChartTemplate.descendant(c, ChartTemplate.A,
                    "graphicData") : null;
            if (graphicData == null) {
                continue;
            }
            String place = locations.place(docPr);
            Element chart = ChartTemplate.child(graphicData, ChartTemplate.C, "chart");
            Element picture = ChartTemplate.child(graphicData, PIC, "pic");
            if (chart != null) {
                d.chart(pkg, ref, (Element) container, chart, place, bindings);
            } else if (picture != null) {
                d.picture(pkg, ref, (Element) container, docPr, picture, place, bindings);
            }
        }
        return d;
    }

    private void chart(DocxPackage pkg, PartRef ref, Element container, Element chart, String place,
                       Bindings bindings) {
        Attr relId = relationshipAttribute(chart);
        Relationships rels = pkg.relationships(ref.zipName());
        Relationships.Rel rel = relId == null ? null : rels.byId(relId.getValue());
        if (rel == null || rel.external() || !rel.is("chart")) {
            return;
        }
        String part = Relationships.resolve(ref.zipName(), rel.target());
        if (!pkg.has(part)) {
            return;
        }
        Document chartXml = pkg.xml(part);
        String path = ChartTemplate.binding(chartXml);
        if (path == null) {
            return;
        }
        String where = place + ", chart “chart: " + path + "”";
        if (!Bindings.PATH.matcher(path).matches()) {
            throw ref.problem(place, "the chart's title “chart: " + path + "” should be “chart:” and the name of"
                    + " the chart's data, such as “chart: attainmentByArea”");
        }
        ChartTemplate template = bindings.chart(part);
        if (template == null) {
            template = ChartTemplate.compile(part, chartXml, pkg.relationships(part), ref, where);
            bindings.chart(template);
        }
        int id = bindings.add(new Bindings.Chart(ref, where, path, template, relId.getValue()), rels);
        before.put(container, "<#assign " + Bindings.DRAWING + " = " + Bindings.SESSION + ".chart(" + id + ")>");
        attributes.put(relId, "${" + Bindings.DRAWING + ".id}");
    }

    private void picture(DocxPackage pkg, PartRef ref, Element container, Element docPr, Element picture,
                         String place, Bindings bindings) {
        Matcher m = IMAGE_MARKER.matcher(docPr.getAttribute("descr"));
        if (!m.find()) {
            return;
        }
        String path = m.group(1).replaceAll("[.,;:]+$", "");
        String where = place + ", picture “image: " + path + "”";
        if (!Bindings.PATH.matcher(path).matches()) {
            throw ref.problem(place, "the picture's description “" + docPr.getAttribute("descr") + "” should hold"
                    + " “image:” and the name of the picture in the data, such as “image: unit.logo”");
        }
        Element blip = ChartTemplate.descendant(picture, ChartTemplate.A, "blip");
        Attr embed = blip == null ? null : relationshipAttribute(blip);
        Element extent = ChartTemplate.child(container, WP, "extent");
        if (embed == null || extent == null) {
            throw ref.problem(place, "the picture “image: " + path + "” is not a picture stored in the document"
                    + " (a linked picture, or one without a size): insert the picture again");
        }
        long cx;
        long cy;
        try {
            cx = Long.parseLong(extent.getAttribute("cx").strip());
            cy = Long.parseLong(extent.getAttribute("cy").strip());
        } catch (NumberFormatException e) {
            throw ref.problem(place, "the picture “image: " + path + "” has no readable size: insert it again");
        }
        int id = bindings.add(new Bindings.Picture(ref, where, path, cx, cy), pkg.relationships(ref.zipName()));
        before.put(container, "<#assign " + Bindings.DRAWING + " = " + Bindings.SESSION + ".picture(" + id + ")>");
        attributes.put(embed, "${" + Bindings.DRAWING + ".id}");
        size(extent);
        for (Element xfrm : descendants(picture, ChartTemplate.A, "xfrm")) {
            Element ext = ChartTemplate.child(xfrm, ChartTemplate.A, "ext");
            if (ext != null && xfrm.getParentNode() != null && PIC.equals(xfrm.getParentNode().getNamespaceURI())) {
                size(ext);
            }
        }
        // a crop set on the template's picture would cut the data's picture
        Element srcRect = ChartTemplate.descendant(picture, ChartTemplate.A, "srcRect");
        if (srcRect != null) {
            skipped.put(srcRect, true);
        }
    }

    private void size(Element e) {
        Attr cx = e.getAttributeNode("cx");
        Attr cy = e.getAttributeNode("cy");
        if (cx != null && cy != null) {
            attributes.put(cx, "${" + Bindings.DRAWING + ".cx}");
            attributes.put(cy, "${" + Bindings.DRAWING + ".cy}");
        }
    }

    private static Attr relationshipAttribute(Element e) {
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Attr a = (Attr) e.getAttributes().item(i);
            if (RELATIONSHIP_NAMESPACES.contains(a.getNamespaceURI())
                    && (a.getLocalName().equals("id") || a.getLocalName().equals("embed"))) {
                return a;
            }
        }
        return null;
    }

    private static List<Element> descendants(Element root, String ns, String localName) {
        List<Element> found = new java.util.ArrayList<>();
        collect(root, ns, localName, found);
        return found;
    }

    private static void collect(Element e, String ns, String localName, List<Element> found) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (ChartTemplate.is(child, ns, localName)) {
                    found.add(child);
                }
                collect(child, ns, localName, found);
            }
        }
    }

    @Override
    public String before(Element e) {
        return before.get(e);
    }

    @Override
    public String attribute(Attr a) {
        return attributes.get(a);
    }

    @Override
    public boolean skip(Element e) {
        return skipped.containsKey(e);
    }
}
