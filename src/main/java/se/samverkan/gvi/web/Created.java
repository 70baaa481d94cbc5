package se.samverkan.gvi.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a PUT or POST that either created its resource (201) or found it and answered again (200). */
public final class Created {

    private Created() {}

    public static <T> ResponseEntity<T> orOk(boolean created, T body) {
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }
}
