package se.samverkan.gvi.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants in {@code timestamp with time zone} columns: written as an {@link OffsetDateTime} in UTC
 * (what the PostgreSQL and H2 drivers both take), read back as the same instant.
 */
public final class SqlTime {

    private SqlTime() {}

    /** The instant as a parameter of a {@code timestamp with time zone} column. */
    public static OffsetDateTime of(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** As {@link #of}, null for null. */
    public static @Nullable OffsetDateTime ofNullable(@Nullable Instant at) {
        return at == null ? null : of(at);
    }

    /** The instant in a column that is never null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = instantOrNull(rs, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null");
        }
        return value;
    }

    /** The instant in a column, or null. */
    public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
