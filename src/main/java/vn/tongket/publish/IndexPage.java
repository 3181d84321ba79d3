package vn.tongket.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.MeetingReader;

/**
 * output/index.html: every unit's latest documents of every job and period (found through the
 * output/&lt;kind&gt;/&lt;period&gt;/run-report.json files), the warnings and rejected input of each run, what each
 * run changed, and a small chart. A static page in Vietnamese with relative links, no script and nothing fetched,
 * so that it opens from a shared folder; the same reports give the same bytes. output/index.json keeps what the
 * next run compares with.
 */
public final class IndexPage {

    static final String PAGE = "index.html";
    static final String HISTORY = "index.json";
    private static final String REPORT = "run-report.json";

    /** The documents' names by output folder, put before the period: "Kiểm điểm" + " năm 2023". */
    private static final Map<String, String> KIND_NAMES = Map.of(
            "year-end", "Kiểm điểm",
            "half-year", "Sơ kết",
            "mid-term", "Sơ kết giữa nhiệm kỳ");

    private static final Logger log = LoggerFactory.getLogger(IndexPage.class);
    private static final ObjectReader REPORT_READER = MeetingReader.mapper().readerFor(RunReport.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private IndexPage() {
    }

    /**
     * Rewrites the page after a run published {@code reportFolder} (output/year-end/2023, say).
     *
     * @param run names the run, the same for a restart (e.g. "yearEndJob#12", the job and its instance), so that
     *            publishing again after a crash reports the same changes
     */
    public static void update(Path output, Path reportFolder, String run) {
        Map<String, RunReport> reports = reports(output);
        IndexHistory history = IndexHistory.read(output.resolve(HISTORY)).retain(reports.keySet());
        String published = key(output, reportFolder.resolve(REPORT));
        for (Map.Entry<String, RunReport> report : reports.entrySet()) {
            history = report.getKey().equals(published)
                    ? history.published(report.getKey(), run, files(report.getValue()))
                    : history.known(report.getKey(), files(report.getValue()));
        }
        AtomicFiles.write(output.resolve(PAGE), html(reports, history).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(output.resolve(HISTORY), history.toJson());
    }

    /** Every run report under output/, by its path relative to output/ ("year-end/2023/run-report.json"). */
    private static Map<String, RunReport> reports(Path output) {
        Map<String, RunReport> reports = new TreeMap<>(Comparator.comparing(IndexPage::sortKey));
        try (Stream<Path> files = Files.find(output, 3, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().equals(REPORT) && output.relativize(path).getNameCount() == 3)) {
            for (Path file : files.toList()) {
                try {
                    reports.put(key(output, file), REPORT_READER.readValue(Files.readAllBytes(file)));
                } catch (IOException | tools.jackson.core.JacksonException unreadable) {
                    // a report of another version or edited by hand leaves that period off the page, not the run
                    log.warn("index page: {} left out, it cannot be read: {}", file, unreadable.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run reports under " + output, e);
        }
        return reports;
    }

    /** Kinds by name, then the latest period first. */
    private static String sortKey(String report) {
        String[] parts = report.split("/");
        StringBuilder inverted = new StringBuilder();
        for (char c : parts[1].toCharArray()) {
            inverted.append((char) (0xFFFF - c));
        }
        return parts[0] + "/" + inverted;
    }

    private static String key(Path output, Path file) {
        return output.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static Map<String, String> files(RunReport report) {
        Map<String, String> files = new TreeMap<>();
        report.units().forEach(u -> u.files().forEach(f -> files.put(f.path(), f.sha256())));
        return files;
    }

    static String html(Map<String, RunReport> reports, IndexHistory history) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Các bản dự thảo – tongket</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>Các bản dự thảo báo cáo</h1>\n");
        if (reports.isEmpty()) {
            out.append("<p>Chưa có lần chạy nào ghi tài liệu vào thư mục này.</p>\n");
        } else {
            out.append("<p class=\"muted\">Trang này được viết lại sau mỗi lần chạy. Mỗi kỳ báo cáo có các bản")
                    .append(" dự thảo mới nhất của từng đơn vị, các cảnh báo, các tệp đầu vào bị từ chối và")
                    .append(" những gì đã thay đổi so với lần chạy trước.</p>\n");
            chart(reports, out);
            out.append("<nav><ul>\n");
            reports.forEach((key, report) -> out.append("<li><a href=\"#").append(anchor(report)).append("\">")
                    .append(escape(title(report))).append("</a></li>\n"));
            out.append("</ul></nav>\n");
            reports.forEach((key, report) -> section(key, report, history.entry(key), out));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void section(String key, RunReport report, IndexHistory.Entry entry, StringBuilder out) {
        String folder = key.substring(0, key.lastIndexOf('/') + 1);
        out.append("<section class=\"report\" id=\"").append(anchor(report)).append("\">\n<h2>")
                .append(escape(title(report))).append("</h2>\n<p>")
                .append(report.units().size()).append(" đơn vị có bản dự thảo · ")
                .append(report.rejected().size()).append(" tệp đầu vào bị từ chối · đầu vào: <code>")
                .append(escape(report.input())).append("</code> · <a href=\"").append(href(folder + "run-report.txt"))
                .append("\">báo cáo lần chạy</a></p>\n");

        Map<String, IndexHistory.Change.Kind> changes = new LinkedHashMap<>();
        if (entry != null) {
            IndexHistory.changes(entry).forEach(c -> changes.put(c.path(), c.kind()));
        }
        out.append("<h3>Thay đổi so với lần chạy trước</h3>\n");
        if (entry == null || entry.run() == null) {
            out.append("<p class=\"muted\">Chưa rõ: các tài liệu này có từ trước khi có trang này.</p>\n");
        } else if (entry.before() == null) {
            out.append("<p>Lần chạy đầu tiên của kỳ này: mọi tài liệu đều mới.</p>\n");
        } else if (changes.isEmpty()) {
            out.append("<p>Không có thay đổi: các tài liệu giống hệt lần chạy trước.</p>\n");
        } else {
            out.append("<ul class=\"changes\">\n");
            changes.forEach((path, kind) -> {
                out.append("<li>").append(badge(kind)).append(' ');
                if (kind == IndexHistory.Change.Kind.REMOVED) {
                    out.append("<code>").append(escape(path)).append("</code>");
                } else {
                    out.append("<a href=\"").append(href(path)).append("\">").append(escape(path)).append("</a>");
                }
                out.append("</li>\n");
            });
            out.append("</ul>\n");
        }

        out.append("<table>\n<thead><tr><th>Đơn vị</th><th>Tài liệu</th><th>Lần chạy này</th><th>Cảnh báo</th></tr>"
                + "</thead>\n<tbody>\n");
        for (RunReport.UnitEntry unit : report.units()) {
            out.append("<tr class=\"unit\" id=\"").append(anchor(report)).append("-").append(escape(unit.unit()))
                    .append("\"><td>").append(escape(unit.name())).append("<br><code>").append(escape(unit.unit()))
                    .append("</code></td><td>");
            for (RunReport.FileEntry file : unit.files()) {
                out.append("<a href=\"").append(href(file.path())).append("\">")
                        .append(escape(file.path().substring(file.path().lastIndexOf('/') + 1))).append("</a>");
                IndexHistory.Change.Kind kind = changes.get(file.path());
                if (kind != null && entry.before() != null) {
                    out.append(' ').append(badge(kind));
                }
                out.append("<br>");
            }
            out.append("</td><td>").append(unit.made() ? "làm lại" : "giữ nguyên");
            if (unit.reason() != null && !unit.reason().isEmpty()) {
                out.append(": <span class=\"reason\">").append(escape(unit.reason())).append("</span>");
            }
            out.append("</td><td>");
            if (unit.warnings().isEmpty()) {
                out.append("<span class=\"muted\">không có</span>");
            } else {
                out.append("<ul>");
                unit.warnings().forEach(w -> out.append("<li>").append(escape(w)).append("</li>"));
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h3>Tệp đầu vào bị từ chối (").append(report.rejected().size()).append(")</h3>\n");
        if (report.rejected().isEmpty()) {
            out.append("<p class=\"muted\">Không có tệp nào bị từ chối.</p>\n");
        } else {
            out.append("<ul class=\"rejected\">\n");
            for (RunReport.RejectedFile file : report.rejected()) {
                out.append("<li><code>").append(escape(file.file())).append("</code><ul>");
                file.problems().forEach(p -> out.append("<li>").append(escape(p.describe())).append("</li>"));
                out.append("</ul></li>\n");
            }
            out.append("</ul>\n");
        }
        if (!report.inputWarnings().isEmpty()) {
            out.append("<h3>Cảnh báo về đầu vào (").append(report.inputWarnings().size()).append(")</h3>\n<ul>\n");
            for (InputProblem p : report.inputWarnings()) {
                out.append("<li>").append(escape(p.describe())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!report.notes().isEmpty()) {
            out.append("<h3>Ghi chú</h3>\n<ul>\n");
            report.notes().forEach(n -> out.append("<li>").append(escape(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** Units with documents and rejected input files of each run, as horizontal bars. */
    private static void chart(Map<String, RunReport> reports, StringBuilder out) {
        int rowHeight = 26;
        int labelWidth = 210;
        int barWidth = 330;
        int max = Math.max(1, reports.values().stream()
                .mapToInt(r -> Math.max(r.units().size(), r.rejected().size())).max().orElse(1));
        int height = 30 + reports.size() * rowHeight + 10;
        out.append("<figure>\n<svg role=\"img\" width=\"")
                .append(labelWidth + barWidth + 60).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(labelWidth + barWidth + 60).append(' ').append(height).append("\" aria-labelledby=\"chart-title\">\n")
                .append("<title id=\"chart-title\">Số đơn vị có bản dự thảo và số tệp bị từ chối của mỗi kỳ</title>\n")
                .append("<rect x=\"").append(labelWidth).append("\" y=\"4\" width=\"12\" height=\"12\" class=\"made\"/>")
                .append("<text x=\"").append(labelWidth + 18).append("\" y=\"15\">đơn vị có bản dự thảo</text>\n")
                .append("<rect x=\"").append(labelWidth + 170).append("\" y=\"4\" width=\"12\" height=\"12\" class=\"rejected\"/>")
                .append("<text x=\"").append(labelWidth + 188).append("\" y=\"15\">tệp bị từ chối</text>\n");
        int y = 30;
        for (RunReport report : reports.values()) {
            int made = report.units().size();
            int rejected = report.rejected().size();
            out.append("<g class=\"row\"><text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(escape(title(report))).append("</text>\n")
                    .append(bar(labelWidth, y + 2, length(made, max, barWidth), "made", made + " đơn vị"))
                    .append(bar(labelWidth, y + 14, length(rejected, max, barWidth), "rejected",
                            rejected + " tệp bị từ chối"))
                    .append("<text x=\"").append(labelWidth + length(made, max, barWidth) + 6).append("\" y=\"").append(y + 11)
                    .append("\" class=\"value\">").append(made).append("</text>");
            if (rejected > 0) {
                out.append("<text x=\"").append(labelWidth + length(rejected, max, barWidth) + 6).append("\" y=\"")
                        .append(y + 23).append("\" class=\"value\">").append(rejected).append("</text>");
            }
            out.append("</g>\n");
            y += rowHeight;
        }
        out.append("</svg>\n<figcaption>Số đơn vị có bản dự thảo và số tệp đầu vào bị từ chối, theo kỳ báo cáo."
                + "</figcaption>\n</figure>\n");
    }

    /** A bar's length in pixels: at least one for a count above zero. */
    private static int length(int count, int max, int fullLength) {
        return count == 0 ? 0 : Math.max(1, count * fullLength / max);
    }

    private static String bar(int x, int y, int width, String kind, String label) {
        if (width <= 0) {
            return "";
        }
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"10\" class=\"" + kind
                + "\"><title>" + escape(label) + "</title></rect>\n";
    }

    private static String badge(IndexHistory.Change.Kind kind) {
        return switch (kind) {
            case ADDED -> "<span class=\"badge added\">mới</span>";
            case CHANGED -> "<span class=\"badge changed\">đã thay đổi</span>";
            case REMOVED -> "<span class=\"badge removed\">không còn</span>";
        };
    }

    /** "Kiểm điểm năm 2023", "Sơ kết 6 tháng đầu năm 2020". */
    static String title(RunReport report) {
        String kind = KIND_NAMES.getOrDefault(report.job(), report.job());
        try {
            return kind + " " + ReviewPeriod.ofKey(report.period()).label();
        } catch (IllegalArgumentException otherPeriod) {
            return kind + " – " + report.period();
        }
    }

    private static String anchor(RunReport report) {
        return (report.job() + "-" + report.period()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** A relative link to a file under output/, each path segment percent-encoded as a URL needs it. */
    static String href(String relativePath) {
        try {
            return escape(new URI(null, null, relativePath, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(relativePath, e);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: "Liberation Serif", "Times New Roman", serif; margin: 2em auto; max-width: 60em;
                   padding: 0 1em; color: #222; line-height: 1.4; }
            h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; } h3 { font-size: 1.05em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            code { font-size: .9em; }
            .muted { color: #666; }
            .badge { font-size: .8em; padding: 0 .4em; border-radius: .3em; color: #fff; }
            .badge.added { background: #2e7d32; } .badge.changed { background: #e65100; }
            .badge.removed { background: #757575; }
            svg text { font: 12px sans-serif; fill: #222; }
            svg .made { fill: #1565c0; } svg .rejected { fill: #c62828; }
            figure { margin: 1em 0; } figcaption { color: #666; font-size: .9em; }
            nav ul { padding-left: 1.2em; }
            """;
}
