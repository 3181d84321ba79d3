package vn.tongket.pdf;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The random source that OpenPDF draws font subset names from ("ABCDEF+LiberationSerif"), made reproducible.
 * <p>
 * OpenPDF keeps the source on the {@code BaseFont}, and the fonts are shared by all conversions, so this source
 * answers from a generator bound to the converting thread: {@link #seed} binds one seeded from the document key
 * for the duration of a conversion. Every value a {@code SecureRandom} gives is made from {@link #nextBytes}.
 */
final class SubsetPrefixRandom extends SecureRandom {

    static final SubsetPrefixRandom INSTANCE = new SubsetPrefixRandom();

    private static final String ALGORITHM = "SHA1PRNG";
    private static final ThreadLocal<SecureRandom> CURRENT = new ThreadLocal<>();

    /** Ends the binding made by {@link #seed}. */
    interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private SubsetPrefixRandom() {
    }

    /** Binds to the current thread a generator seeded from the key; close the binding when the PDF is written. */
    static Binding seed(String key) {
        try {
            SecureRandom random = SecureRandom.getInstance(ALGORITHM);
            random.setSeed(key.getBytes(StandardCharsets.UTF_8));
            CURRENT.set(random);
            return CURRENT::remove;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        SecureRandom random = CURRENT.get();
        if (random == null) {
            throw new IllegalStateException("a font subset is being written outside a conversion");
        }
        random.nextBytes(bytes);
    }
}
