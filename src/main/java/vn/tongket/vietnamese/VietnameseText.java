package vn.tongket.vietnamese;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Normalisation, folding to ASCII for file names, and Vietnamese collation. */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static boolean isNfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "Thường Tín" → "thuong-tin": ASCII, lower case, words joined by hyphens; nothing else survives. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Orders names the Vietnamese way (Đ after D, not after Z); NFC and NFD forms compare equal. */
    public static Comparator<String> collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }

    /** A key under which two statements count as the same: case, spacing and final punctuation ignored. */
    public static String sameStatementKey(String text) {
        return nfc(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.;,…!]+$", "").trim();
    }
}
