package se.samverkan.gvi.incident;

import java.util.List;
import se.samverkan.gvi.recommendation.RecommendationView;

/** The answer to a what-if evaluation: full recommendations, none of them stored. */
public record WhatIf(String reference, List<RecommendationView> recommendations, List<String> unattributedSuspects) {}
