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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest(name = "{index}: malformed")
    @ValueSource(strings = {"a\u0000b", "klockan\u0007", "\u001b[31m", "halv \uD83D", "\uDE00 omvänd"})
    void aControlCharacterOrABrokenSurrogateIsMalformed(String bad) {
        Set<ConstraintViolation<DecisionRequest>> violations =
                VALIDATOR.validate(new DecisionRequest(ReviewDecision.REJECTED, List.of(), bad));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("reason");
            assertThat(InputPolicy.isUnprocessable(v)).isFalse();
        });
    }

    @Test
    void lineBreaksTabsEmojiAndSwedishLettersAreText() {
        assertThat(VALIDATOR.validate(new DecisionRequest(
                        ReviewDecision.REJECTED, List.of(), "Rad ett\r\nrad två\tmed tabb 😀 och å ä ö")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainReferences")
    void aReferenceOfLettersDigitsDashUnderscoreAndDotIsAccepted(String good) {
        assertThat(VALIDATOR.validate(incident(good, OffsetDateTime.parse("2026-02-01T21:40:00+01:00"))))
                .isEmpty();
    }

    static Stream<String> plainReferences() {
        return Stream.of("P-0042", "K-2026-5000-123", "G_SKOG.2", "a".repeat(64));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("refusedReferences")
    void aReferenceThatIsAPathOrNotPlainOrTooLongIsRefused(String bad) {
        assertThat(VALIDATOR.validate(incident(bad, OffsetDateTime.parse("2026-02-01T21:40:00+01:00"))))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("reference");
    }

    static Stream<String> refusedReferences() {
        return Stream.of("K/2026/1", "..", ".", "-x", "a b", "Ärende-1", "a".repeat(65), "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1970-01-01", "2026-03-01"})
    void aMeetingDayFrom1970UntilTodayInTheSitesZoneIsAccepted(LocalDate heldOn) {
        // 2026-03-01 is today in Stockholm and still yesterday in UTC
        assertThat(dateViolations(heldOn)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1969-12-31", "0001-01-01", "2026-03-02", "9999-12-31"})
    void aMeetingDayBefore1970OrAfterTodayIsUnprocessable(LocalDate heldOn) {
        assertThat(dateViolations(heldOn)).containsExactly("heldOn");
    }

    @Test
    void anIncidentInYearOneIsUnprocessable() {
        assertThat(VALIDATOR.validate(incident("K-1", OffsetDateTime.parse("0001-01-01T12:00:00+01:00"))))
                .extracting(v -> v.getPropertyPath() + ":" + InputPolicy.isUnprocessable(v))
                .containsExactly("occurredAt:true");
    }

    @Test
    void anIncidentJustBeforeMidnightUtcOn1969_12_31IsAlready1970InStockholm() {
        assertThat(VALIDATOR.validate(incident("K-2", OffsetDateTime.parse("1969-12-31T23:30:00Z"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-03-01", "1906-03-01"})
    void aBirthDateFromTodayBackTo120YearsIsAccepted(LocalDate birthDate) {
        assertThat(VALIDATOR.validate(person(birthDate))).isEmpty();
    }

    @Test
    void aBirthDateMoreThan120YearsBackIsUnprocessable() {
        assertThat(VALIDATOR.validate(person(LocalDate.of(1906, 2, 28))))
                .extracting(v -> v.getPropertyPath() + ":" + InputPolicy.isUnprocessable(v))
                .containsExactly("birthDate:true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleBirthDates")
    void aBirthDateInTheFutureOrAtTheEndOfTimeIsRefused(LocalDate birthDate) {
        assertThat(VALIDATOR.validate(person(birthDate)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("birthDate");
    }

    static Stream<LocalDate> impossibleBirthDates() {
        return Stream.of(LocalDate.of(2026, 3, 2), LocalDate.MIN);
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
