/**
 * Rule governance in the service: reload with the full check, four eyes, the history of active
 * versions, frozen promises, and the impact of a proposed folder on stored incidents.
 */
@NullMarked
@NamedInterface("governance")
package se.samverkan.gvi.rules.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
