package se.samverkan.gvi.decision;

/**
 * A row of the minimum-age table {@code gvi/lever-min-ages.drl.csv}: the lever may be used only from
 * {@code age}, when that is higher than the catalogue's own minimum age (GVI-08).
 *
 * @param line the 1-based line of the row in the table file
 */
public record MinimumAgeRow(String lever, int age, String legalReference, int line) {

    /** The table's file in the rule folder. */
    public static final String TABLE = "gvi/lever-min-ages.drl.csv";
}
