package se.samverkan.gvi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Assertions on RFC 9457 problem details answered by the API. */
public final class Problems {

    private Problems() {}

    public static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.get("type").asString()).isNotBlank();
        assertThat(answer.get("title").asString()).isNotBlank();
        assertThat(answer.get("status").asInt()).isEqualTo(status);
        assertThat(answer.get("detail").asString()).isNotBlank();
    }

    /** The {@code field} of each entry of a validation problem's {@code errors}. */
    public static List<String> fields(Api.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
