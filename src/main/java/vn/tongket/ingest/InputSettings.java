package vn.tongket.ingest;

/**
 * How input files are read: what to do with decomposed or legacy-encoded text, and the limits that keep a hostile or
 * broken file from taking the run down. Set with the {@code tongket.input.*} properties (application.yml).
 *
 * @param nonNfc               text that is not Unicode NFC: normalized with a warning (default) or refused
 * @param legacyEncoding       text in TCVN3 (ABC) or VNI: converted to Unicode with a warning (default) or refused
 * @param maxFileBytes         the largest meeting file read
 * @param maxStringChars       the longest text value (a finding, a note, a cell)
 * @param maxListItems         the most items in one list (participants, achievements, …; rows of a workbook sheet)
 * @param maxIndicators        the most indicators of one meeting
 * @param maxMonthsAfterPeriod a meeting (or a figure's {@code asOf}) later than this after its period is warned about
 */
public record InputSettings(MeetingReader.NonNfcPolicy nonNfc, LegacyEncodingPolicy legacyEncoding, long maxFileBytes,
                            int maxStringChars, int maxListItems, int maxIndicators, int maxMonthsAfterPeriod) {

    /** What to do with text in a legacy Vietnamese encoding. */
    public enum LegacyEncodingPolicy { CONVERT, REJECT }

    public static final InputSettings DEFAULTS = new InputSettings(MeetingReader.NonNfcPolicy.NORMALIZE,
            LegacyEncodingPolicy.CONVERT, MeetingReader.DEFAULT_MAX_FILE_BYTES, 20_000, 1_000, 500, 6);

    public InputSettings {
        if (maxFileBytes < 1 || maxStringChars < 1 || maxListItems < 1 || maxIndicators < 1
                || maxMonthsAfterPeriod < 0) {
            throw new IllegalArgumentException("tongket.input limits must be positive");
        }
    }

    public InputSettings withNonNfc(MeetingReader.NonNfcPolicy policy) {
        return new InputSettings(policy, legacyEncoding, maxFileBytes, maxStringChars, maxListItems, maxIndicators,
                maxMonthsAfterPeriod);
    }

    public InputSettings withLegacyEncoding(LegacyEncodingPolicy policy) {
        return new InputSettings(nonNfc, policy, maxFileBytes, maxStringChars, maxListItems, maxIndicators,
                maxMonthsAfterPeriod);
    }

    public InputSettings withMaxFileBytes(long bytes) {
        return new InputSettings(nonNfc, legacyEncoding, bytes, maxStringChars, maxListItems, maxIndicators,
                maxMonthsAfterPeriod);
    }
}
