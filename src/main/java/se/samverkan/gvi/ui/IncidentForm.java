package se.samverkan.gvi.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.incident.Incident;
import se.samverkan.gvi.incident.IncidentRequest;
import se.samverkan.gvi.incident.IncidentRequest.AttributionRequest;

/**
 * The incident form of the liaison's pages, every field named as the JSON of
 * {@code POST /api/v1/incidents} ({@code attributions[0].groupRef}, {@code suspects[1]}). Fields
 * are kept as typed, so a refused form shows them again unchanged; {@link #toRequest} turns them
 * into the API's {@link IncidentRequest}, which then goes through the same checks.
 *
 * @param occurredAt a local date-time in the site's zone, as a {@code datetime-local} field sends it
 */
public record IncidentForm(
        @Nullable String reference,
        @Nullable String type,
        @Nullable String occurredAt,
        @Nullable String area,
        @Nullable String summary,
        @Nullable List<AttributionRow> attributions,
        @Nullable List<String> suspects) {

    /** One attribution row; an entirely empty row is a row the liaison did not fill in. */
    public record AttributionRow(
            @Nullable String groupRef,
            @Nullable String role,
            @Nullable String confidence) {

        boolean isEmpty() {
            return blank(groupRef) && blank(role) && blank(confidence);
        }
    }

    /** Lists stay modifiable: after building the form, the data binder still sets the rows' values by index. */
    public IncidentForm {
        attributions = attributions == null
                ? new ArrayList<>()
                : new ArrayList<>(attributions.stream()
                        .map(a -> a == null ? new AttributionRow(null, null, null) : a)
                        .toList());
        suspects = suspects == null
                ? new ArrayList<>()
                : new ArrayList<>(suspects.stream().map(s -> s == null ? "" : s).toList());
    }

    /** A new report: one empty attribution row and one empty suspect row. */
    static IncidentForm empty() {
        return new IncidentForm("", "", "", "", "", null, null).withRows();
    }

    /** The stored incident, pre-filled for an amendment, its time shown in the site's zone. */
    static IncidentForm of(Incident incident, ZoneId zone) {
        return new IncidentForm(
                        incident.reference(),
                        incident.type(),
                        incident.occurredAt()
                                .atZoneSameInstant(zone)
                                .toLocalDateTime()
                                .truncatedTo(ChronoUnit.MINUTES)
                                .toString(),
                        incident.area(),
                        incident.summary(),
                        incident.attributions().stream()
                                .map(a -> new AttributionRow(
                                        a.groupRef(),
                                        a.role().name(),
                                        a.confidence().name()))
                                .toList(),
                        incident.suspects())
                .withRows();
    }

    /**
     * The rows the liaison filled in, in order, so that the API's field paths ({@code suspects[1]})
     * name the rows the page shows; at least one (empty) row of each list.
     */
    IncidentForm withRows() {
        List<AttributionRow> filled = new ArrayList<>(
                attributions().stream().filter(a -> !a.isEmpty()).toList());
        List<String> named =
                new ArrayList<>(suspects().stream().filter(s -> !blank(s)).toList());
        if (filled.isEmpty()) {
            filled.add(new AttributionRow(null, null, null));
        }
        if (named.isEmpty()) {
            named.add("");
        }
        return new IncidentForm(reference, type, occurredAt, area, summary, filled, named);
    }

    IncidentForm withAnotherAttribution() {
        List<AttributionRow> rows = new ArrayList<>(attributions());
        rows.add(new AttributionRow(null, null, null));
        return new IncidentForm(reference, type, occurredAt, area, summary, rows, suspects);
    }

    IncidentForm withAnotherSuspect() {
        List<String> rows = new ArrayList<>(suspects());
        rows.add("");
        return new IncidentForm(reference, type, occurredAt, area, summary, attributions, rows);
    }

    @Override
    public List<AttributionRow> attributions() {
        return attributions == null ? List.of() : attributions;
    }

    @Override
    public List<String> suspects() {
        return suspects == null ? List.of() : suspects;
    }

    /**
     * The API's request for the filled-in rows ({@link #withRows} first). A value that cannot be
     * read (an unknown type, a malformed time) is put in {@code errors} under its field with its
     * message key and left null, for bean validation to report what else is wrong.
     */
    // Built as posted, before the validator: a missing value is left for Bean Validation to name
    // beside its field, exactly as in a JSON body (the API's request types are checked the same way).
    @SuppressWarnings("NullAway")
    IncidentRequest toRequest(ZoneId zone, Map<String, String> errors) {
        List<AttributionRequest> rows = new ArrayList<>();
        List<AttributionRow> filled =
                attributions().stream().filter(a -> !a.isEmpty()).toList();
        for (int i = 0; i < filled.size(); i++) {
            AttributionRow row = filled.get(i);
            String field = "attributions[" + i + "].";
            rows.add(new AttributionRequest(
                    orNull(row.groupRef()),
                    parse(row.role(), Role::valueOf, field + "role", errors),
                    parse(row.confidence(), Confidence::valueOf, field + "confidence", errors)));
        }
        return new IncidentRequest(
                orNull(reference),
                orNull(type),
                parse(occurredAt, t -> LocalDateTime.parse(t).atZone(zone).toOffsetDateTime(), "occurredAt", errors),
                orNull(area),
                orNull(summary),
                rows,
                suspects().stream().filter(s -> !blank(s)).toList());
    }

    private static <T> @Nullable T parse(
            @Nullable String value, Function<String, T> parser, String field, Map<String, String> errors) {
        if (value == null || blank(value)) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, IncidentPageController.messageKey(field, "unreadable"));
            return null;
        }
    }

    private static @Nullable String orNull(@Nullable String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
