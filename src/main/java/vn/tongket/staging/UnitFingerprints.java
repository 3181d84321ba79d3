package vn.tongket.staging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.tongket.ingest.MeetingReader;

/**
 * What was last published for each unit, document, period and output folder (the fingerprint it was made from and
 * the files with their SHA-256), and what each run decided for each unit: the basis of incremental nightly runs.
 */
@Repository
public class UnitFingerprints {

    private static final JsonMapper JSON = MeetingReader.mapper();

    private final JdbcClient jdbc;

    public UnitFingerprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file as published: its path relative to the output folder and its SHA-256. */
    public record PublishedFile(String path, String sha256) {
    }

    /** The last good publication of one unit's documents, with the warnings they were made with. */
    public record Published(String fingerprint, List<PublishedFile> files, List<String> warnings) {
    }

    /** What a run decided for a unit: the fingerprint of what it would be made from, whether it was made, why. */
    public record Outcome(String fingerprint, boolean made, String reason) {
    }

    public Optional<Published> lastPublished(String job, String period, String outputDir, String unit) {
        return jdbc.sql("SELECT FILES FROM TK_UNIT_FINGERPRINT WHERE JOB_NAME = ? AND PERIOD_KEY = ?"
                        + " AND OUTPUT_DIR = ? AND UNIT_ID = ?")
                .params(job, period, outputDir, unit)
                .query((rs, row) -> JSON.readValue(rs.getString(1), Published.class))
                .optional();
    }

    public void remember(String job, String period, String outputDir, String unit, Published published) {
        jdbc.sql("DELETE FROM TK_UNIT_FINGERPRINT WHERE JOB_NAME = ? AND PERIOD_KEY = ? AND OUTPUT_DIR = ?"
                        + " AND UNIT_ID = ?")
                .params(job, period, outputDir, unit).update();
        jdbc.sql("INSERT INTO TK_UNIT_FINGERPRINT (JOB_NAME, PERIOD_KEY, OUTPUT_DIR, UNIT_ID, FINGERPRINT, FILES)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(job, period, outputDir, unit, published.fingerprint(),
                        JSON.writeValueAsString(published))
                .update();
    }

    /** Replaces what an earlier attempt of the unit's partition recorded. */
    public void recordOutcome(long instance, String unit, Outcome outcome) {
        jdbc.sql("DELETE FROM TK_UNIT_OUTCOME WHERE JOB_INSTANCE_ID = ? AND UNIT_ID = ?").params(instance, unit)
                .update();
        jdbc.sql("INSERT INTO TK_UNIT_OUTCOME (JOB_INSTANCE_ID, UNIT_ID, FINGERPRINT, MADE, REASON)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(instance, unit, outcome.fingerprint(), outcome.made(), outcome.reason())
                .update();
    }

    /** Each unit's outcome in this run, by unit id. */
    public Map<String, Outcome> outcomes(long instance) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        jdbc.sql("SELECT UNIT_ID, FINGERPRINT, MADE, REASON FROM TK_UNIT_OUTCOME WHERE JOB_INSTANCE_ID = ?"
                        + " ORDER BY UNIT_ID")
                .param(instance)
                .query((rs, row) -> outcomes.put(rs.getString(1),
                        new Outcome(rs.getString(2), rs.getBoolean(3), rs.getString(4))))
                .list();
        return outcomes;
    }
}
