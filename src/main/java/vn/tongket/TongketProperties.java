package vn.tongket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.tongket.ingest.MeetingReader;

/**
 * The product's settings (application.yml, prefix "tongket").
 *
 * @param renderThreads   how many units are rendered at once; defaults to the number of cores
 * @param ingestChunkSize how many input files are staged per transaction
 */
@ConfigurationProperties("tongket")
public record TongketProperties(@DefaultValue Input input, @DefaultValue("0") int renderThreads,
                                @DefaultValue("10") int ingestChunkSize) {

    public TongketProperties {
        if (renderThreads <= 0) {
            renderThreads = Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param nonNfc       what to do with text that is not NFC: reject the file (default) or normalize it
     * @param maxFileBytes the largest meeting file accepted
     */
    public record Input(@DefaultValue("reject") MeetingReader.NonNfcPolicy nonNfc,
                        @DefaultValue("5242880") long maxFileBytes) {
    }
}
