package se.samverkan.gvi.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a list table (a recommendation's actions, an audit's members, a call-in's attendees,
 * an incident version's suspects) for many parents in one query, grouped by parent: the way to read
 * a page of rows with their lists without one query per row. A list is written the same way for
 * every table: each row with its parent's columns and its position in {@code ord}.
 */
public final class ListsByParent {

    private ListsByParent() {}

    /** Maps the current row of a result set. */
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;

        /**
         * Maps the row to a record by its column names ({@code legal_basis} to {@code legalBasis}) with
         * Spring's {@link SimplePropertyRowMapper}, the mapper of {@code JdbcClient}'s {@code query(Class)}.
         * Not {@code DataClassRowMapper}: it looks each component up by its plain name first, and for a
         * column name with an underscore the driver builds an exception before the second lookup, once
         * a row. A page of 50 recommendations of the national data set, with about 2 250 exclusions,
         * built some 6 700 of them.
         */
        static <T> RowMapper<T> of(Class<T> type) {
            SimplePropertyRowMapper<T> mapper = new SimplePropertyRowMapper<>(type);
            return rs -> mapper.mapRow(rs, rs.getRow());
        }
    }

    /**
     * Runs {@code sql} (which names the parents as {@code :ids} and orders the rows) once, and
     * returns each parent's rows, by the parent id in {@code parentColumn}, in the query's order.
     * Parents without rows are absent; no parents, no query.
     */
    public static <T> Map<UUID, List<T>> read(
            JdbcClient jdbc, Collection<UUID> parents, String sql, String parentColumn, RowMapper<T> row) {
        if (parents.isEmpty()) {
            return new HashMap<>();
        }
        return read(jdbc.sql(sql).param("ids", parents), rs -> rs.getObject(parentColumn, UUID.class), row);
    }

    /**
     * Runs {@code sql} (which names the parents as {@code :ids} and has no {@code order by}) once, and
     * returns each parent's rows, by the parent id in {@code parentColumn}, in the order of their
     * {@code ord}. The rows are put in order here, parent by parent, not by the database: a page of 50
     * recommendations of the national data set has some 9 000 actions (5 MB). Sorted by PostgreSQL,
     * which estimates far fewer rows, they spilled to disk ({@code work_mem} is 4 MB by default) and
     * took 30–60 ms of a query whose rows are found in 6 (docs/performance.md).
     */
    public static <T> Map<UUID, List<T>> readInOrder(
            JdbcClient jdbc, Collection<UUID> parents, String sql, String parentColumn, RowMapper<T> row) {
        Map<UUID, List<Positioned<T>>> positioned =
                read(jdbc, parents, sql, parentColumn, rs -> new Positioned<>(rs.getInt("ord"), row.map(rs)));
        Map<UUID, List<T>> lists = new HashMap<>();
        positioned.forEach((parent, items) -> {
            items.sort(Comparator.comparingInt(Positioned::ord));
            lists.put(parent, items.stream().map(Positioned::item).toList());
        });
        return lists;
    }

    private record Positioned<T>(int ord, T item) {}

    /**
     * Runs {@code query} (its parameters bound, its rows ordered) once, and returns each parent's
     * rows, by the key {@code parent} reads from the row, in the query's order: for parents with a
     * key of their own (an incident's versions by number, a site's incidents by reference).
     */
    public static <K, T> Map<K, List<T>> read(JdbcClient.StatementSpec query, RowMapper<K> parent, RowMapper<T> row) {
        Map<K, List<T>> lists = new HashMap<>();
        query.query((RowCallbackHandler) rs -> {
            K key = parent.map(rs);
            lists.computeIfAbsent(key, k -> new ArrayList<>()).add(row.map(rs));
        });
        return lists;
    }

    /** Binds one item's own columns, added to the row that already holds its parent's and its {@code :ord}. */
    public interface Columns<T> {
        MapSqlParameterSource bind(MapSqlParameterSource row, T item);
    }

    /** The parameters of each row of one parent's list, in the list's order. */
    private static <T> List<MapSqlParameterSource> rows(Map<String, ?> parent, List<T> items, Columns<T> columns) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(columns.bind(new MapSqlParameterSource(parent).addValue("ord", i), items.get(i)));
        }
        return rows;
    }

    /**
     * Inserts one parent's list with {@code sql}, its rows bound as {@link #rows} binds them, in one
     * JDBC batch: one round trip however long the list (an audit of 80 members, a recommendation's
     * 160 actions). An empty list runs nothing.
     */
    public static <T> void insert(
            NamedParameterJdbcOperations jdbc, String sql, Map<String, ?> parent, List<T> items, Columns<T> columns) {
        List<MapSqlParameterSource> rows = rows(parent, items, columns);
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(new MapSqlParameterSource[0]));
        }
    }
}
