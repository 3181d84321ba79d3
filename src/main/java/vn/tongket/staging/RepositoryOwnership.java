package vn.tongket.staging;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Whether this process alone can be using the job repository. An embedded HSQLDB (a file database holds a lock
 * file; an in-memory one lives in this JVM) cannot be shared, so an execution it shows as running was left by a
 * process that died. A server database may be in use by another machine, and nothing can be concluded.
 */
@Component
public class RepositoryOwnership {

    private final DataSource dataSource;

    public RepositoryOwnership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean exclusiveToThisProcess() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:");
        } catch (SQLException e) {
            return false;
        }
    }
}
