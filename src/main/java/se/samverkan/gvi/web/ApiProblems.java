package se.samverkan.gvi.web;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.samverkan.gvi.decision.EvaluationException;
import se.samverkan.gvi.input.InputPolicy;
import se.samverkan.gvi.input.PersonalIdentityNumbers;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.FieldError;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.refusal.ItemizedRefusal;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.refusal.UnprocessableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal of the API as RFC 9457 problem details ({@code application/problem+json}) with
 * {@code type}, {@code title}, {@code status}, {@code detail} and, for validation, {@code errors:
 * [{field, message}]}. Details never echo free text of the request.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final URI VALIDATION = URI.create("urn:gvi:problem:validation");
    public static final URI UNPROCESSABLE = URI.create("urn:gvi:problem:unprocessable");
    public static final URI NOT_FOUND = URI.create("urn:gvi:problem:not-found");
    public static final URI CONFLICT = URI.create("urn:gvi:problem:conflict");

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return conflict(e.getMessage());
    }

    @ExceptionHandler(UnprocessableException.class)
    ResponseEntity<Object> unprocessable(UnprocessableException e) {
        return unacceptable(e.getMessage(), e.errors());
    }

    /** A refusal with itemised reasons, e.g. a rule folder's problems as {file, line, message} (docs/rules.md). */
    @ExceptionHandler(ItemizedRefusal.class)
    ResponseEntity<Object> itemized(ItemizedRefusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        problem.setProperty("errors", e.items());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(EvaluationException.class)
    ResponseEntity<Object> unevaluable(EvaluationException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                UNPROCESSABLE,
                "The incident cannot be evaluated",
                e.getMessage(),
                null);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        String detail = String.valueOf(e.getMessage());
        return malformed(detail, List.of(new FieldError(e.field(), detail)));
    }

    /** A constraint the database enforces that a concurrent request broke first. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        return conflict("the request conflicts with a concurrent change; read the current state and try again");
    }

    /** A signed-in user without a site reached code that acts for one: nothing of any site for them. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Object> forbidden(org.springframework.security.access.AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                URI.create("urn:gvi:problem:forbidden"),
                "Forbidden",
                "your role may not do this",
                null);
    }

    /** Anything unforeseen: a 500 that names no internals and echoes nothing of the request. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        // Class and place only: an exception message may quote request content (free text).
        StackTraceElement[] trace = e.getStackTrace();
        logger.error("request failed: " + e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : ""));
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                URI.create("urn:gvi:problem:internal"),
                "Internal error",
                "the request failed and nothing of it was stored",
                null);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violations violations = new Violations();
        ex.getBindingResult().getFieldErrors().forEach(f -> violations.add(isUnprocessable(f), f.getField(), f));
        ex.getBindingResult().getGlobalErrors().forEach(g -> violations.add(isUnprocessable(g), g.getObjectName(), g));
        return violations.answer("field(s)");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violations violations = new Violations();
        for (ParameterValidationResult r : ex.getParameterValidationResults()) {
            if (r instanceof ParameterErrors) {
                ((ParameterErrors) r)
                        .getFieldErrors()
                        .forEach(f -> violations.add(isUnprocessable(f), f.getField(), f));
                continue;
            }
            String name = r.getMethodParameter().getParameterName() == null
                    ? "parameter"
                    : r.getMethodParameter().getParameterName();
            r.getResolvableErrors().forEach(e -> violations.add(isUnprocessable(r, e), name, e));
        }
        return violations.answer("parameter(s)");
    }

    /**
     * The violations of one request, sorted by kind. A violation of the input policy that is about
     * content, not form (an identity number, a date that cannot be true) is 422 and answered before
     * any malformed field (400), so that an identity number is refused as such whatever else is
     * wrong with the request.
     */
    private static final class Violations {

        private final List<FieldError> malformed = new ArrayList<>();
        private final List<FieldError> unprocessable = new ArrayList<>();

        void add(boolean isUnprocessable, String field, MessageSourceResolvable error) {
            (isUnprocessable ? unprocessable : malformed)
                    .add(new FieldError(
                            field, error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage()));
        }

        ResponseEntity<Object> answer(String what) {
            if (!unprocessable.isEmpty()) {
                return unacceptable(unprocessable.size() + " " + what + " cannot be accepted", unprocessable);
            }
            return malformed(malformed.size() + " " + what + " are invalid", malformed);
        }
    }

    private static boolean isUnprocessable(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return InputPolicy.isUnprocessable(result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException notAConstraint) {
            return false;
        }
    }

    private static boolean isUnprocessable(ObjectError error) {
        return error.contains(ConstraintViolation.class)
                && InputPolicy.isUnprocessable(error.unwrap(ConstraintViolation.class));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of " + List.of(type.getEnumConstants())
                : "has the wrong format";
        return malformed(field + " " + message, List.of(new FieldError(field, message)));
    }

    /** Spring's own refusals (404 of an unknown path, 405, 415 …) with a detail when they lack one. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail) {
            ProblemDetail problem = (ProblemDetail) body;
            problem.setInstance(instance());
            if (problem.getDetail() == null || problem.getDetail().isBlank()) {
                problem.setDetail(problem.getTitle() == null ? "the request was refused" : problem.getTitle());
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException) {
                return problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        URI.create("urn:gvi:problem:too-large"),
                        "Request too large",
                        t.getMessage(),
                        null);
            }
            if (t instanceof StreamConstraintsException) {
                return malformed("the body is nested too deeply or too long", List.of());
            }
        }
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException) {
            String field = path((JacksonException) cause);
            return malformed("unknown field: " + field, List.of(new FieldError(field, "unknown field")));
        }
        if (cause instanceof InvalidFormatException) {
            InvalidFormatException invalid = (InvalidFormatException) cause;
            String field = path(invalid);
            String message = invalid.getTargetType() != null
                            && invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "has the wrong format";
            return malformed(field + " " + message, List.of(new FieldError(field, message)));
        }
        if (cause instanceof JacksonException
                && !((JacksonException) cause).getPath().isEmpty()) {
            String field = path((JacksonException) cause);
            return malformed(field + " cannot be read", List.of(new FieldError(field, "cannot be read")));
        }
        return malformed("the body is not valid JSON", List.of());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** The request path as {@code instance}, with anything shaped like an identity number masked. */
    private static @Nullable URI instance() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes)) {
            return null;
        }
        String path = ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes())
                .getRequest()
                .getRequestURI();
        try {
            return URI.create(PersonalIdentityNumbers.masked(path));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 400: the request is malformed ({@code urn:gvi:problem:validation}). */
    private static ResponseEntity<Object> malformed(String detail, List<FieldError> errors) {
        return problem(HttpStatus.BAD_REQUEST, VALIDATION, "Invalid request", detail, errors);
    }

    /** 422: well-formed, but its content cannot be accepted ({@code urn:gvi:problem:unprocessable}). */
    private static ResponseEntity<Object> unacceptable(@Nullable String detail, List<FieldError> errors) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, UNPROCESSABLE, "The request cannot be processed", detail, errors);
    }

    /** 409: the request conflicts with the stored state ({@code urn:gvi:problem:conflict}). */
    private static ResponseEntity<Object> conflict(@Nullable String detail) {
        return problem(HttpStatus.CONFLICT, CONFLICT, "Conflict with the stored state", detail, null);
    }

    private static ResponseEntity<Object> problem(
            HttpStatus status, URI type, String title, @Nullable String detail, @Nullable List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        body.setType(type);
        body.setTitle(title);
        body.setInstance(instance());
        if (errors != null) {
            // Sorted by field: Bean Validation reports in no particular order, the answer is the same every time.
            body.setProperty(
                    "errors",
                    errors.stream()
                            .sorted(Comparator.comparing(FieldError::field))
                            .map(e -> Map.of("field", e.field(), "message", e.message()))
                            .toList());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
