package vn.tongket.docx;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker's XML escaping for values placed in document text, plus two things Word needs:
 * <ul>
 *   <li>a line break in a value ({@code \n}, {@code \r\n} or {@code \r}) becomes a Word line break
 *       ({@code <w:br/>}) and a tab a Word tab ({@code <w:tab/>}), inside the run of the placeholder, so that they
 *       keep its formatting (a value is always placed inside a run's {@code <w:t>});</li>
 *   <li>characters XML 1.0 forbids ({@code U+0000-U+0008}, {@code U+000B}, {@code U+000C}, {@code U+000E-U+001F},
 *       {@code U+FFFE}, {@code U+FFFF}, lone surrogates) are removed: one such character in the data would otherwise
 *       make Word refuse the whole document.</li>
 * </ul>
 */
final class WordXmlOutputFormat extends CommonMarkupOutputFormat<WordXmlOutputFormat.Markup> {

    static final WordXmlOutputFormat INSTANCE = new WordXmlOutputFormat();

    /** Ends the value's text element, adds a break or tab, and opens a new text element in the same run. */
    private static final String BREAK = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private static final String TAB = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    private WordXmlOutputFormat() {
    }

    @Override
    public String getName() {
        return "WordprocessingML";
    }

    @Override
    public String getMimeType() {
        return "application/xml";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        StringBuilder s = null;
        int n = plainTextContent.length();
        for (int i = 0; i < n; i++) {
            char c = plainTextContent.charAt(i);
            String replacement;
            switch (c) {
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '&' -> replacement = "&amp;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&apos;";
                case '\n' -> replacement = BREAK;
                case '\r' -> {
                    replacement = BREAK;
                    if (i + 1 < n && plainTextContent.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\t' -> replacement = TAB;
                default -> {
                    if (isAllowed(plainTextContent, i, c)) {
                        if (s != null) {
                            s.append(c);
                        }
                        continue;
                    }
                    replacement = "";
                }
            }
            if (s == null) {
                s = new StringBuilder(n + 16).append(plainTextContent, 0, i);
            }
            s.append(replacement);
        }
        return s == null ? plainTextContent : s.toString();
    }

    /** The text without the characters XML 1.0 forbids (for text the engine writes outside document text). */
    String withoutForbiddenCharacters(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = isAllowed(text, i, c);
            if (!allowed && s == null) {
                s = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }

    private static boolean isAllowed(String s, int i, char c) {
        if (c >= 0x20 && c < 0xD800) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c >= 0xE000 && c <= 0xFFFD;
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("xml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of WordprocessingML markup held by a template variable. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public WordXmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
