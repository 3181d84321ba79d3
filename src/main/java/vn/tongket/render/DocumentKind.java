package vn.tongket.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A kind of document tongket makes, with the folder its Word templates live in under the templates folder
 * ({@code templates/year-end/}). The jobs and {@code tongket templates check} find templates through it.
 */
public enum DocumentKind {

    /** The year-end review of a committee's standing board (báo cáo kiểm điểm tập thể), made by the year-end job. */
    YEAR_END("year-end", "year-end review"),

    /** The half-year review (báo cáo sơ kết 6 tháng), made by the half-year job. */
    HALF_YEAR("half-year", "half-year review"),

    /** The mid-term assessment report of a unit (báo cáo sơ kết giữa nhiệm kỳ), made by the mid-term job. */
    MID_TERM("mid-term", "mid-term assessment report"),

    /**
     * The summary across the units under one superior, made by the mid-term job beside the units' reports (into
     * output/mid-term/&lt;term&gt;/_summary/); its templates have a folder of their own.
     */
    MID_TERM_SUMMARY("mid-term-summary", "mid-term summary across units");

    private final String folderName;
    private final String description;

    DocumentKind(String folderName, String description) {
        this.folderName = folderName;
        this.description = description;
    }

    /** The folder's name under the templates folder: {@code year-end}. */
    public String folderName() {
        return folderName;
    }

    public String description() {
        return description;
    }

    /** This kind's template folder under {@code templatesRoot}. */
    public Path folder(Path templatesRoot) {
        return templatesRoot.resolve(folderName);
    }

    /** The templates of this kind, sorted by name; empty when the folder is missing or holds none. */
    public List<Path> templates(Path templatesRoot) {
        return DocumentMaker.templateFiles(folder(templatesRoot));
    }

    /** The kind whose templates live in a folder of this name, if any. */
    public static Optional<DocumentKind> ofFolder(String folderName) {
        return Arrays.stream(values()).filter(k -> k.folderName.equals(folderName)).findFirst();
    }
}
