package vn.tongket.pdf;

/**
 * Line spacing of a paragraph ({@code w:spacing/@w:line} with {@code @w:lineRule}).
 *
 * @param rule  how the value is meant
 * @param value a multiple of the font's natural line height for {@link Rule#AUTO}, points otherwise
 */
record LineSpacing(Rule rule, float value) {

    static final LineSpacing SINGLE = new LineSpacing(Rule.AUTO, 1f);

    enum Rule { AUTO, EXACT, AT_LEAST }

    private static final float TWIPS_PER_POINT = 20f;

    /**
     * The distance between baselines for text whose largest font has the given size. Proportional spacing is
     * counted as LibreOffice counts it, in whole twips: the natural height rounded, the multiple of it cut down
     * ({@code SwTextFormatter::CalcRealHeight}, integer arithmetic), so 9 pt text at 1.1 lines is 11.35 pt apart,
     * not 11.38, and 14 pt text 17.70, not 17.71.
     *
     * @param naturalLineHeight the font's natural line height (ascent + descent + line gap) at that size
     */
    float leading(float naturalLineHeight) {
        return switch (rule) {
            case AUTO -> (float) Math.floor(Math.round(naturalLineHeight * TWIPS_PER_POINT) * value)
                    / TWIPS_PER_POINT;
            case EXACT -> value;
            case AT_LEAST -> Math.max(value, naturalLineHeight);
        };
    }
}
