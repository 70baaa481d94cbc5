package se.samverkan.gvi.decision;

/** How fast the actions are due: ESCALATED when a group repeats violence within the window (GVI-14). */
public enum Priority {
    STANDARD,
    ESCALATED;

    /**
     * The priority a decision table's row names: the Swedish word the scenarios use ({@code normal},
     * {@code förhöjd}) or the code.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Priority fromTable(String word) {
        return switch (word.strip()) {
            case "normal" -> STANDARD;
            case "förhöjd" -> ESCALATED;
            default -> valueOf(word.strip());
        };
    }
}
