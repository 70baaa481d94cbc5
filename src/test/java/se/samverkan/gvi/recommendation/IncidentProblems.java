package se.samverkan.gvi.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.gvi.support.Api;

/** Assertions on RFC 9457 problem details. */
final class IncidentProblems {

    private IncidentProblems() {
    }

    static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.get("type").asString()).isNotBlank();
        assertThat(answer.get("title").asString()).isNotBlank();
        assertThat(answer.get("status").asInt()).isEqualTo(status);
        assertThat(answer.get("detail").asString()).isNotBlank();
    }

    static List<String> fields(Api.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
