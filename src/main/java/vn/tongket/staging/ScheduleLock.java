package vn.tongket.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Lets one {@code tongket schedule} at a time run against a job repository. The embedded database already admits
 * one process ({@link EmbeddedDatabaseLock}); on PostgreSQL, which several machines can share, the schedule holds a
 * session advisory lock on its schema for as long as it runs, so that a second schedule (on this machine or
 * another) is refused instead of making the same nights twice. The lock goes with the session: a schedule that is
 * killed leaves nothing to clean up.
 */
public final class ScheduleLock implements AutoCloseable {

    private static final String KEY = "'tongket schedule ' || current_schema()";

    private final Connection connection;

    private ScheduleLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or empty when another schedule holds it. */
    public static Optional<ScheduleLock> acquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (DatabasePlatform.of(connection) != DatabasePlatform.POSTGRESQL) {
                return Optional.of(new ScheduleLock(connection));
            }
            if (ask(connection, "SELECT pg_try_advisory_lock(hashtext(" + KEY + "))")) {
                return Optional.of(new ScheduleLock(connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (DatabasePlatform.of(connection) == DatabasePlatform.POSTGRESQL) {
                ask(connection, "SELECT pg_advisory_unlock(hashtext(" + KEY + "))");
            }
        } finally {
            connection.close();
        }
    }
}
