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

    /**
     * The distance between baselines for text whose largest font has the given size.
     *
     * @param naturalLineHeight the font's natural line height (ascent + descent + line gap) at that size
     */
    float leading(float naturalLineHeight) {
        return switch (rule) {
            case AUTO -> naturalLineHeight * value;
            case EXACT -> value;
            case AT_LEAST -> Math.max(value, naturalLineHeight);
        };
    }
}
