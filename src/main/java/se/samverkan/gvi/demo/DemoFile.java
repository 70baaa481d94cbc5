package se.samverkan.gvi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.incident.IncidentRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One site's demo data file ({@code src/main/resources/demo/}): the API's request bodies, persons
 * and groups by reference, call-ins by the group they were held for, and incidents in the order
 * they are reported.
 */
record DemoFile(
        Map<String, PersonRequest> persons,
        Map<String, GroupRequest> groups,
        Map<String, CallInRequest> callIns,
        List<IncidentRequest> incidents) {

    /** A date relative to the day of loading: {@code today-24y-11d}, with a time of day {@code today-20d 21:40}. */
    private static final Pattern RELATIVE = Pattern.compile("today((?:-\\d+[yd])*)(?: (\\d{2}:\\d{2}))?");

    private static final Pattern STEP = Pattern.compile("-(\\d+)([yd])");

    /** In the file's order, which is the order they are stored in. */
    DemoFile {
        persons = Collections.unmodifiableMap(new LinkedHashMap<>(persons));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        callIns = Collections.unmodifiableMap(new LinkedHashMap<>(callIns));
        incidents = List.copyOf(incidents);
    }

    /** Every request of the file, for checking them before anything is stored. */
    Stream<Object> requests() {
        return Stream.of(persons.values(), groups.values(), callIns.values(), incidents)
                .flatMap(c -> c.stream());
    }

    /** Reads the file, its relative dates made dates of {@code today} in {@code zone}. */
    static DemoFile read(Resource file, LocalDate today, ZoneId zone, JsonMapper json) {
        try (InputStream in = file.getInputStream()) {
            JsonNode tree = YAMLMapper.builder().build().readTree(in);
            return json.treeToValue(dated(tree, today, zone), DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo data " + file, e);
        }
    }

    private static JsonNode dated(JsonNode node, LocalDate today, ZoneId zone) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            names.forEach(name -> object.set(name, dated(object.get(name), today, zone)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, dated(array.get(i), today, zone));
            }
        } else if (node.isString()) {
            Matcher relative = RELATIVE.matcher(node.asString());
            if (relative.matches()) {
                return StringNode.valueOf(date(relative, today, zone));
            }
        }
        return node;
    }

    private static String date(Matcher relative, LocalDate today, ZoneId zone) {
        LocalDate date = today;
        Matcher step = STEP.matcher(relative.group(1));
        while (step.find()) {
            long amount = Long.parseLong(step.group(1));
            date = step.group(2).equals("y") ? date.minusYears(amount) : date.minusDays(amount);
        }
        String time = relative.group(2);
        return time == null
                ? date.toString()
                : date.atTime(LocalTime.parse(time))
                        .atZone(zone)
                        .toOffsetDateTime()
                        .toString();
    }
}
