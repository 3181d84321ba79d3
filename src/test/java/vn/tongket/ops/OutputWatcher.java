package vn.tongket.ops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.tongket.ingest.MeetingReader;

/**
 * Looks at an output folder over and over while runs write to it, as a person (or a web server) reading the drafts
 * would, and opens every document it sees: a DOCX must open in POI, a PDF must start with %PDF- and end with
 * %%EOF, a JSON report must parse. Only the hidden temporary names (.name.tmp) may hold anything else.
 */
final class OutputWatcher implements AutoCloseable {

    private final Path output;
    private final Thread thread;
    private final List<String> partialFiles = new ArrayList<>();
    private final Set<String> temporaryNames = new HashSet<>();
    private final Set<String> checked = new HashSet<>();
    private final AtomicInteger documentsSeen = new AtomicInteger();
    private final AtomicInteger scans = new AtomicInteger();
    private volatile boolean running = true;

    OutputWatcher(Path output) {
        this.output = output;
        this.thread = Thread.ofPlatform().daemon().name("output-watcher").start(this::watch);
    }

    private void watch() {
        while (running) {
            scan();
            scans.incrementAndGet();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void scan() {
        if (!Files.isDirectory(output)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException renamedWhileWalking) {
            return;
        }
        int documents = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".tmp")) {
                synchronized (temporaryNames) {
                    temporaryNames.add(output.relativize(file).toString());
                }
                continue;
            }
            documents += name.endsWith(".docx") || name.endsWith(".pdf") ? 1 : 0;
            check(file);
        }
        documentsSeen.accumulateAndGet(documents, Math::max);
    }

    private void check(Path file) {
        byte[] content;
        String key;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            key = file + "|" + attributes.fileKey() + "|" + attributes.size() + "|" + attributes.lastModifiedTime();
            if (checked.contains(key)) {
                return;
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String problem = problem(file.getFileName().toString(), content);
        if (problem != null) {
            synchronized (partialFiles) {
                partialFiles.add(output.relativize(file) + " (" + content.length + " bytes): " + problem);
            }
        }
        checked.add(key);
    }

    private static String problem(String name, byte[] content) {
        try {
            if (name.endsWith(".docx")) {
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
                    return document.getParagraphs().isEmpty() ? "a DOCX without paragraphs" : null;
                }
            }
            if (name.endsWith(".pdf")) {
                String text = new String(content, StandardCharsets.ISO_8859_1);
                return text.startsWith("%PDF-") && text.stripTrailing().endsWith("%%EOF") ? null
                        : "a PDF without its header or %%EOF";
            }
            if (name.endsWith(".json")) {
                MeetingReader.mapper().readTree(content);
            }
            if (name.endsWith(".html")) {
                String html = new String(content, StandardCharsets.UTF_8);
                return html.stripTrailing().endsWith("</html>") ? null : "an HTML page without its end";
            }
            return content.length == 0 ? "empty" : null;
        } catch (Exception e) {
            return e.toString();
        }
    }

    List<String> partialFiles() {
        synchronized (partialFiles) {
            return List.copyOf(partialFiles);
        }
    }

    Set<String> temporaryNames() {
        synchronized (temporaryNames) {
            return Set.copyOf(temporaryNames);
        }
    }

    int documentsSeen() {
        return documentsSeen.get();
    }

    int scans() {
        return scans.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
