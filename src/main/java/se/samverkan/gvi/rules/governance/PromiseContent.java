package se.samverkan.gvi.rules.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Promise;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a group is told when a promise is delivered, in one canonical form: everything of the
 * promise but {@code validTo}, which alone may still be set once the promise has been delivered.
 * The triggers are a set, so they are sorted; the levers and clauses keep the order of the file.
 * Comments, quoting and the order of the keys in the file are no part of it.
 *
 * @param json the canonical content, as stored beside its SHA-256 when the promise is first delivered
 */
record PromiseContent(String json) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    /** The fields a delivered promise keeps, in the order a promise file usually has them. */
    static final List<String> FROZEN =
            List.of("id", "text", "validFrom", "triggers", "levers", "deadlines", "escalationWindowDays", "clauses");

    static PromiseContent of(Promise promise) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", promise.id());
        fields.put("text", promise.text());
        fields.put("validFrom", promise.validFrom().toString());
        fields.put(
                "triggers",
                promise.triggers().stream().map(IncidentType::code).sorted().toList());
        fields.put("levers", promise.levers());
        Map<String, Integer> deadlines = new TreeMap<>();
        promise.deadlines().forEach((priority, days) -> deadlines.put(priority.name(), days));
        fields.put("deadlines", deadlines);
        fields.put("escalationWindowDays", promise.escalationWindowDays());
        List<Map<String, String>> clauses = new ArrayList<>();
        promise.clauses().forEach(c -> {
            Map<String, String> clause = new LinkedHashMap<>();
            clause.put("ref", c.ref());
            clause.put("about", c.about());
            clause.put("text", c.text());
            clauses.add(clause);
        });
        fields.put("clauses", clauses);
        return new PromiseContent(JSON.writeValueAsString(fields));
    }

    String sha256() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The frozen fields in which the other content differs from this one, in {@link #FROZEN} order. */
    List<String> changedIn(PromiseContent other) {
        Map<String, Object> mine = fields();
        Map<String, Object> theirs = other.fields();
        return FROZEN.stream()
                .filter(f -> !Objects.equals(mine.get(f), theirs.get(f)))
                .toList();
    }

    private Map<String, Object> fields() {
        return JSON.readValue(json, FIELDS);
    }
}
