package vn.tongket.staging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases tongket runs on, named as Spring Batch names its schema scripts. */
enum DatabasePlatform {
    HSQLDB("hsqldb"),
    POSTGRESQL("postgresql");

    private final String scriptName;

    DatabasePlatform(String scriptName) {
        this.scriptName = scriptName;
    }

    String scriptName() {
        return scriptName;
    }

    static DatabasePlatform of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("hsql")) {
            return HSQLDB;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("unsupported database \"" + product
                + "\"; tongket runs on HSQLDB (embedded) or PostgreSQL");
    }

    static DatabasePlatform of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }
}
