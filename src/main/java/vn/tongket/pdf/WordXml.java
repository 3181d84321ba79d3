package vn.tongket.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.CharacterData;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML through the DOM ({@code DocxPackage}), and the unit conversions of the format.
 * Word measures lengths in twips (1/20 pt), font sizes in half-points and border widths in eighths of a point.
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WordXml() {
    }

    /** The element children of a node, in document order. */
    static List<Element> children(Node parent) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** The {@code w:} element children with the given local name. */
    static List<Element> children(Node parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Element e : children(parent)) {
            if (isW(e, localName)) {
                result.add(e);
            }
        }
        return result;
    }

    /** The first {@code w:} child with the given local name, or null. */
    static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e, localName)) {
                return e;
            }
        }
        return null;
    }

    /** The first child in the namespace with the local name, or null. */
    static Element childNs(Node parent, String namespace, String localName) {
        for (Element e : children(parent)) {
            if (namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The first element in the namespace with the local name in the subtree, depth first, or null. */
    static Element descendant(Node node, String namespace, String localName) {
        for (Element e : children(node)) {
            if (namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
            Element found = descendant(e, namespace, localName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first {@code w:} element found by following the path of local names, or null. */
    static Element path(Node from, String... localNames) {
        Node current = from;
        for (String name : localNames) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return (Element) current;
    }

    static boolean isW(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** True if the subtree of the node holds an element with the given local name (any namespace). */
    static boolean containsElement(Node node, String localName) {
        for (Element e : children(node)) {
            if (localName.equals(e.getLocalName()) || containsElement(e, localName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text inside an element. XML beans' DOM does not implement {@code getTextContent()} (DOM level 3), so the
     * text nodes are joined here.
     */
    static String text(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof CharacterData data && !(n instanceof Comment)) {
                text.append(data.getData());
            } else if (n instanceof Element child) {
                text.append(text(child));
            }
        }
        return text.toString();
    }

    /** The qualified name of an element as written in the document, for warnings. */
    static String qualifiedName(Element e) {
        String prefix = e.getPrefix();
        return prefix == null ? e.getLocalName() : prefix + ":" + e.getLocalName();
    }

    /** The value of the {@code w:} attribute, or null when absent or the element is null. */
    static String attr(Element e, String localName) {
        if (e == null) {
            return null;
        }
        String value = e.getAttributeNS(W, localName);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The first present attribute among the names (Word writes both left/right and start/end). */
    static String attr(Element e, String localName, String alternative) {
        String value = attr(e, localName);
        return value != null ? value : attr(e, alternative);
    }

    static Integer intAttr(Element e, String localName) {
        String value = attr(e, localName);
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * An on/off property ({@code <w:b/>}, {@code <w:b w:val="0"/>}): null when the element is absent, true when it
     * is present without a value or with a true value.
     */
    static Boolean onOff(Element e) {
        if (e == null) {
            return null;
        }
        String value = attr(e, "val");
        return value == null || isOn(value);
    }

    /** An on/off attribute ({@code w:beforeAutospacing="1"}): null when absent. */
    static Boolean onOffAttr(Element e, String localName) {
        String value = attr(e, localName);
        return value == null ? null : isOn(value);
    }

    private static boolean isOn(String value) {
        return !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off")
                || value.equalsIgnoreCase("none"));
    }

    /** An on/off child property of a properties element. */
    static Boolean onOff(Element properties, String localName) {
        return onOff(child(properties, localName));
    }

    /**
     * A length attribute in points. Plain numbers are twips; the universal measures of strict OOXML
     * ({@code 2.5cm}, {@code 10mm}, {@code 1in}, {@code 12pt}, {@code 1pc}, {@code 1pi}) are accepted too.
     */
    static Float twipsAttrPt(Element e, String localName) {
        return lengthPt(attr(e, localName));
    }

    static Float twipsAttrPt(Element e, String localName, String alternative) {
        return lengthPt(attr(e, localName, alternative));
    }

    static Float lengthPt(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("mm")) {
                return (float) (Double.parseDouble(v.substring(0, v.length() - 2)) * 72 / 25.4);
            } else if (v.endsWith("cm")) {
                return (float) (Double.parseDouble(v.substring(0, v.length() - 2)) * 72 / 2.54);
            } else if (v.endsWith("in")) {
                return (float) (Double.parseDouble(v.substring(0, v.length() - 2)) * 72);
            } else if (v.endsWith("pt")) {
                return (float) Double.parseDouble(v.substring(0, v.length() - 2));
            } else if (v.endsWith("pc") || v.endsWith("pi")) {
                return (float) (Double.parseDouble(v.substring(0, v.length() - 2)) * 12);
            }
            return twipsToPt(Double.parseDouble(v));
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** English Metric Units: DrawingML lengths, 12 700 to the point. */
    private static final double EMU_PER_POINT = 12_700d;

    /** A DrawingML length in EMU as points; 0 when absent or unreadable. */
    static float emuToPt(String emu) {
        try {
            return emu == null || emu.isBlank() ? 0f : (float) (Long.parseLong(emu.trim()) / EMU_PER_POINT);
        } catch (NumberFormatException e) {
            return 0f;
        }
    }

    static float twipsToPt(double twips) {
        return (float) (twips / 20.0);
    }

    static float halfPointsToPt(double halfPoints) {
        return (float) (halfPoints / 2.0);
    }

    static float eighthPointsToPt(double eighths) {
        return (float) (eighths / 8.0);
    }

    /** A colour written as RRGGBB; null for "auto", absent or malformed values. */
    static Color color(String hex) {
        if (hex == null || hex.length() != 6 || hex.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return new Color(Integer.parseInt(hex, 16));
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
