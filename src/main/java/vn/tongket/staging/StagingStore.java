package vn.tongket.staging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.meeting.Meeting;

/**
 * The product's tables for one job instance: staged meetings, input problems, unit summaries and rendered files.
 * Every write is keyed by the job instance, so a restarted run finds what the failed one committed and a replayed
 * chunk cannot duplicate anything.
 */
@Repository
public class StagingStore {

    private static final JsonMapper JSON = MeetingReader.mapper();
    private static final TypeReference<Map<String, String>> PLACES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public StagingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file that already staged a meeting with this id in this run, if any. */
    public Optional<String> stagedFileOf(long instance, String meetingId) {
        return jdbc.sql("SELECT SOURCE_FILE FROM TK_STAGED_MEETING WHERE JOB_INSTANCE_ID = ? AND MEETING_ID = ?")
                .params(instance, meetingId).query(String.class).optional();
    }

    /** Removes what this run staged and recorded for one input file, so that the file can be written again. */
    public void forgetFile(long instance, String file) {
        jdbc.sql("DELETE FROM TK_STAGED_MEETING WHERE JOB_INSTANCE_ID = ? AND SOURCE_FILE = ?").params(instance, file)
                .update();
        jdbc.sql("DELETE FROM TK_STAGED_PLACES WHERE JOB_INSTANCE_ID = ? AND SOURCE_FILE = ?").params(instance, file)
                .update();
        jdbc.sql("DELETE FROM TK_INPUT_PROBLEM WHERE JOB_INSTANCE_ID = ? AND SOURCE_FILE = ?").params(instance, file)
                .update();
    }

    public void stageMeeting(long instance, SourcedMeeting sourced) {
        jdbc.sql("INSERT INTO TK_STAGED_MEETING (JOB_INSTANCE_ID, MEETING_ID, SOURCE_FILE, UNIT_ID, BODY)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(instance, sourced.meeting().id(), sourced.file(), sourced.unitId(),
                        JSON.writeValueAsString(sourced.meeting()))
                .update();
        if (!sourced.places().isEmpty()) {
            jdbc.sql("INSERT INTO TK_STAGED_PLACES (JOB_INSTANCE_ID, MEETING_ID, SOURCE_FILE, BODY) VALUES (?, ?, ?, ?)")
                    .params(instance, sourced.meeting().id(), sourced.file(),
                            JSON.writeValueAsString(new TreeMap<>(sourced.places())))
                    .update();
        }
    }

    public List<SourcedMeeting> stagedMeetings(long instance) {
        return jdbc.sql("SELECT M.SOURCE_FILE, M.BODY, P.BODY FROM TK_STAGED_MEETING M LEFT JOIN TK_STAGED_PLACES P"
                        + " ON P.JOB_INSTANCE_ID = M.JOB_INSTANCE_ID AND P.MEETING_ID = M.MEETING_ID"
                        + " WHERE M.JOB_INSTANCE_ID = ? ORDER BY M.SOURCE_FILE, M.MEETING_ID")
                .param(instance)
                .query((rs, row) -> new SourcedMeeting(rs.getString(1),
                        JSON.readValue(rs.getString(2), Meeting.class),
                        rs.getString(3) == null ? Map.of() : JSON.readValue(rs.getString(3), PLACES)))
                .list();
    }

    public void recordProblems(long instance, List<InputProblem> problems) {
        for (InputProblem p : problems) {
            jdbc.sql("INSERT INTO TK_INPUT_PROBLEM (JOB_INSTANCE_ID, SOURCE_FILE, SEQ, SEVERITY, POINTER, LINE_NO,"
                            + " COLUMN_NO, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(instance, p.file(), nextProblemSeq(instance, p.file()), p.severity().name(), p.pointer(),
                            p.line(), p.column(), p.message())
                    .update();
        }
    }

    private int nextProblemSeq(long instance, String file) {
        return jdbc.sql("SELECT COALESCE(MAX(SEQ) + 1, 0) FROM TK_INPUT_PROBLEM WHERE JOB_INSTANCE_ID = ?"
                        + " AND SOURCE_FILE = ?")
                .params(instance, file).query(Integer.class).single();
    }

    public List<InputProblem> problems(long instance) {
        return jdbc.sql("SELECT SEVERITY, SOURCE_FILE, POINTER, LINE_NO, COLUMN_NO, MESSAGE FROM TK_INPUT_PROBLEM"
                        + " WHERE JOB_INSTANCE_ID = ? ORDER BY SOURCE_FILE, SEQ")
                .param(instance)
                .query((rs, row) -> new InputProblem(InputProblem.Severity.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5),
                        rs.getString(6)))
                .list();
    }

    /** How many input files this run rejected (a file with several errors counts once). */
    public int rejectedFileCount(long instance) {
        return jdbc.sql("SELECT COUNT(DISTINCT SOURCE_FILE) FROM TK_INPUT_PROBLEM WHERE JOB_INSTANCE_ID = ?"
                        + " AND SEVERITY = 'ERROR'")
                .param(instance).query(Integer.class).single();
    }

    public void replaceSummaries(long instance, List<StoredSummary> summaries) {
        jdbc.sql("DELETE FROM TK_UNIT_SUMMARY WHERE JOB_INSTANCE_ID = ?").param(instance).update();
        for (StoredSummary summary : summaries) {
            jdbc.sql("INSERT INTO TK_UNIT_SUMMARY (JOB_INSTANCE_ID, UNIT_ID, BODY) VALUES (?, ?, ?)")
                    .params(instance, summary.unitId(), JSON.writeValueAsString(summary))
                    .update();
        }
    }

    public List<String> summarizedUnits(long instance) {
        return jdbc.sql("SELECT UNIT_ID FROM TK_UNIT_SUMMARY WHERE JOB_INSTANCE_ID = ? ORDER BY UNIT_ID")
                .param(instance).query(String.class).list();
    }

    public StoredSummary summary(long instance, String unitId) {
        String body = jdbc.sql("SELECT BODY FROM TK_UNIT_SUMMARY WHERE JOB_INSTANCE_ID = ? AND UNIT_ID = ?")
                .params(instance, unitId).query(String.class).single();
        return JSON.readValue(body, StoredSummary.class);
    }

    /** Replaces what an earlier attempt of this unit's partition may have left. */
    public void replaceRendered(long instance, String unitId, List<RenderedFile> files, List<String> warnings) {
        jdbc.sql("DELETE FROM TK_RENDERED_FILE WHERE JOB_INSTANCE_ID = ? AND UNIT_ID = ?")
                .params(instance, unitId).update();
        jdbc.sql("DELETE FROM TK_RENDER_WARNING WHERE JOB_INSTANCE_ID = ? AND UNIT_ID = ?")
                .params(instance, unitId).update();
        for (RenderedFile file : files) {
            jdbc.sql("INSERT INTO TK_RENDERED_FILE (JOB_INSTANCE_ID, UNIT_ID, FILE_NAME, CONTENT, SHA256)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(instance, unitId, file.name(), file.content(), sha256(file.content()))
                    .update();
        }
        for (int seq = 0; seq < warnings.size(); seq++) {
            jdbc.sql("INSERT INTO TK_RENDER_WARNING (JOB_INSTANCE_ID, UNIT_ID, SEQ, MESSAGE) VALUES (?, ?, ?, ?)")
                    .params(instance, unitId, seq, warnings.get(seq)).update();
        }
    }

    public List<StoredFile> renderedFiles(long instance) {
        return jdbc.sql("SELECT UNIT_ID, FILE_NAME, SHA256 FROM TK_RENDERED_FILE WHERE JOB_INSTANCE_ID = ?"
                        + " ORDER BY UNIT_ID, FILE_NAME")
                .param(instance)
                .query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** How many units have documents waiting for the publish step (rendered by this run or an earlier attempt). */
    public int renderedUnitCount(long instance) {
        return jdbc.sql("SELECT COUNT(DISTINCT UNIT_ID) FROM TK_RENDERED_FILE WHERE JOB_INSTANCE_ID = ?")
                .param(instance).query(Integer.class).single();
    }

    public byte[] renderedContent(long instance, String unitId, String fileName) {
        return jdbc.sql("SELECT CONTENT FROM TK_RENDERED_FILE WHERE JOB_INSTANCE_ID = ? AND UNIT_ID = ?"
                        + " AND FILE_NAME = ?")
                .params(instance, unitId, fileName).query(byte[].class).single();
    }

    public List<String> renderWarnings(long instance, String unitId) {
        return jdbc.sql("SELECT MESSAGE FROM TK_RENDER_WARNING WHERE JOB_INSTANCE_ID = ? AND UNIT_ID = ?"
                        + " ORDER BY SEQ")
                .params(instance, unitId).query(String.class).list();
    }

    /** Drops the document bytes once they are published; the rest stays as the run's record. */
    public void forgetRenderedContent(long instance) {
        jdbc.sql("DELETE FROM TK_RENDERED_FILE WHERE JOB_INSTANCE_ID = ?").param(instance).update();
    }

    public record RenderedFile(String name, byte[] content) {
    }

    /**
     * What the aggregate step made for one unit (or for a document across units, such as {@code _summary}): the
     * unit's name for the run report, and the summary itself, whose type belongs to the kind of document.
     */
    public record StoredSummary(String unitId, String unitName, String json) {

        public static StoredSummary of(String unitId, String unitName, Object summary) {
            return new StoredSummary(unitId, unitName, JSON.writeValueAsString(summary));
        }

        /** The summary; kept as JSON text rather than a tree so that numbers keep their scale (96,30 stays 96,30). */
        public <T> T as(Class<T> type) {
            return JSON.readValue(json, type);
        }
    }

    public record StoredFile(String unitId, String name, String sha256) {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
