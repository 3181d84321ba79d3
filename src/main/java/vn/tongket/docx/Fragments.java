package vn.tongket.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a template's shared fragments come from. A paragraph holding only {@code <#include "khoi-chu-ky">} is
 * replaced, when the template is compiled, by the body of the fragment {@code khoi-chu-ky.docx} (its paragraphs and
 * tables, with the styles, numbering, pictures and links they use). A fragment name is a plain file name without
 * folders, so a template cannot reach outside the fragments folder.
 */
public interface Fragments {

    /** The folder of fragments beside the document folders: {@code templates/_fragments/}. */
    String FOLDER = "_fragments";

    /** A fragment file larger than this is refused. */
    long MAX_BYTES = 32L * 1024 * 1024;

    /** No fragments: a template that includes one fails to compile. */
    Fragments NONE = new Fragments() {
        @Override
        public byte[] read(String name) {
            return null;
        }

        @Override
        public String describe() {
            return "nowhere (this template was compiled without a fragments folder)";
        }

        @Override
        public String fingerprint() {
            return "";
        }
    };

    /**
     * The .docx of the fragment of this name (a plain name, checked by the caller), or null if there is none.
     *
     * @throws IOException if it exists but cannot be read
     */
    byte[] read(String name) throws IOException;

    /** Where fragments are looked up, for messages. */
    String describe();

    /**
     * A digest of every fragment there is, which changes when one is added, removed or edited: a template compiled
     * earlier must then be compiled again.
     */
    String fingerprint();

    /**
     * The name, size and modification time of every fragment, cheap to read: when it is unchanged, so are the
     * fragments (for the life of one process; {@link #fingerprint()} is the digest of their content).
     */
    default String stamp() {
        return fingerprint();
    }

    /** The fragments of a template file: those in the folder {@value #FOLDER} beside the template's folder. */
    static Fragments beside(Path template) {
        Path folder = template.toAbsolutePath().normalize().getParent();
        Path root = folder == null ? null : folder.getParent();
        return root == null ? NONE : folder(root.resolve(FOLDER));
    }

    /** Fragments stored as {@code NAME.docx} in {@code folder}; files reached through links outside it are refused. */
    static Fragments folder(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        return new Fragments() {
            @Override
            public byte[] read(String name) throws IOException {
                Path file = dir.resolve(name + ".docx").normalize();
                if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                    return null;
                }
                if (!file.toRealPath().startsWith(dir.toRealPath(LinkOption.NOFOLLOW_LINKS).toRealPath())) {
                    throw new IOException(file + " leads outside " + dir);
                }
                if (Files.size(file) > MAX_BYTES) {
                    throw new IOException(file + " is larger than " + MAX_BYTES + " bytes");
                }
                return Files.readAllBytes(file);
            }

            @Override
            public String describe() {
                return String.valueOf(folder);
            }

            @Override
            public String stamp() {
                if (!Files.isDirectory(dir)) {
                    return "";
                }
                try (Stream<Path> files = Files.list(dir)) {
                    StringBuilder stamp = new StringBuilder();
                    for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".docx")).sorted().toList()) {
                        stamp.append(f.getFileName()).append(':').append(Files.size(f)).append('@')
                                .append(Files.getLastModifiedTime(f).toMillis()).append(';');
                    }
                    return stamp.toString();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the fragments in " + dir, e);
                }
            }

            @Override
            public String fingerprint() {
                if (!Files.isDirectory(dir)) {
                    return "";
                }
                try (Stream<Path> files = Files.list(dir)) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".docx")).sorted().toList();
                    for (Path f : sorted) {
                        sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                    return HexFormat.of().formatHex(sha.digest());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the fragments in " + dir, e);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
