/**
 * Recommendations after they are stored: review and decisions, action outcomes, deadlines and
 * sanction rounds (SPEC §5.4, §5.5).
 */
@NullMarked
package se.samverkan.gvi.recommendation;

import org.jspecify.annotations.NullMarked;
