package se.samverkan.gvi.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.incident.IncidentRequest;
import se.samverkan.gvi.recommendation.DecisionRequest;
import se.samverkan.gvi.recommendation.ReviewDecision;

/**
 * The input policy as every way in applies it: the request types' own constraints, validated with
 * a clock at 2026-03-01 in Stockholm. And no request type of the API can escape it.
 */
class InputPolicyTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** 23:30 UTC on 28 February is already 1 March in Stockholm. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-28T23:30:00Z"), STOCKHOLM);

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> CLOCK)
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void everyRequestBodyOfTheApiIsScreenedForControlCharactersAndIdentityNumbers() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<String> bodies = new TreeSet<>();
        List<String> unscreened = new ArrayList<>();
        for (BeanDefinition controller : scanner.findCandidateComponents("se.samverkan.gvi")) {
            for (Method method : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        Class<?> type = parameter.getType();
                        bodies.add(type.getSimpleName());
                        if (!type.isAnnotationPresent(PlainText.class)
                                || !type.isAnnotationPresent(Pseudonymous.class)) {
                            unscreened.add(type.getName());
                        }
                    }
                }
            }
        }
        assertThat(bodies)
                .contains(
                        "IncidentRequest",
                        "GroupRequest",
                        "PersonRequest",
                        "CallInRequest",
                        "DecisionRequest",
                        "OutcomeRequest",
                        "ClosureRequest",
                        "RetractionRequest",
                        "ImpactRequest");
        assertThat(unscreened).isEmpty();
    }

    @Test
    void anIdentityNumberIsRefusedAsContentNamingTheNestedField() {
        GroupRequest group = new GroupRequest(
                "Grupp",
                "Området",
                List.of("G-2"),
                new GroupRequest.Audit(
                        LocalDate.of(2025, 6, 1),
                        List.of(
                                new GroupRequest.Member("P-0001", LocalDate.of(2024, 1, 1), null),
                                new GroupRequest.Member("P-0002", LocalDate.of(2024, 1, 1), null))));
        assertThat(VALIDATOR.validate(group)).isEmpty();

        DecisionRequest decision =
                new DecisionRequest(ReviewDecision.REJECTED, List.of(), "Personen 850101\u20131234 hörs");
        Set<ConstraintViolation<DecisionRequest>> violations = VALIDATOR.validate(decision);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("reason");
            assertThat(InputPolicy.isUnprocessable(v)).isTrue();
            assertThat(v.getMessage()).doesNotContain("1234");
        });
        CallInRequest callIn = new CallInRequest(
                LocalDate.of(2026, 1, 10),
                "HUDDINGE-2024",
                List.of("P-0001"),
                List.of(new CallInRequest.Speaker(null, "Mamma 8501\u200B01 1234")),
                List.of());
        assertThat(VALIDATOR.validate(callIn))
                .filteredOn(InputPolicy::isUnprocessable)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("speakers[0].name");
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreMalformedButLineBreaksAndEmojiAreText() {
        for (String bad : List.of("a\u0000b", "klockan\u0007", "\u001b[31m", "halv \uD83D", "\uDE00 omvänd")) {
            Set<ConstraintViolation<DecisionRequest>> violations =
                    VALIDATOR.validate(new DecisionRequest(ReviewDecision.REJECTED, List.of(), bad));
            assertThat(violations).as(bad).singleElement().satisfies(v -> {
                assertThat(v.getPropertyPath()).hasToString("reason");
                assertThat(InputPolicy.isUnprocessable(v)).isFalse();
            });
        }
        assertThat(VALIDATOR.validate(new DecisionRequest(
                        ReviewDecision.REJECTED, List.of(), "Rad ett\r\nrad två\tmed tabb 😀 och å ä ö")))
                .isEmpty();
    }

    @Test
    void aReferenceIsLettersDigitsDashUnderscoreAndDotAndNeverAPath() {
        for (String good : List.of("P-0042", "K-2026-5000-123", "G_SKOG.2", "a".repeat(64))) {
            assertThat(VALIDATOR.validate(incident(good, OffsetDateTime.parse("2026-02-01T21:40:00+01:00"))))
                    .as(good)
                    .isEmpty();
        }
        for (String bad : List.of("K/2026/1", "..", ".", "-x", "a b", "Ärende-1", "a".repeat(65), "")) {
            assertThat(VALIDATOR.validate(incident(bad, OffsetDateTime.parse("2026-02-01T21:40:00+01:00"))))
                    .as(bad)
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("reference");
        }
    }

    @Test
    void anEventDateLiesBetween1970AndTodayInTheSitesZone() {
        assertThat(dateViolations(LocalDate.of(1970, 1, 1))).isEmpty();
        assertThat(dateViolations(LocalDate.of(2026, 3, 1)))
                .as("today in Stockholm, still yesterday in UTC")
                .isEmpty();
        assertThat(dateViolations(LocalDate.of(1969, 12, 31))).containsExactly("heldOn");
        assertThat(dateViolations(LocalDate.of(1, 1, 1))).containsExactly("heldOn");
        assertThat(dateViolations(LocalDate.of(2026, 3, 2))).containsExactly("heldOn");
        assertThat(dateViolations(LocalDate.of(9999, 12, 31))).containsExactly("heldOn");

        assertThat(VALIDATOR.validate(incident("K-1", OffsetDateTime.parse("0001-01-01T12:00:00+01:00"))))
                .extracting(v -> v.getPropertyPath() + ":" + InputPolicy.isUnprocessable(v))
                .containsExactly("occurredAt:true");
        // 1969-12-31T23:30 UTC is already 1970-01-01 in Stockholm
        assertThat(VALIDATOR.validate(incident("K-2", OffsetDateTime.parse("1969-12-31T23:30:00Z"))))
                .isEmpty();
    }

    @Test
    void aBirthDateIsNotInTheFutureNorMoreThan120YearsBack() {
        assertThat(VALIDATOR.validate(person(LocalDate.of(2026, 3, 1)))).isEmpty();
        assertThat(VALIDATOR.validate(person(LocalDate.of(1906, 3, 1)))).isEmpty();
        assertThat(VALIDATOR.validate(person(LocalDate.of(1906, 2, 28))))
                .extracting(v -> v.getPropertyPath() + ":" + InputPolicy.isUnprocessable(v))
                .containsExactly("birthDate:true");
        assertThat(VALIDATOR.validate(person(LocalDate.of(2026, 3, 2))))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("birthDate");
        assertThat(VALIDATOR.validate(person(LocalDate.MIN)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("birthDate");
    }

    private static List<String> dateViolations(LocalDate heldOn) {
        return VALIDATOR.validate(new CallInRequest(heldOn, "HUDDINGE-2024", List.of(), List.of(), List.of())).stream()
                .peek(v -> assertThat(InputPolicy.isUnprocessable(v)).isTrue())
                .map(v -> v.getPropertyPath().toString())
                .toList();
    }

    private static IncidentRequest incident(String reference, OffsetDateTime occurredAt) {
        return new IncidentRequest(
                reference, "SHOOTING", occurredAt, "Torget", "Fiktiv händelse", List.of(), List.of());
    }

    private static PersonRequest person(LocalDate birthDate) {
        return new PersonRequest(birthDate, java.util.Map.of());
    }
}
