/**
 * Recommendations after they are stored: review and decisions, action outcomes, deadlines and
 * sanction rounds (docs/api.md).
 */
@NullMarked
package se.samverkan.gvi.recommendation;

import org.jspecify.annotations.NullMarked;
