/**
 * Why a request is refused, in the domain's words: not found, conflict, invalid or unprocessable
 * content. Application services throw them; {@code web/ApiProblems} answers them as RFC 9457
 * problem details and the delivery consumer parks the messages they refuse.
 */
@NullMarked
package se.samverkan.gvi.refusal;

import org.jspecify.annotations.NullMarked;
