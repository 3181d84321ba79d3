package vn.tongket.docx;

import java.util.IdentityHashMap;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Human descriptions of where paragraphs and table rows are, as a clerk looking at the document in Word would
 * find them: {@code paragraph 4 “<#list achievements as a>”}, {@code table 1, row 3, cell 2, paragraph 1 “...”}.
 * Paragraphs and tables are counted within their container (the body, a header, a table cell, a text box).
 */
final class Locations {

    private static final int EXCERPT = 48;

    private final Map<Element, String> places = new IdentityHashMap<>();

    private Locations() {
    }

    static Locations of(Element root) {
        Locations l = new Locations();
        l.container(root, "");
        return l;
    }

    /** The place of a paragraph or row, or of the nearest paragraph/row around any other node; "" if none. */
    String place(Node n) {
        for (Node a = n; a != null; a = a.getParentNode()) {
            String place = places.get(a);
            if (place != null) {
                return place;
            }
        }
        return "";
    }

    private static final class Counts {
        int paragraphs;
        int tables;
    }

    private void container(Element root, String prefix) {
        walk(root, prefix, new Counts());
    }

    private void walk(Element e, String prefix, Counts counts) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element child = (Element) c;
            if (WordXml.isW(child, "p")) {
                String place = prefix + "paragraph " + (++counts.paragraphs);
                places.put(child, place + excerpt(WordXml.ownText(child)));
                walk(child, place + ", ", new Counts());
            } else if (WordXml.isW(child, "tbl")) {
                table(child, prefix + "table " + (++counts.tables));
            } else if (WordXml.isW(child, "txbxContent")) {
                container(child, prefix + "text box, ");
            } else if (WordXml.isW(child, "footnote") || WordXml.isW(child, "endnote")) {
                container(child, child.getLocalName() + " " + child.getAttributeNS(child.getNamespaceURI(), "id") + ", ");
            } else {
                walk(child, prefix, counts);
            }
        }
    }

    private void table(Element tbl, String place) {
        int rows = 0;
        for (Element tr : WordXml.all(tbl, "tr")) {
            if (WordXml.nearestAncestor(tr, "tbl") != tbl) {
                continue;
            }
            String rowPlace = place + ", row " + (++rows);
            places.put(tr, rowPlace + excerpt(rowText(tr)));
            int cells = 0;
            for (Element tc : WordXml.all(tr, "tc")) {
                if (WordXml.nearestAncestor(tc, "tr") == tr) {
                    container(tc, rowPlace + ", cell " + (++cells) + ", ");
                }
            }
        }
    }

    private static String rowText(Element tr) {
        StringBuilder s = new StringBuilder();
        for (Element p : WordXml.all(tr, "p")) {
            String text = WordXml.ownText(p).strip();
            if (!text.isEmpty()) {
                s.append(s.isEmpty() ? "" : " | ").append(text);
            }
        }
        return s.toString();
    }

    private static String excerpt(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return "";
        }
        return " “" + (t.length() > EXCERPT ? t.substring(0, EXCERPT) + "…" : t) + "”";
    }
}
