package se.samverkan.gvi.decision;

/**
 * A row of the deadline table {@code gvi/lever-deadlines.drl.csv}: at the priority, actions with the
 * lever are due within {@code days} of the report, when that is shorter than the promise's days (GVI-13).
 *
 * @param line the 1-based line of the row in the table file
 */
public record DeadlineRow(Priority priority, String lever, int days, String legalReference, int line) {

    /** The table's file in the rule folder. */
    public static final String TABLE = "gvi/lever-deadlines.drl.csv";
}
