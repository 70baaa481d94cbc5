/**
 * What every HTTP endpoint shares: the refusals as RFC 9457 problem details, paging and JSON
 * settings; and the API's description, the hand-maintained contract {@code docs/openapi.yaml},
 * served as it is with Swagger UI.
 */
@NullMarked
package se.samverkan.gvi.web;

import org.jspecify.annotations.NullMarked;
