package se.samverkan.gvi.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.security.Actor;

/**
 * Sanction rounds: the first GROUP_ENFORCEMENT of a group opens one, the following ones join it,
 * until a coordinator closes it with an effect review.
 */
@Service
public class SanctionRounds {

    private final RecommendationRepository repository;
    private final DecisionLog decisionLog;
    private final Clock clock;

    SanctionRounds(RecommendationRepository repository, DecisionLog decisionLog, Clock clock) {
        this.repository = repository;
        this.decisionLog = decisionLog;
        this.clock = clock;
    }

    /** The open round of the group, opened now if there is none; the caller holds the group's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID roundFor(String site, String groupRef, Instant at) {
        return repository.openRound(site, groupRef).orElseGet(() -> repository.insertRound(site, groupRef, at));
    }

    @Transactional(readOnly = true)
    public List<SanctionRoundView> forGroup(String site, String groupRef) {
        return views(repository.rounds(site, groupRef));
    }

    @Transactional
    public SanctionRoundView close(Actor actor, String groupRef, UUID id, ClosureRequest request) {
        RecommendationRepository.RoundRow round = repository
                .lockRound(actor.site(), groupRef, id)
                .orElseThrow(() -> new NotFoundException("no sanction round " + id + " of group " + groupRef));
        if (round.closedAt() != null) {
            throw new ConflictException("sanction round " + id + " was closed on " + round.closedAt());
        }
        repository.closeRound(id, actor.name(), clock.instant().truncatedTo(ChronoUnit.MICROS), request.effectReview());
        decisionLog.append(
                actor,
                "SANCTION_ROUND_CLOSED",
                "sanction-round:" + id,
                null,
                Map.of("groupRef", groupRef, "effectReview", request.effectReview()));
        return views(List.of(repository.lockRound(actor.site(), groupRef, id).orElseThrow()))
                .get(0);
    }

    /** The rounds with the recommendations of each: one query however many rounds. */
    private List<SanctionRoundView> views(List<RecommendationRepository.RoundRow> rounds) {
        Map<UUID, List<UUID>> recommendations = repository.roundRecommendations(
                rounds.stream().map(RecommendationRepository.RoundRow::id).toList());
        return rounds.stream()
                .map(r -> new SanctionRoundView(
                        r.id(),
                        r.groupRef(),
                        r.openedAt(),
                        r.closedAt(),
                        r.closedBy(),
                        r.effectReview(),
                        recommendations.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
