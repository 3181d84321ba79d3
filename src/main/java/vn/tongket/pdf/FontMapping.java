package vn.tongket.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which bundled font draws the text of a Word font: "Times New Roman" → Liberation Serif, "Arial" → Liberation Sans,
 * "Courier New" → Liberation Mono, and so on. Names are matched without regard to case. A font that the mapping
 * does not name is drawn with Liberation Serif, and the conversion warns about it once.
 * <p>
 * The defaults are in {@code vn/tongket/pdf/font-mapping.properties} on the class path (one
 * {@code Word font name = bundled family} a line); {@link #with} and {@link #read} add to them or replace entries.
 * Bundled families: Liberation Serif, Liberation Sans, Liberation Mono, DejaVu Sans, DejaVu Serif, DejaVu Sans Mono.
 * <p>
 * Immutable.
 */
public final class FontMapping {

    private static final String DEFAULTS = "/vn/tongket/pdf/font-mapping.properties";

    private final Map<String, FontLibrary.Family> families;

    private FontMapping(Map<String, FontLibrary.Family> families) {
        this.families = Collections.unmodifiableMap(new HashMap<>(families));
    }

    /** The mapping shipped with tongket. */
    public static FontMapping defaults() {
        try (InputStream in = FontMapping.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is not on the class path");
            }
            return new FontMapping(Map.of()).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This mapping with the entries of a properties text ({@code Calibri = Liberation Sans}) added or replacing
     * entries of the same font.
     *
     * @throws IllegalArgumentException naming the line's font when a value is not a bundled family
     */
    public FontMapping read(InputStream properties) throws IOException {
        Properties entries = new Properties();
        try (Reader reader = new InputStreamReader(properties, StandardCharsets.UTF_8)) {
            entries.load(reader);
        }
        FontMapping result = this;
        for (String name : new TreeMap<>(Map.copyOf(entries)).keySet().stream().map(Object::toString).toList()) {
            result = result.with(name, entries.getProperty(name));
        }
        return result;
    }

    /**
     * This mapping with one entry added or replaced.
     *
     * @param wordFont      the font name as Word documents give it
     * @param bundledFamily one of the bundled families, e.g. "Liberation Sans"
     * @throws IllegalArgumentException when the family is not bundled
     */
    public FontMapping with(String wordFont, String bundledFamily) {
        FontLibrary.Family family = FontLibrary.Family.named(bundledFamily.strip()).orElseThrow(() ->
                new IllegalArgumentException("font mapping of '" + wordFont + "': '" + bundledFamily
                        + "' is not a bundled font (" + FontLibrary.Family.names() + ")"));
        Map<String, FontLibrary.Family> copy = new HashMap<>(families);
        copy.put(key(wordFont), family);
        return new FontMapping(copy);
    }

    /** This mapping with the entries of {@code wordFont → bundled family} added or replacing entries. */
    public FontMapping with(Map<String, String> entries) {
        FontMapping result = this;
        for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
            result = result.with(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /**
     * Every entry as {@code word font → family} lines, sorted: the same mapping gives the same text, whatever
     * order it was made in (documents made with another mapping are not the same documents).
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(families).forEach((font, family) -> text.append(font).append(" → ")
                .append(family.displayName).append('\n'));
        return text.toString();
    }

    /** The bundled family named for the Word font, if the mapping names it. */
    Optional<FontLibrary.Family> family(String wordFont) {
        return Optional.ofNullable(families.get(key(wordFont)));
    }

    private static String key(String fontName) {
        return fontName.strip().toLowerCase(Locale.ROOT);
    }
}
