/**
 * The rules as the running service uses them: the active rule set of each site
 * ({@link se.samverkan.gvi.rules.runtime.ActiveRuleSet}), the layout of a rule folder with its
 * sites, the settings, and the refusal of a folder that does not build.
 */
@NullMarked
@NamedInterface("runtime")
package se.samverkan.gvi.rules.runtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
