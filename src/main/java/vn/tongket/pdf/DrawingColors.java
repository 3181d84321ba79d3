package vn.tongket.pdf;

import java.awt.Color;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Colours of DrawingML ({@code a:solidFill} and the like): RGB, preset, system and theme colours with the
 * luminance modifiers Word writes ({@code a:lumMod}, {@code a:lumOff}, {@code a:shade}, {@code a:tint}). Theme
 * colours are taken from the Office theme, which Word gives new documents; a document's own theme is not read.
 */
final class DrawingColors {

    /** The accent colours of the Office theme (Word 2013 and later), also the default series colours of charts. */
    static final Color[] ACCENTS = {
            new Color(0x4472C4), new Color(0xED7D31), new Color(0xA5A5A5), new Color(0xFFC000),
            new Color(0x5B9BD5), new Color(0x70AD47)};

    private static final Map<String, Color> SCHEME = Map.ofEntries(
            Map.entry("accent1", ACCENTS[0]), Map.entry("accent2", ACCENTS[1]), Map.entry("accent3", ACCENTS[2]),
            Map.entry("accent4", ACCENTS[3]), Map.entry("accent5", ACCENTS[4]), Map.entry("accent6", ACCENTS[5]),
            Map.entry("tx1", Color.BLACK), Map.entry("dk1", Color.BLACK), Map.entry("bg1", Color.WHITE),
            Map.entry("lt1", Color.WHITE), Map.entry("tx2", new Color(0x44546A)), Map.entry("dk2", new Color(0x44546A)),
            Map.entry("bg2", new Color(0xE7E6E6)), Map.entry("lt2", new Color(0xE7E6E6)),
            Map.entry("hlink", new Color(0x0563C1)), Map.entry("folHlink", new Color(0x954F72)));

    private static final Map<String, Color> PRESET = Map.of(
            "black", Color.BLACK, "white", Color.WHITE, "red", Color.RED, "green", new Color(0x008000),
            "blue", Color.BLUE, "yellow", Color.YELLOW, "gray", Color.GRAY, "orange", new Color(0xFFA500));

    private static final double PERCENT_UNITS = 100_000d;

    private DrawingColors() {
    }

    /** The series colour that Word gives series {@code index} when the chart sets none. */
    static Color series(int index) {
        Color base = ACCENTS[index % ACCENTS.length];
        int round = index / ACCENTS.length;
        // Word darkens the palette on its second round and lightens it on the third
        return switch (round) {
            case 0 -> base;
            case 1 -> modify(base, 0.6, 0);
            default -> modify(base, 0.6, 0.4);
        };
    }

    /** The colour of a fill element ({@code a:solidFill}), or null when it holds none that is known. */
    static Color of(Element fill) {
        if (fill == null) {
            return null;
        }
        for (Element e : WordXml.children(fill)) {
            Color base = switch (e.getLocalName()) {
                case "srgbClr" -> WordXml.color(e.getAttribute("val"));
                case "scrgbClr" -> scRgb(e);
                case "schemeClr" -> SCHEME.get(e.getAttribute("val"));
                case "sysClr" -> WordXml.color(e.getAttribute("lastClr"));
                case "prstClr" -> PRESET.get(e.getAttribute("val"));
                default -> null;
            };
            if (base != null) {
                return modified(base, e);
            }
        }
        return null;
    }

    private static Color scRgb(Element e) {
        try {
            return new Color(percent(e, "r"), percent(e, "g"), percent(e, "b"));
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static float percent(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? 0f : (float) Math.min(1d, Math.max(0d, Double.parseDouble(v) / PERCENT_UNITS));
    }

    private static Color modified(Color base, Element color) {
        Color result = base;
        double lumMod = 1;
        double lumOff = 0;
        for (Element modifier : WordXml.children(color)) {
            double value;
            try {
                value = Double.parseDouble(modifier.getAttribute("val")) / PERCENT_UNITS;
            } catch (NumberFormatException ex) {
                continue;
            }
            switch (modifier.getLocalName()) {
                case "lumMod" -> lumMod = value;
                case "lumOff" -> lumOff = value;
                case "shade" -> result = mix(result, Color.BLACK, 1 - value);
                case "tint" -> result = mix(result, Color.WHITE, 1 - value);
                default -> {
                    // alpha, saturation and hue changes are not drawn
                }
            }
        }
        return lumMod == 1 && lumOff == 0 ? result : modify(result, lumMod, lumOff);
    }

    /** Luminance times {@code mod} plus {@code off}, in HSL, as DrawingML defines lumMod and lumOff. */
    private static Color modify(Color color, double mod, double off) {
        float[] hsb = Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null);
        double r = color.getRed() / 255d;
        double g = color.getGreen() / 255d;
        double b = color.getBlue() / 255d;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double lightness = (max + min) / 2;
        double saturation = max == min ? 0 : (max - min) / (1 - Math.abs(2 * lightness - 1));
        double newLightness = Math.max(0, Math.min(1, lightness * mod + off));
        double chroma = (1 - Math.abs(2 * newLightness - 1)) * saturation;
        double h = hsb[0] * 6;
        double x = chroma * (1 - Math.abs(h % 2 - 1));
        double[] rgb = switch ((int) h % 6) {
            case 0 -> new double[]{chroma, x, 0};
            case 1 -> new double[]{x, chroma, 0};
            case 2 -> new double[]{0, chroma, x};
            case 3 -> new double[]{0, x, chroma};
            case 4 -> new double[]{x, 0, chroma};
            default -> new double[]{chroma, 0, x};
        };
        double m = newLightness - chroma / 2;
        return new Color(channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m));
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }

    private static Color mix(Color a, Color b, double share) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * share),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * share),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * share));
    }
}
