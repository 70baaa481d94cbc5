/**
 * The input policy: what every way into the service accepts (the JSON API, the page forms and the
 * agencies' messages alike). It is Bean Validation, declared on the request types themselves, so
 * every path that validates a request applies the same rules: references, dates, text, and no
 * personnummer or samordningsnummer anywhere. A refusal by content (an implausible date, an
 * identity number) is marked {@link se.samverkan.gvi.input.Unprocessable} and answers
 * 422; every other violation is a malformed request and answers 400.
 */
@NullMarked
package se.samverkan.gvi.input;

import org.jspecify.annotations.NullMarked;
