package se.samverkan.gvi.rules.governance;

import se.samverkan.gvi.refusal.ConflictException;

/**
 * A reload the state of the rules does not allow (409); the previous version keeps serving. The
 * reason lets a page say why in the reader's language.
 */
public class ReloadRefused extends ConflictException {

    /** Why the reload was refused. */
    public enum Reason {
        /** Four eyes: no legal reviewer other than the one reloading approved the version. */
        NOT_APPROVED_BY_ANOTHER,
        /** The rule folder holds another version than the one the reviewer meant to publish. */
        FOLDER_HOLDS_ANOTHER_VERSION
    }

    private final Reason reason;
    private final String folderVersion;

    public ReloadRefused(Reason reason, String folderVersion, String message) {
        super(message);
        this.reason = reason;
        this.folderVersion = folderVersion;
    }

    public Reason reason() {
        return reason;
    }

    /** The version the rule folder holds. */
    public String folderVersion() {
        return folderVersion;
    }
}
