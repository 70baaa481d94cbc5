package se.samverkan.gvi.rules.governance;

import java.util.List;
import se.samverkan.gvi.decision.StoredCase;

/**
 * The stored incidents an impact analysis replays: for each incident the police have not
 * retracted, its current version's facts and the recommendations that stand for it today.
 */
public interface StoredCases {

    List<StoredCase> activeCases(String site);
}
