package se.samverkan.gvi.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the decision log's chain.
 *
 * @param firstBrokenSeq the first entry whose hash, link or sequence does not match, or null
 */
public record ChainVerification(
        boolean valid, long entries, @Nullable Long firstBrokenSeq) {}
