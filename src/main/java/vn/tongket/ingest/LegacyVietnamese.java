package vn.tongket.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text typed in one of the legacy Vietnamese font encodings and then read as Unicode: TCVN3 (ABC, the .VnTime fonts,
 * one byte per letter: "Hµ Néi" for "Hà Nội") and VNI (VNI-Times, a base letter and a mark byte: "Haø Noäi"). Both
 * show up as Latin-1 letters and signs. A text is taken for legacy when some of its words are no Vietnamese syllable
 * as they stand but become one when converted (and more of them do so in one encoding than in the other); it is then
 * converted word by word. Correct Unicode Vietnamese is never touched: its words are syllables already.
 *
 * <p>The TCVN3 table is TCVN 5712:1993 VN3 (the lower-case letters and the seven plain capitals, as in glibc's
 * TCVN5712-1 for those bytes); the VNI table is VNI-Windows as its fonts map it (base letter + ù ø û õ ï for the
 * tones, â á à å ã ä for the circumflex, ê é è ú ü ë for the breve; ô ö for ơ ư; í ì æ ó ò î ñ for í ì ỉ ĩ ị ỵ đ).
 */
public final class LegacyVietnamese {

    /** A legacy encoding, with the name used in messages. */
    public enum Encoding {
        TCVN3("TCVN3 (ABC, .VnTime fonts)"),
        VNI("VNI (VNI-Times fonts)");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a text turned out to be: its encoding and the text converted to Unicode NFC. */
    public record Detection(Encoding encoding, String converted) {
    }

    private static final Map<Character, Character> TCVN3 = new HashMap<>();
    private static final Map<String, String> VNI = new HashMap<>();

    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323"; // sắc, huyền, hỏi, ngã, nặng
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
                    + "(iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
                    + "|[aăâeêioôơuưy])"
                    + "(ch|ng|nh|[cmnpt])?");

    static {
        String bytes = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
        String letters = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
        for (int i = 0; i < bytes.length(); i++) {
            TCVN3.put(bytes.charAt(i), letters.charAt(i));
        }
        // VNI: base letter + mark; the marks of the five tones, after a circumflex, after a breve.
        String[] tones = {"ù", "ø", "û", "õ", "ï"};
        String[] circumflexed = {"â", "á", "à", "å", "ã", "ä"};
        String[] breved = {"ê", "é", "è", "ú", "ü", "ë"};
        for (String base : new String[] {"a", "e", "o", "u", "y"}) {
            for (int t = 0; t < tones.length; t++) {
                if (!(base.equals("y") && t == 4)) {
                    vni(base + tones[t], base + TONES.charAt(t));
                }
            }
        }
        for (String base : new String[] {"a", "e", "o"}) {
            vni(base + circumflexed[0], base + "\u0302");
            for (int t = 0; t < 5; t++) {
                vni(base + circumflexed[t + 1], base + "\u0302" + TONES.charAt(t));
            }
        }
        vni("a" + breved[0], "a\u0306");
        for (int t = 0; t < 5; t++) {
            vni("a" + breved[t + 1], "a\u0306" + TONES.charAt(t));
        }
        vni("ô", "o\u031B");
        vni("ö", "u\u031B");
        for (int t = 0; t < 5; t++) {
            vni("ô" + tones[t], "o\u031B" + TONES.charAt(t));
            vni("ö" + tones[t], "u\u031B" + TONES.charAt(t));
        }
        String[] i = {"í", "ì", "æ", "ó", "ò"};
        for (int t = 0; t < 5; t++) {
            vni(i[t], "i" + TONES.charAt(t));
        }
        vni("î", "y\u0323");
        vni("ñ", "đ");
    }

    /** Registers a lower-case VNI sequence and its capital forms (capital base with either case of mark). */
    private static void vni(String sequence, String decomposed) {
        String unicode = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        String upper = unicode.toUpperCase(Locale.ROOT);
        VNI.put(sequence, unicode);
        VNI.put(sequence.toUpperCase(Locale.ROOT), upper);
        if (sequence.length() == 2) {
            VNI.put(sequence.substring(0, 1).toUpperCase(Locale.ROOT) + sequence.substring(1), upper);
        }
    }

    private LegacyVietnamese() {
    }

    /** The encoding of a text typed in TCVN3 or VNI, and the text in Unicode; empty for any other text. */
    public static Optional<Detection> detect(String text) {
        if (text.chars().noneMatch(c -> c >= 0xA1 && c <= 0xFF)) {
            return Optional.empty();
        }
        int tcvn3 = evidence(text, Encoding.TCVN3);
        int vni = evidence(text, Encoding.VNI);
        if (tcvn3 == 0 && vni == 0) {
            return Optional.empty();
        }
        Encoding encoding = tcvn3 >= vni ? Encoding.TCVN3 : Encoding.VNI;
        return Optional.of(new Detection(encoding, convert(text, encoding)));
    }

    /** The text with every word that holds a legacy character converted from {@code encoding}. */
    public static String convert(String text, Encoding encoding) {
        StringBuilder out = new StringBuilder(text.length());
        forEachWord(text, (word, convertible) -> out.append(convertible ? convertWord(word, encoding) : word));
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** Words that are a syllable only once converted, less those that convert to nonsense. */
    private static int evidence(String text, Encoding encoding) {
        int[] score = {0};
        forEachWord(text, (word, convertible) -> {
            // a sign alone ("«", "§") is no evidence: a word needs a plain letter besides
            if (!convertible || word.chars().noneMatch(c -> c < 0x80 && Character.isLetter(c))) {
                return;
            }
            String converted = convertWord(word, encoding);
            if (converted.equals(word)) {
                return;
            }
            boolean before = isSyllable(word);
            boolean after = isSyllable(converted);
            if (after && !before) {
                score[0] += 2;
            } else if (!after) {
                score[0] -= 1;
            }
        });
        return Math.max(0, score[0]);
    }

    private interface WordVisitor {
        void visit(String part, boolean convertible);
    }

    /**
     * Splits a text into words (letters and the TCVN3 signs that stand for letters) and what lies between them; a
     * word is convertible when it holds a Latin-1 letter or sign and does not touch a digit ("5µm" stays).
     */
    private static void forEachWord(String text, WordVisitor visitor) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (isWordChar(text.charAt(i))) {
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                boolean digitNear = (start > 0 && Character.isDigit(text.charAt(start - 1)))
                        || (i < text.length() && Character.isDigit(text.charAt(i)));
                visitor.visit(word, !digitNear && word.chars().anyMatch(c -> c >= 0xA1 && c <= 0xFF));
            } else {
                while (i < text.length() && !isWordChar(text.charAt(i))) {
                    i++;
                }
                visitor.visit(text.substring(start, i), false);
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || TCVN3.containsKey(c);
    }

    private static String convertWord(String word, Encoding encoding) {
        StringBuilder out = new StringBuilder(word.length());
        if (encoding == Encoding.TCVN3) {
            for (int i = 0; i < word.length(); i++) {
                out.append(TCVN3.getOrDefault(word.charAt(i), word.charAt(i)));
            }
            return out.toString();
        }
        int i = 0;
        while (i < word.length()) {
            String two = i + 2 <= word.length() ? VNI.get(word.substring(i, i + 2)) : null;
            if (two != null) {
                out.append(two);
                i += 2;
                continue;
            }
            String one = VNI.get(word.substring(i, i + 1));
            out.append(one != null ? one : word.substring(i, i + 1));
            i++;
        }
        return out.toString();
    }

    /** Whether a word is one Vietnamese syllable: an initial, a vowel group and a final, with at most one tone. */
    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        int tones = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                base.append(c);
            }
        }
        return tones <= 1 && SYLLABLE.matcher(Normalizer.normalize(base, Normalizer.Form.NFC)).matches();
    }
}
