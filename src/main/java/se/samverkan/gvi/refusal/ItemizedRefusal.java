package se.samverkan.gvi.refusal;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A well-formed request refused for several itemised reasons that are not request fields (for
 * example every problem of a rule folder as {file, line, message}): 422 with the items as
 * {@code errors}.
 */
public class ItemizedRefusal extends RuntimeException {

    private final URI type;
    private final String title;
    private final List<Map<String, Object>> items;

    public ItemizedRefusal(URI type, String title, String detail, List<Map<String, Object>> items) {
        super(detail);
        this.type = type;
        this.title = title;
        this.items = List.copyOf(items);
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Map<String, Object>> items() {
        return items;
    }
}
