package vn.tongket.docx;

/**
 * Bounds on the work one fill may do, so that a hostile template or runaway data stops with a located
 * {@link TemplateProblem} instead of exhausting memory or running without end. The defaults are far above what a
 * report needs.
 *
 * @param maxListItems   repetitions of one {@code <#list>} (its items, each time it is run)
 * @param maxRepetitions repetitions of all lists together, plus macro and function calls, in one document
 * @param maxOutputChars characters of XML written for one document, all parts together (about as many bytes)
 */
public record FillLimits(int maxListItems, long maxRepetitions, long maxOutputChars) {

    /** 100 000 items in one list, 1 000 000 repetitions and calls in all, 50 million characters of XML. */
    public static final FillLimits DEFAULT = new FillLimits(100_000, 1_000_000, 50L * 1024 * 1024);

    public FillLimits {
        if (maxListItems < 1 || maxRepetitions < 1 || maxOutputChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxListItems + ", " + maxRepetitions
                    + ", " + maxOutputChars);
        }
    }
}
