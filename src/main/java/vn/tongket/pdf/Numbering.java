package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * The list definitions of a document ({@code numbering.xml}) and the counters of its lists while the document is
 * read in order.
 * <p>
 * A list ({@code w:num}, the {@code w:numId} of a paragraph) uses an abstract definition ({@code w:abstractNum})
 * of up to nine levels, each with a number format, a label text such as {@code "%1."} or {@code "%1.%2."}, a
 * start value, an indent and the formatting of the label; the list may override the start value or a whole level.
 * As in Word (and LibreOffice reading a DOCX), the lists of one abstract definition share their counters: a list
 * goes on counting where another list of the same definition stopped, unless it overrides the start value of a
 * level ({@code w:lvlOverride/w:startOverride}), which restarts that level at its first item of the list.
 * LibreOffice writes a list restarted at some number this way. An item resets the counters of the deeper levels
 * unless a level says otherwise ({@code w:lvlRestart}). As in Word, a label such as "%1.%2." shows each level's number in that level's
 * format ("1.b.") unless the level asks for legal numbering ({@code w:isLgl}, "1.2.").
 * <p>
 * Formats drawn: decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet and none; other
 * formats are drawn as decimal. Bullets in the Symbol and Wingdings fonts, which sit in the private use area, are
 * replaced by the Unicode character they show.
 * <p>
 * One instance serves one conversion; it keeps the counters and is not thread-safe.
 */
final class Numbering {

    static final Numbering NONE = new Numbering(Map.of(), Map.of(), Map.of(), Map.of());

    private static final int LEVELS = 9;
    /**
     * What the private-use characters of the symbol fonts (Symbol, Wingdings) show, for the bullets Word offers and
     * the check boxes of forms.
     */
    private static final Map<Character, String> SYMBOL_BULLETS = Map.ofEntries(
            Map.entry('\uF0B7', "•"), Map.entry('\uF0A7', "▪"), Map.entry('\uF0D8', "➢"), Map.entry('\uF076', "❖"),
            Map.entry('\uF0FC', "✓"), Map.entry('\uF06F', "o"), Map.entry('\uF0A8', "□"), Map.entry('\uF02D', "-"),
            Map.entry('\uF0E0', "→"), Map.entry('\uF0FE', "☑"), Map.entry('\uF0FD', "☒"), Map.entry('\uF06E', "■"));

    /** The Unicode character a symbol-font character ({@code w:sym w:char}, e.g. "F0FC") shows, or null if unknown. */
    static String symbol(String hexCode) {
        try {
            int code = Integer.parseInt(hexCode.trim(), 16);
            // Word writes symbol-font characters either in the private use area or as the plain byte
            char key = (char) (code < 0x100 ? 0xF000 + code : code);
            return SYMBOL_BULLETS.get(key);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /**
     * One level of a list.
     *
     * @param format       the number format ({@code w:numFmt}), e.g. "decimal", "bullet"
     * @param text         the label pattern ({@code w:lvlText}), e.g. "%1." or a bullet character
     * @param start        the first number
     * @param restartAfter the level (1-based) whose use restarts this one; 0 never; null after any shallower level
     * @param suffix       what follows the label: "tab", "space" or "nothing"
     * @param paragraph    the indents of the level's items ({@code w:pPr})
     * @param run          the formatting of the label ({@code w:rPr})
     * @param legal        whether the numbers of all levels in the label are decimal ({@code w:isLgl})
     */
    record Level(String format, String text, int start, Integer restartAfter, String suffix,
                 ParagraphProperties paragraph, RunProperties run, boolean legal) {
    }

    /** The label of one list item and the level it belongs to. */
    record Label(String text, Level level) {
    }

    /** The levels of each list by numId. */
    private final Map<Integer, Level[]> lists;
    /** The abstract definition of each list by numId, whose counters the list shares. */
    private final Map<Integer, Integer> definitions;
    /** The levels whose start value each list overrides, by numId: they restart at the list's first item there. */
    private final Map<Integer, boolean[]> restarts;
    /** The counters of each abstract definition. */
    private final Map<Integer, int[]> counters = new HashMap<>();
    /** Which levels of each abstract definition have had an item since they last restarted. */
    private final Map<Integer, boolean[]> usedLevels = new HashMap<>();
    /** Lists that Word would not resolve (a list style link), by numId, for the warning. */
    private final Map<Integer, String> problems;

    private Numbering(Map<Integer, Level[]> lists, Map<Integer, Integer> definitions, Map<Integer, boolean[]> restarts,
                      Map<Integer, String> problems) {
        this.lists = lists;
        this.definitions = definitions;
        this.restarts = new HashMap<>();
        restarts.forEach((numId, levels) -> this.restarts.put(numId, levels.clone()));
        this.problems = problems;
    }

    /** The lists of a {@code w:numbering} element; {@link #NONE} for null. */
    static Numbering read(Element numbering) {
        if (numbering == null) {
            return NONE;
        }
        Map<Integer, Element> abstracts = new HashMap<>();
        for (Element e : WordXml.children(numbering, "abstractNum")) {
            Integer id = WordXml.intAttr(e, "abstractNumId");
            if (id != null) {
                abstracts.putIfAbsent(id, e);
            }
        }
        Map<Integer, Level[]> lists = new HashMap<>();
        Map<Integer, Integer> definitions = new HashMap<>();
        Map<Integer, boolean[]> restarts = new HashMap<>();
        Map<Integer, String> problems = new HashMap<>();
        for (Element e : WordXml.children(numbering, "num")) {
            Integer numId = WordXml.intAttr(e, "numId");
            Element abstractNum = abstracts.get(WordXml.intAttr(child(e, "abstractNumId"), "val"));
            if (numId == null) {
                continue;
            }
            if (abstractNum == null) {
                problems.put(numId, "has no definition");
                continue;
            }
            if (child(abstractNum, "numStyleLink") != null) {
                problems.put(numId, "is defined by a list style, which is not supported");
                continue;
            }
            Level[] levels = new Level[LEVELS];
            boolean[] restarted = new boolean[LEVELS];
            for (Element lvl : WordXml.children(abstractNum, "lvl")) {
                put(levels, lvl, null);
            }
            for (Element override : WordXml.children(e, "lvlOverride")) {
                Integer ilvl = WordXml.intAttr(override, "ilvl");
                if (ilvl == null || ilvl < 0 || ilvl >= LEVELS) {
                    continue;
                }
                Element lvl = child(override, "lvl");
                if (lvl != null) {
                    put(levels, lvl, ilvl);
                }
                Integer startOverride = WordXml.intAttr(child(override, "startOverride"), "val");
                if (startOverride != null && levels[ilvl] != null) {
                    Level l = levels[ilvl];
                    levels[ilvl] = new Level(l.format(), l.text(), startOverride, l.restartAfter(), l.suffix(),
                            l.paragraph(), l.run(), l.legal());
                    restarted[ilvl] = true;
                }
            }
            lists.put(numId, levels);
            definitions.put(numId, WordXml.intAttr(abstractNum, "abstractNumId"));
            restarts.put(numId, restarted);
        }
        return new Numbering(lists, definitions, restarts, problems);
    }

    private static void put(Level[] levels, Element lvl, Integer forcedLevel) {
        Integer ilvl = forcedLevel != null ? forcedLevel : WordXml.intAttr(lvl, "ilvl");
        if (ilvl == null || ilvl < 0 || ilvl >= LEVELS) {
            return;
        }
        String format = attr(child(lvl, "numFmt"), "val");
        Element lvlText = child(lvl, "lvlText");
        Integer start = WordXml.intAttr(child(lvl, "start"), "val");
        String suffix = attr(child(lvl, "suff"), "val");
        levels[ilvl] = new Level(format == null ? "decimal" : format,
                lvlText == null ? "" : String.valueOf(lvlText.getAttributeNS(WordXml.W, "val")),
                start == null ? 0 : start,
                WordXml.intAttr(child(lvl, "lvlRestart"), "val"),
                suffix == null ? "tab" : suffix,
                ParagraphProperties.read(child(lvl, "pPr")),
                RunProperties.read(child(lvl, "rPr")),
                Boolean.TRUE.equals(WordXml.onOff(lvl, "isLgl")));
    }

    /** The level of a list, or null when the list or the level is not defined. */
    Level level(int numId, int ilvl) {
        Level[] levels = lists.get(numId);
        return levels == null || ilvl < 0 || ilvl >= LEVELS ? null : levels[ilvl];
    }

    /** Why a list item that a paragraph is cannot be drawn. */
    String problem(int numId, int ilvl) {
        if (lists.containsKey(numId)) {
            return "level " + ilvl + " of list " + numId + " is not defined";
        }
        return "list " + numId + " " + problems.getOrDefault(numId, "is not defined in the numbering part");
    }

    /** Counts the next item of the list at the level and gives its label. */
    Label next(int numId, int ilvl) {
        Level[] levels = lists.get(numId);
        Level level = level(numId, ilvl);
        if (level == null) {
            return null;
        }
        Integer definition = definitions.get(numId);
        int[] count = counters.computeIfAbsent(definition, id -> new int[LEVELS]);
        boolean[] used = usedLevels.computeIfAbsent(definition, id -> new boolean[LEVELS]);
        boolean[] restart = restarts.get(numId);
        if (restart[ilvl]) {
            used[ilvl] = false; // the list's own start value, once
            restart[ilvl] = false;
        }
        count[ilvl] = used[ilvl] ? count[ilvl] + 1 : level.start();
        used[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            Level d = levels[deeper];
            Integer restartAfter = d == null ? null : d.restartAfter();
            if (restartAfter == null || (restartAfter != 0 && ilvl < restartAfter)) {
                used[deeper] = false;
            }
        }
        return new Label(labelText(levels, level, count, used), level);
    }

    private static String labelText(Level[] levels, Level level, int[] count, boolean[] used) {
        if (level.format().equals("bullet")) {
            return bullet(level.text());
        }
        if (level.format().equals("none")) {
            return level.text().replaceAll("%[1-9]", "");
        }
        StringBuilder label = new StringBuilder();
        String pattern = level.text();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int referenced = pattern.charAt(++i) - '1';
                Level l = levels[referenced];
                if (l != null) {
                    label.append(format(level.legal() ? "decimal" : l.format(),
                            used[referenced] ? count[referenced] : l.start()));
                }
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String bullet(String text) {
        StringBuilder bullet = new StringBuilder();
        for (char c : text.toCharArray()) {
            String shown = SYMBOL_BULLETS.get(c);
            bullet.append(shown != null ? shown : c >= '\uF000' && c <= '\uF0FF' ? "•" : String.valueOf(c));
        }
        return bullet.toString();
    }

    /** The number in the format; formats not drawn are written as decimal. */
    static String format(String format, int n) {
        return switch (format) {
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : String.valueOf(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "none", "bullet" -> "";
            default -> String.valueOf(n);
        };
    }

    /** Whether a format is drawn as itself (the others fall back to decimal). */
    static boolean isDrawn(String format) {
        return switch (format) {
            case "decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "bullet",
                 "none" -> true;
            default -> false;
        };
    }

    /** Word's letters: A..Z, then AA..ZZ, AAA..: the letter repeated. */
    private static String letters(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(numerals[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
