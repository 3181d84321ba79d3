package vn.tongket.staging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A schema of its own on the PostgreSQL server named by TONGKET_TEST_POSTGRES_URL (.ci/run starts one), so that a
 * test class starts from an empty job repository and leaves nothing behind. The URL given to the product selects
 * the schema with the driver's currentSchema parameter, as a user could.
 */
public final class PostgresSchema implements AutoCloseable {

    public static final String URL_VARIABLE = "TONGKET_TEST_POSTGRES_URL";
    /** Why a PostgreSQL test did not run, as JUnit reports it. */
    public static final String SKIPPED = "no PostgreSQL server for the tests: set TONGKET_TEST_POSTGRES_URL"
            + " (jdbc:postgresql://host:port/db) and TONGKET_TEST_POSTGRES_USER, _PASSWORD; .ci/run starts one";

    private final String serverUrl;
    private final String name;

    private PostgresSchema(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates a new schema named after the test, e.g. tk_test_crash_1a2b3c4d. */
    public static PostgresSchema create(String purpose) {
        String serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new IllegalStateException(SKIPPED);
        }
        String name = "tk_test_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        PostgresSchema schema = new PostgresSchema(serverUrl, name);
        schema.execute("CREATE SCHEMA " + name);
        return schema;
    }

    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public static String user() {
        return System.getenv().getOrDefault("TONGKET_TEST_POSTGRES_USER", "tongket");
    }

    public static String password() {
        return System.getenv().getOrDefault("TONGKET_TEST_POSTGRES_PASSWORD", "");
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + ": " + e.getMessage(), e);
        }
    }
}
