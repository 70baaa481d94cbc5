/**
 * Persons, groups, their audits (kartläggningar) and call-ins; and, for the evaluation of an
 * incident, each group as it stood on the incident date ({@link se.samverkan.gvi.group.GroupFacts}).
 */
@NullMarked
package se.samverkan.gvi.group;

import org.jspecify.annotations.NullMarked;
