/**
 * Aggregated, non-personal figures across every site for the national analyst (national rollout):
 * counts only, no person or group references, case numbers or free text, small cells suppressed.
 */
@NullMarked
package se.samverkan.gvi.national;

import org.jspecify.annotations.NullMarked;
