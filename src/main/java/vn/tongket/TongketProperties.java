package vn.tongket;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.tongket.ingest.InputSettings;
import vn.tongket.ingest.MeetingReader;

/**
 * The product's settings (application.yml, prefix "tongket").
 *
 * @param renderThreads   how many units are rendered at once; defaults to the number of cores
 * @param ingestChunkSize how many input files are staged per transaction
 * @param pdf             how the PDF is made from each filled Word document
 */
@ConfigurationProperties("tongket")
public record TongketProperties(@DefaultValue Input input, @DefaultValue("0") int renderThreads,
                                @DefaultValue("10") int ingestChunkSize, @DefaultValue Pdf pdf) {

    public TongketProperties {
        if (renderThreads <= 0) {
            renderThreads = Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * How input files are read (see {@link InputSettings}).
     *
     * @param nonNfc               text that is not NFC: normalized with a warning (default) or the file refused
     * @param legacyEncoding       text in TCVN3 or VNI: converted with a warning (default) or the file refused
     * @param maxFileBytes         the largest meeting file accepted
     * @param maxStringChars       the longest text value
     * @param maxListItems         the most items of one list (participants, achievements, …)
     * @param maxIndicators        the most indicators of one meeting
     * @param maxMonthsAfterPeriod a meeting this long after its period is warned about
     */
    public record Input(@DefaultValue("normalize") MeetingReader.NonNfcPolicy nonNfc,
                        @DefaultValue("convert") InputSettings.LegacyEncodingPolicy legacyEncoding,
                        @DefaultValue("5242880") long maxFileBytes,
                        @DefaultValue("20000") int maxStringChars,
                        @DefaultValue("1000") int maxListItems,
                        @DefaultValue("500") int maxIndicators,
                        @DefaultValue("6") int maxMonthsAfterPeriod) {

        /** The settings the readers take ({@code new MeetingFiles(properties.input().settings())}). */
        public InputSettings settings() {
            return new InputSettings(nonNfc, legacyEncoding, maxFileBytes, maxStringChars, maxListItems,
                    maxIndicators, maxMonthsAfterPeriod);
        }
    }

    /**
     * How the PDF is made.
     *
     * @param fonts Word font name → bundled family that draws it, added to or replacing the shipped mapping
     *              ({@code vn/tongket/pdf/font-mapping.properties}); in YAML a name with spaces is written in
     *              brackets: {@code "[Segoe UI]": Liberation Sans}
     */
    public record Pdf(Map<String, String> fonts) {

        public Pdf {
            fonts = fonts == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(fonts));
        }
    }
}
