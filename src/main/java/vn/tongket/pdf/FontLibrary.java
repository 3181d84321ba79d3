package vn.tongket.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.IndexedTrueTypeFont;

/**
 * The fonts the PDF is drawn with, embedded as Identity-H subsets: the Liberation families of
 * {@code openpdf-fonts-extra} (metric-compatible with Times New Roman, Arial and Courier New) and the DejaVu families
 * of {@code jasperreports-fonts}, which draw the characters the Liberation fonts lack (arrows, check marks, stars,
 * box drawing, ...). A {@link FontMapping} says which family draws a Word font; unmapped fonts are drawn with
 * Liberation Serif.
 * <p>
 * Each face is loaded from the class path the first time it is needed, then shared between conversions; the
 * library is thread-safe.
 */
final class FontLibrary {

    enum Family {
        LIBERATION_SERIF("Liberation Serif", "/liberation/LiberationSerif-", "Regular", "Italic", "Bold", "BoldItalic"),
        LIBERATION_SANS("Liberation Sans", "/liberation/LiberationSans-", "Regular", "Italic", "Bold", "BoldItalic"),
        LIBERATION_MONO("Liberation Mono", "/liberation/LiberationMono-", "Regular", "Italic", "Bold", "BoldItalic"),
        DEJAVU_SANS("DejaVu Sans", DejaVu.FOLDER + "DejaVuSans", "", "-Oblique", "-Bold", "-BoldOblique"),
        DEJAVU_SERIF("DejaVu Serif", DejaVu.FOLDER + "DejaVuSerif", "", "-Italic", "-Bold", "-BoldItalic"),
        DEJAVU_MONO("DejaVu Sans Mono", DejaVu.FOLDER + "DejaVuSansMono", "", "-Oblique", "-Bold", "-BoldOblique");

        final String displayName;
        private final String pathPrefix;
        /** File name endings of regular, italic, bold and bold italic, in that order. */
        private final String[] styleSuffixes;

        Family(String displayName, String pathPrefix, String... styleSuffixes) {
            this.displayName = displayName;
            this.pathPrefix = pathPrefix;
            this.styleSuffixes = styleSuffixes;
        }

        static Optional<Family> named(String name) {
            return Arrays.stream(values()).filter(f -> f.displayName.equalsIgnoreCase(name)).findFirst();
        }

        static String names() {
            return String.join(", ", Arrays.stream(values()).map(f -> f.displayName).toList());
        }
    }

    /** Where {@code jasperreports-fonts} keeps the DejaVu fonts. */
    private static final class DejaVu {
        static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
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

        boolean has(int codePoint) {
            return font.charExists(codePoint);
        }
    }

    /** A piece of text and the face that has glyphs for all of it (null: no bundled font has them). */
    record Run(String text, Face face) {
    }

    private static final String[] STYLE_NAMES = {"", " Italic", " Bold", " Bold Italic"};

    private static final int MAX_REMEMBERED_FONT_NAMES = 1000;

    private final FontMapping mapping;
    private final Map<Family, Face[]> faces = new ConcurrentHashMap<>();
    private final Map<String, Optional<Family>> mappedByName = new ConcurrentHashMap<>();

    private FontLibrary(FontMapping mapping) {
        this.mapping = mapping;
    }

    /** The bundled fonts with the given mapping; Liberation Serif is loaded at once, the rest when needed. */
    static FontLibrary with(FontMapping mapping) {
        FontLibrary library = new FontLibrary(mapping);
        library.faces(Family.LIBERATION_SERIF);
        return library;
    }

    private Face[] faces(Family family) {
        return faces.computeIfAbsent(family, f -> {
            Face[] styles = new Face[4];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = load(f, i);
            }
            return styles;
        });
    }

    private static Face load(Family family, int style) {
        String path = family.pathPrefix + family.styleSuffixes[style] + ".ttf";
        String file = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = FontLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is not on the classpath");
            }
            // what BaseFont.createFont(file, IDENTITY_H, EMBEDDED, NOT_CACHED, bytes, null) makes, with faster metrics
            BaseFont font = new IndexedTrueTypeFont(file, in.readAllBytes());
            font.setSubset(true);
            font.setCompressionLevel(PdfRenderer.COMPRESSION_LEVEL);
            font.setIncludeCidSet(false);
            font.setSecureRandom(SubsetPrefixRandom.INSTANCE);
            return new Face(font, family.displayName + STYLE_NAMES[style], family.displayName);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load font " + path, e);
        }
    }

    /** The face that draws text of the given style. */
    Face face(RunStyle style) {
        return face(style.fontName(), style.bold(), style.italic());
    }

    Face face(String fontName, boolean bold, boolean italic) {
        return faces(family(fontName))[(bold ? 2 : 0) + (italic ? 1 : 0)];
    }

    /** Whether the mapping names the font (otherwise it is drawn with Liberation Serif). */
    boolean isMapped(String fontName) {
        return mapped(fontName).isPresent();
    }

    private Family family(String fontName) {
        return mapped(fontName).orElse(Family.LIBERATION_SERIF);
    }

    /** The mapping's answer, remembered for the font names seen so far (up to a bound, as documents name them). */
    private Optional<Family> mapped(String fontName) {
        Optional<Family> family = mappedByName.get(fontName);
        if (family == null) {
            family = mapping.family(fontName);
            if (mappedByName.size() < MAX_REMEMBERED_FONT_NAMES) {
                mappedByName.put(fontName, family);
            }
        }
        return family;
    }

    /**
     * The face that draws the character: the primary face if it has a glyph for it, else DejaVu Sans (in the same
     * weight and slant), else DejaVu Serif; null when no bundled font has one.
     */
    Face faceFor(Face primary, int codePoint) {
        if (primary.has(codePoint) || Character.isISOControl(codePoint)) {
            return primary;
        }
        int style = style(primary);
        for (Family fallback : List.of(Family.DEJAVU_SANS, Family.DEJAVU_SERIF)) {
            Face face = faces(fallback)[style];
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** The text cut into runs that each one face draws: the primary face where it can, fallbacks elsewhere. */
    List<Run> runs(String text, Face primary) {
        List<Run> runs = new ArrayList<>(1);
        int start = 0;
        Face current = null;
        boolean first = true;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Face face = faceFor(primary, codePoint);
            if (first) {
                current = face;
                first = false;
            } else if (face != current) {
                runs.add(new Run(text.substring(start, i), current));
                start = i;
                current = face;
            }
            i += Character.charCount(codePoint);
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), current));
        }
        return runs;
    }

    private static int style(Face face) {
        for (int i = STYLE_NAMES.length - 1; i > 0; i--) {
            if (face.name().endsWith(STYLE_NAMES[i])) {
                return i;
            }
        }
        return 0;
    }
}
