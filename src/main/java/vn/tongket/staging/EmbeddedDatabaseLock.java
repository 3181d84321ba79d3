package vn.tongket.staging;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Keeps a second tongket process away from an embedded HSQLDB file database while this one has it open. HSQLDB's
 * own lock file did not stop a second JVM on our machines (both opened the files, and the second one's SHUTDOWN
 * removed the first one's lock), so the product takes an operating-system lock of its own beside the database
 * before the first connection is made, and holds it until the application stops.
 */
@Component
public class EmbeddedDatabaseLock implements DisposableBean {

    private static final String FILE_URL = "jdbc:hsqldb:file:";

    private final FileChannel channel;
    private final FileLock lock;

    public EmbeddedDatabaseLock(@Value("${spring.datasource.url}") String url) throws IOException {
        if (!url.startsWith(FILE_URL)) {
            channel = null;
            lock = null;
            return;
        }
        String database = url.substring(FILE_URL.length()).split(";", 2)[0];
        Path lockFile = Path.of(database + ".tongket-lock").toAbsolutePath();
        Files.createDirectories(lockFile.getParent());
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            acquired = null;
        }
        if (acquired == null) {
            channel.close();
            throw new IllegalStateException("the embedded database " + database + " is in use by another tongket"
                    + " process; run again when it has finished, or point TONGKET_DB_URL at a shared PostgreSQL"
                    + " database");
        }
        lock = acquired;
    }

    /** Makes the connection pool wait for this lock, so that no connection is opened before it is held. */
    @Bean
    static BeanFactoryPostProcessor dataSourceAfterEmbeddedDatabaseLock() {
        return factory -> {
            if (factory.containsBeanDefinition("dataSource")) {
                BeanDefinition dataSource = factory.getBeanDefinition("dataSource");
                String[] before = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
                String[] after = java.util.Arrays.copyOf(before, before.length + 1);
                after[before.length] = "embeddedDatabaseLock";
                dataSource.setDependsOn(after);
            }
        };
    }

    @Override
    public void destroy() throws IOException {
        if (lock != null) {
            lock.release();
            channel.close();
        }
    }
}
