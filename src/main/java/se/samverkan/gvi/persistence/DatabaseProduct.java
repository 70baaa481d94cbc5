package se.samverkan.gvi.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database a connection is to, for the few places where PostgreSQL and the embedded H2 differ
 * in more than SQL both understand: the settings of a transaction (row-level security's scope, a
 * planner setting).
 */
public final class DatabaseProduct {

    private DatabaseProduct() {}

    /** Whether the connection is to PostgreSQL; otherwise it is to H2. */
    public static boolean isPostgres(Connection con) throws SQLException {
        return con.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
