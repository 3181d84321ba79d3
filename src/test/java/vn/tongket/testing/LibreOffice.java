package vn.tongket.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice and poppler as a user's machine has them: {@code soffice --headless --convert-to} with a user
 * profile of its own (so that a LibreOffice already running, or another test run, does not hold the lock), and
 * {@code pdftotext}. Every call has a time limit; a process that overstays it is killed with its children.
 */
public final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 240;

    private final Path soffice;
    private final Path profile;

    private LibreOffice(Path soffice, Path profile) {
        this.soffice = soffice;
        this.profile = profile;
    }

    /** LibreOffice from the PATH, with a fresh user profile under {@code profile}; empty if soffice is not there. */
    public static Optional<LibreOffice> onPath(Path profile) {
        return executable("soffice").map(s -> new LibreOffice(s, profile));
    }

    /** An executable of this name in a folder of the PATH. */
    public static Optional<Path> executable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts the files in one LibreOffice run into {@code outDir}, {@code format} being a --convert-to argument
     * ({@code docx}, {@code pdf}). Gives the converted files, in the order of {@code files}; fails if LibreOffice
     * fails, takes too long, or leaves out a file.
     */
    public List<Path> convert(List<Path> files, String format, Path outDir) {
        try {
            Files.createDirectories(outDir);
            List<String> command = new ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + profile.toAbsolutePath().toUri(),
                    "--headless", "--norestore", "--nolockcheck", "--convert-to", format,
                    "--outdir", outDir.toAbsolutePath().toString()));
            files.forEach(f -> command.add(f.toAbsolutePath().toString()));
            String output = run(command);
            String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
            List<Path> converted = new ArrayList<>();
            for (Path file : files) {
                String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                Path result = outDir.resolve(base + "." + extension);
                if (!Files.isRegularFile(result) || Files.size(result) == 0) {
                    throw new AssertionError("LibreOffice did not convert " + file + " to " + format + ":\n" + output);
                }
                converted.add(result);
            }
            return converted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a PDF as {@code pdftotext -raw} reads it: UTF-8, in the order the page draws it (which keeps a
     * paragraph together where the reading-order guess would mix a heading's lines with the page header's).
     */
    public static String pdfToText(Path pdf) {
        Path pdftotext = executable("pdftotext").orElseThrow(() -> new AssertionError(
                "pdftotext is not on the PATH: install poppler-utils (LibreOffice is installed, so the test runs)"));
        return run(List.of(pdftotext.toString(), "-raw", "-enc", "UTF-8", pdf.toAbsolutePath().toString(), "-"));
    }

    private static String run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst(), e);
        }
        try {
            process.getOutputStream().close();
            // read on another thread so that a full pipe cannot hold the process up past the time limit
            var output = new java.util.concurrent.CompletableFuture<String>();
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    output.complete(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    output.completeExceptionally(e);
                }
            });
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(command.getFirst() + " took more than " + TIMEOUT_SECONDS + " s: " + command);
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));
            String text = output.getNow("");
            if (process.exitValue() != 0) {
                throw new AssertionError(command.getFirst() + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
