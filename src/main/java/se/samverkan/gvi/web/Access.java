package se.samverkan.gvi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API operation and what a call writes to the decision log (docs/security.md): the
 * OpenAPI description ends its operation's description with them, as the paragraphs
 * "**Who may call:**" and "**Decision log:**".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    /** The roles that may call, in the order the description names them ({@code security.Roles}). */
    String[] roles();

    /** What a call writes to the decision log, in Markdown: the entry types, or {@code nothing}. */
    String log();
}
