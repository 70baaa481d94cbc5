/**
 * The command line for legal reviewers ({@code java -jar gvi.jar rules check|docs|impact|bench}),
 * run without starting the service.
 */
@NullMarked
package se.samverkan.gvi.rules.cli;

import org.jspecify.annotations.NullMarked;
