/**
 * The Drools build and session handling: compiling the rule files, the lever tables and policy
 * files, inserting the input facts ({@link se.samverkan.gvi.decision.internal.FactSet}) and reading
 * the verdicts. The facts themselves are published in {@code decision.facts}.
 */
@NullMarked
package se.samverkan.gvi.decision.internal;

import org.jspecify.annotations.NullMarked;
