package se.samverkan.gvi.rules.runtime;

import java.nio.file.Path;

/** The service was started where its rule folder is not: it has no policy to serve. */
public class RuleFolderMissing extends IllegalStateException {

    private final Path folder;

    public RuleFolderMissing(Path folder) {
        super("no rule folder at " + folder.toAbsolutePath());
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }
}
