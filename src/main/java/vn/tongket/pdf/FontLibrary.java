package vn.tongket.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts the PDF is drawn with: the Liberation families bundled in {@code openpdf-fonts-extra}, loaded once
 * from the classpath as embedded Identity-H subsets. Liberation Serif, Sans and Mono are metric-compatible with
 * Times New Roman, Arial and Courier New; every other font name is drawn with Liberation Serif.
 * <p>
 * Immutable and shared between conversions.
 */
final class FontLibrary {

    enum Family {
        SERIF("Liberation Serif", "LiberationSerif", Set.of("times new roman", "times", "liberation serif", "tinos")),
        SANS("Liberation Sans", "LiberationSans", Set.of("arial", "helvetica", "liberation sans", "arimo")),
        MONO("Liberation Mono", "LiberationMono", Set.of("courier new", "courier", "liberation mono", "cousine"));

        final String displayName;
        final String filePrefix;
        final Set<String> wordNames;

        Family(String displayName, String filePrefix, Set<String> wordNames) {
            this.displayName = displayName;
            this.filePrefix = filePrefix;
            this.wordNames = wordNames;
        }
    }

    /** One face of a family: {@code name} "Liberation Serif Bold", {@code familyName} "Liberation Serif". */
    record Face(BaseFont font, String name, String familyName) {

        /**
         * The natural line height as a multiple of the font size: ascent + descent + line gap from the font's
         * horizontal header, which is what Word calls single line spacing (1.15 for Times New Roman).
         */
        float lineHeightFactor() {
            return ascentFactor() + descentFactor() + font.getFontDescriptor(BaseFont.AWT_LEADING, 1f);
        }

        /** The height above the baseline as a multiple of the font size, from the horizontal header. */
        float ascentFactor() {
            return font.getFontDescriptor(BaseFont.AWT_ASCENT, 1f);
        }

        /** The depth below the baseline as a positive multiple of the font size, from the horizontal header. */
        float descentFactor() {
            return -font.getFontDescriptor(BaseFont.AWT_DESCENT, 1f);
        }
    }

    private static final String[] STYLE_SUFFIXES = {"Regular", "Italic", "Bold", "BoldItalic"};

    private final Map<Family, Face[]> faces = new EnumMap<>(Family.class);

    private FontLibrary() {
        for (Family family : Family.values()) {
            Face[] styles = new Face[STYLE_SUFFIXES.length];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = load(family, STYLE_SUFFIXES[i]);
            }
            faces.put(family, styles);
        }
    }

    /** Loads the Liberation fonts from the classpath. */
    static FontLibrary liberation() {
        return new FontLibrary();
    }

    private static Face load(Family family, String style) {
        String file = family.filePrefix + "-" + style + ".ttf";
        try (InputStream in = FontLibrary.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the classpath (openpdf-fonts-extra)");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    in.readAllBytes(), null);
            font.setSubset(true);
            font.setIncludeCidSet(false);
            font.setSecureRandom(SubsetPrefixRandom.INSTANCE);
            String name = family.displayName + (style.equals("Regular") ? "" : " " + style.replace("BoldItalic",
                    "Bold Italic"));
            return new Face(font, name, family.displayName);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }

    /** The face that draws text of the given style. */
    Face face(RunStyle style) {
        return faces.get(family(style.fontName()))[(style.bold() ? 2 : 0) + (style.italic() ? 1 : 0)];
    }

    /** Whether the font name is one of the names a bundled family stands in for (otherwise it is replaced). */
    static boolean isStandIn(String fontName) {
        return matchingFamily(fontName) != null;
    }

    private static Family family(String fontName) {
        Family family = matchingFamily(fontName);
        return family != null ? family : Family.SERIF;
    }

    private static Family matchingFamily(String fontName) {
        String key = fontName.toLowerCase(Locale.ROOT);
        for (Family family : Family.values()) {
            if (family.wordNames.contains(key)) {
                return family;
            }
        }
        return null;
    }
}
