package vn.tongket.staging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Closes an embedded HSQLDB file database cleanly when the application stops (before the connection pool closes),
 * so the next start needs no log replay. HSQLDB's own "shutdown=true" is not meant for applications.
 */
@Component
public class EmbeddedDatabaseShutdown implements DisposableBean {

    private final DataSource dataSource;

    public EmbeddedDatabaseShutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void destroy() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getURL().startsWith("jdbc:hsqldb:file:")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        }
    }
}
