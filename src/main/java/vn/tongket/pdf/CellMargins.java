package vn.tongket.pdf;

import org.w3c.dom.Element;

/**
 * Cell margins (padding) in points as set at one level: {@code w:tblCellMar} of a table style or table,
 * {@code w:tcMar} of a cell. A null side inherits.
 */
record CellMargins(Float top, Float left, Float bottom, Float right) {

    static final CellMargins EMPTY = new CellMargins(null, null, null, null);

    /** Word's margins when no style sets any: 0.19 cm (108 twips) left and right, none above and below. */
    static final CellMargins WORD_DEFAULT = new CellMargins(0f, 5.4f, 0f, 5.4f);

    static CellMargins read(Element margins) {
        if (margins == null) {
            return EMPTY;
        }
        return new CellMargins(width(margins, "top", null), width(margins, "left", "start"),
                width(margins, "bottom", null), width(margins, "right", "end"));
    }

    private static Float width(Element margins, String side, String alternative) {
        Element e = WordXml.child(margins, side);
        if (e == null && alternative != null) {
            e = WordXml.child(margins, alternative);
        }
        if (e == null) {
            return null;
        }
        String type = WordXml.attr(e, "type");
        if ("nil".equals(type)) {
            return 0f;
        }
        if (type != null && !type.equals("dxa")) {
            return null;
        }
        return WordXml.twipsAttrPt(e, "w");
    }

    CellMargins overlay(CellMargins top) {
        return new CellMargins(pick(top.top, this.top), pick(top.left, left), pick(top.bottom, bottom),
                pick(top.right, right));
    }

    private static Float pick(Float top, Float below) {
        return top != null ? top : below;
    }
}
