package se.samverkan.gvi.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.group.ExitNotBeforeJoin;
import se.samverkan.gvi.group.NoPersonTwice;
import se.samverkan.gvi.input.BirthDate;
import se.samverkan.gvi.input.EventDate;
import se.samverkan.gvi.input.InputPolicy;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;
import se.samverkan.gvi.input.Reference;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.UnprocessableException;

/**
 * What a mapping or call-in form refused: per field (named as the API's JSON path) the message key
 * of its first reason, and the status the API would have answered (400 malformed, 422
 * unprocessable, 409 conflict). An identity number is always the reason shown, as the API names it.
 */
final class FormRefusals {

    private static final Pattern LIST_ELEMENT = Pattern.compile("\\.<[a-z ]+>");
    private static final Pattern REFERENCE = Pattern.compile(Reference.PATTERN);

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Set<String> choiceLists;
    private int status = 400;
    private @Nullable Shown onConflict;
    private @Nullable UnaryOperator<String> onUnknown;

    FormRefusals() {
        this(Set.of());
    }

    /** @param choiceLists lists shown as one group of checkboxes: a refused item is shown beside the group */
    FormRefusals(Set<String> choiceLists) {
        this.choiceLists = Set.copyOf(choiceLists);
    }

    /** The service's 409 ({@link ConflictException}) is shown beside {@code field} with the message {@code key}. */
    FormRefusals onConflict(String field, String key) {
        this.onConflict = new Shown(field, key);
        return this;
    }

    /** The service's 422 ({@link UnprocessableException}): beside each field it names, the key for that field. */
    FormRefusals onUnknown(UnaryOperator<String> keyOfField) {
        this.onUnknown = keyOfField;
        return this;
    }

    /**
     * How a form's post ends. Nothing refused and a request built: {@code save} stores it through the
     * application service and names where the page redirects to (after setting its flash message). A
     * refusal, of the form or of the service as this form shows it, shows the form again with the
     * reasons beside the fields, answered with the status the API would have given; a refusal the form
     * does not show goes on to the error page.
     */
    <R> String answer(
            @Nullable R request, FormPost post, Function<Map<String, String>, String> form, Function<R, String> save) {
        if (request != null && isEmpty()) {
            try {
                return save.apply(request);
            } catch (ConflictException e) {
                if (onConflict == null) {
                    throw e;
                }
                conflict(onConflict.field(), onConflict.key());
            } catch (UnprocessableException e) {
                UnaryOperator<String> key = onUnknown;
                if (key == null) {
                    throw e;
                }
                e.errors().forEach(error -> unprocessable(error.field(), key.apply(error.field())));
            }
        }
        post.status(status);
        return form.apply(byField);
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    Map<String, String> byField() {
        return byField;
    }

    int status() {
        return status;
    }

    void malformed(String field, String key) {
        byField.putIfAbsent(shown(field), key);
    }

    void unprocessable(String field, String key) {
        if (key.equals("input.error.identity")) {
            byField.put(shown(field), key);
        } else {
            byField.putIfAbsent(shown(field), key);
        }
        status = Math.max(status, 422);
    }

    void conflict(String field, String key) {
        byField.putIfAbsent(shown(field), key);
        status = 409;
    }

    /** The request, with its own constraints and the input policy's checked as the API checks a body. */
    <R> @Nullable R checked(Validator validator, @Nullable R request) {
        if (request != null) {
            violations(validator.validate(request));
        }
        return request;
    }

    /** The input policy's and the request's own constraints, as the API checks them. */
    void violations(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String field = LIST_ELEMENT.matcher(v.getPropertyPath().toString()).replaceAll("");
            if (InputPolicy.isUnprocessable(v)) {
                unprocessable(field, key(v.getConstraintDescriptor().getAnnotation()));
            } else {
                malformed(field, key(v.getConstraintDescriptor().getAnnotation()));
            }
        }
    }

    /** A date field as the API reads it: empty is none, else an ISO date or a refusal beside the field. */
    @Nullable
    LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            malformed(field, "form.error.dateFormat");
            return null;
        }
    }

    /**
     * A reference taken from the address in the API ({@code ref} of a new group or person): checked
     * as the API checks its path, an identity number refused first.
     */
    void reference(String field, @Nullable String ref) {
        if (ref == null || ref.isBlank()) {
            malformed(field, "form.error.required");
        } else if (!Pseudonymous.Check.isPseudonymous(ref)) {
            unprocessable(field, "input.error.identity");
        } else if (!REFERENCE.matcher(ref).matches()) {
            malformed(field, "form.error.reference");
        }
    }

    /** A refusal shown beside a field: the field and its message key. */
    private record Shown(String field, String key) {}

    private String shown(String field) {
        int bracket = field.indexOf('[');
        return bracket > 0 && choiceLists.contains(field.substring(0, bracket)) ? field.substring(0, bracket) : field;
    }

    private static String key(Annotation constraint) {
        if (constraint instanceof Pseudonymous) {
            return "input.error.identity";
        }
        if (constraint instanceof PlainText) {
            return "input.error.text";
        }
        if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            return "form.error.required";
        }
        if (constraint instanceof Size) {
            return "form.error.size";
        }
        if (constraint instanceof EventDate) {
            return "form.error.eventDate";
        }
        if (constraint instanceof BirthDate) {
            return "form.error.birthDate";
        }
        if (constraint instanceof NoPersonTwice) {
            return "mapping.error.personTwice";
        }
        if (constraint instanceof ExitNotBeforeJoin) {
            return "mapping.error.exitBeforeJoin";
        }
        return constraint instanceof Reference ? "form.error.reference" : "form.error.invalid";
    }
}
