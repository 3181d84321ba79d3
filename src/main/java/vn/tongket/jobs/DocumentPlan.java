package vn.tongket.jobs;

import java.nio.file.Path;
import java.util.List;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.render.DocumentKind;
import vn.tongket.staging.StagingStore.RenderedFile;
import vn.tongket.staging.StagingStore.StoredSummary;

/**
 * What one kind of document does in the shared job flow (ingest → aggregate → render per unit → publish): how the
 * staged meetings are summed up for each unit, and how one unit's summary becomes files. One bean per kind.
 */
public interface DocumentPlan {

    /** The Spring Batch job that makes this kind of document: {@code yearEndJob}. */
    String jobName();

    DocumentKind kind();

    /**
     * The period keys the meetings give data for, sorted: what a nightly run makes of this kind ({@code 2021},
     * {@code 2022} for the year-end review).
     */
    default List<String> periodsIn(List<SourcedMeeting> meetings) {
        return List.of();
    }

    /** The period a scope names, in words for notes and reports: "năm 2023", "nhiệm kỳ 2020-2025". */
    String describe(RunScope scope);

    /**
     * One summary per unit the scope covers that has data (sorted by unit id), possibly with extra entries that are
     * not units (the mid-term summary across units, {@code _summary}).
     */
    List<StoredSummary> aggregate(List<SourcedMeeting> staged, RunScope scope);

    /** The files of one entry made by {@link #aggregate}; warnings about the data or the PDF go to {@code warnings}. */
    List<RenderedFile> render(StoredSummary summary, RunScope scope, Path templatesRoot, List<String> warnings);
}
