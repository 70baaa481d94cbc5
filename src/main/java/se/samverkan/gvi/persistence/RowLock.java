package se.samverkan.gvi.persistence;

/**
 * Whether a read takes the rows it returns for update, so that a second transaction reading them
 * the same way waits until the first has ended; one query serves the plain and the locking read.
 */
public enum RowLock {
    NONE(""),
    FOR_UPDATE(" for update");

    private final String clause;

    RowLock(String clause) {
        this.clause = clause;
    }

    /** The query with this lock's clause after it. */
    public String on(String query) {
        return query + clause;
    }
}
