package se.samverkan.gvi.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a list table (a recommendation's actions, an audit's members, a call-in's attendees)
 * for many parents in one query, grouped by parent: the way to read a page of rows with their
 * lists without one query per row.
 */
public final class ListsByParent {

    private ListsByParent() {}

    /** Maps the current row of a result set. */
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} (which names the parents as {@code :ids} and orders the rows) once, and
     * returns each parent's rows, by the parent id in {@code parentColumn}, in the query's order.
     * Parents without rows are absent; no parents, no query.
     */
    public static <T> Map<UUID, List<T>> read(
            JdbcClient jdbc, Collection<UUID> parents, String sql, String parentColumn, RowMapper<T> row) {
        Map<UUID, List<T>> lists = new HashMap<>();
        if (parents.isEmpty()) {
            return lists;
        }
        jdbc.sql(sql).param("ids", parents).query((RowCallbackHandler)
                rs -> lists.computeIfAbsent(rs.getObject(parentColumn, UUID.class), id -> new ArrayList<>())
                        .add(row.map(rs)));
        return lists;
    }
}
