package se.samverkan.gvi.rules.governance;

import se.samverkan.gvi.refusal.ConflictException;

/** A reviewer approving a version they proposed or approved already: four eyes need another reviewer (409). */
public class SelfApprovalRefused extends ConflictException {

    public SelfApprovalRefused(String version, String reviewer) {
        super("version " + version + " was already proposed or approved by " + reviewer
                + "; another legal reviewer must approve it");
    }
}
