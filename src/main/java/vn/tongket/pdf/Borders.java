package vn.tongket.pdf;

import java.util.EnumMap;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * The borders set at one level ({@code w:tblBorders} of a table style or table, {@code w:tcBorders} of a cell).
 * A side that is not set inherits; {@link Border#NONE} switches a border off.
 */
final class Borders {

    enum Side { TOP, LEFT, BOTTOM, RIGHT, INSIDE_H, INSIDE_V }

    static final Borders EMPTY = new Borders(new EnumMap<>(Side.class));

    private final Map<Side, Border> sides;

    private Borders(Map<Side, Border> sides) {
        this.sides = sides;
    }

    static Borders read(Element bordersElement) {
        if (bordersElement == null) {
            return EMPTY;
        }
        Map<Side, Border> sides = new EnumMap<>(Side.class);
        put(sides, Side.TOP, Border.read(WordXml.child(bordersElement, "top")));
        put(sides, Side.LEFT, Border.read(firstPresent(bordersElement, "left", "start")));
        put(sides, Side.BOTTOM, Border.read(WordXml.child(bordersElement, "bottom")));
        put(sides, Side.RIGHT, Border.read(firstPresent(bordersElement, "right", "end")));
        put(sides, Side.INSIDE_H, Border.read(WordXml.child(bordersElement, "insideH")));
        put(sides, Side.INSIDE_V, Border.read(WordXml.child(bordersElement, "insideV")));
        return new Borders(sides);
    }

    private static Element firstPresent(Element parent, String name, String alternative) {
        Element e = WordXml.child(parent, name);
        return e != null ? e : WordXml.child(parent, alternative);
    }

    private static void put(Map<Side, Border> sides, Side side, Border border) {
        if (border != null) {
            sides.put(side, border);
        }
    }

    /** The border of a side, or null when this level does not set it. */
    Border get(Side side) {
        return sides.get(side);
    }

    Borders overlay(Borders top) {
        if (top.sides.isEmpty()) {
            return this;
        }
        Map<Side, Border> merged = new EnumMap<>(Side.class);
        merged.putAll(sides);
        merged.putAll(top.sides);
        return new Borders(merged);
    }
}
