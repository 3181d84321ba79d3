package vn.tongket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.jobs.ReviewLauncher;
import vn.tongket.jobs.ReviewRequest;

/**
 * output/index.html after real year-end runs, opened in headless Chromium (Debian's chromium package, which .ci/run
 * installs): the page renders with its units, chart and rejected input, and every link leads to a file that exists.
 */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:index-page-test;hsqldb.tx=mvcc")
class IndexPageBrowserTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("id=\"([^\"]*)\"");

    @Autowired
    ReviewLauncher launcher;

    @TempDir
    Path work;

    @Test
    void thePageRendersInChromiumAndEveryLinkResolves() throws Exception {
        Path chromium = chromium();
        Path input = work.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> sample = Files.list(Path.of("input"))) {
            for (Path file : sample.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Files.writeString(input.resolve("900-broken.json"), "{ \"format\": ");
        Path output = work.resolve("output");
        for (int year : List.of(2021, 2022, 2023)) {
            assertThat(launcher.run(ReviewRequest.yearEnd(year, List.of(), input, output, Path.of("templates")))
                    .status()).isEqualTo(BatchStatus.COMPLETED);
        }
        Path page = output.resolve("index.html");

        String dom = run(chromium, "--dump-dom", page.toUri().toString());

        assertThat(dom).contains("<html lang=\"vi\">", "<h1>Các bản dự thảo báo cáo</h1>")
                .contains("<h2>Kiểm điểm năm 2023</h2>", "<h2>Kiểm điểm năm 2022</h2>", "<h2>Kiểm điểm năm 2021</h2>")
                .contains("Thường Tín", "Thanh Trì", "900-broken.json", "Tệp đầu vào bị từ chối (1)")
                .contains("<svg", "<rect");
        List<String> hrefs = matches(HREF, dom);
        assertThat(hrefs).contains("year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf",
                "year-end/2022/thanh-tri/bao-cao-kiem-diem.docx", "year-end/2021/run-report.txt");
        List<String> ids = matches(ID, dom);
        for (String href : hrefs) {
            if (href.startsWith("#")) {
                assertThat(ids).as("anchor " + href).contains(href.substring(1));
            } else {
                URI target = page.toUri().resolve(href.replace("&amp;", "&"));
                assertThat(target.getScheme()).as(href).isEqualTo("file");
                assertThat(Path.of(target)).as(href).isRegularFile().startsWith(output);
            }
        }

        Path screenshot = work.resolve("index.png");
        run(chromium, "--screenshot=" + screenshot, "--window-size=1000,1400", page.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(inkShare(image)).as("share of the screenshot that is not white").isGreaterThan(0.02);
    }

    /** Debian's chromium; absent on a developer's machine the test is skipped, in CI it must be there. */
    private static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String missing = "chromium is not installed (apt-get install chromium; .ci/run installs it)";
        if (System.getenv("CI") != null) {
            throw new AssertionError(missing);
        }
        Assumptions.abort(missing);
        return null;
    }

    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + work.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Path log = work.resolve("chromium.log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
