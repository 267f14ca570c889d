package org.alephdeploy.service.engine;

import java.io.IOException;
import java.util.Optional;
import org.alephdeploy.service.rehearse.Rehearsal;

/**
 * Where "Rehearse first" gets its {@link Rehearsal}: the real network's engine, the local
 * sandbox's engine and URL, and the directory that remembers what was copied. The window makes it
 * where its engines are built.
 */
public interface Rehearsals {
    /** Files above this size stay remote in the copy unless the user sets another cap (the command line's default). */
    long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;

    /** The name of the network a rehearsal would copy from, or empty when the window shows the sandbox itself. Never blocks. */
    Optional<String> realNetwork();

    /**
     * The rehearsal for the network the window shows now. Blocking (it starts the local sandbox):
     * call on a worker.
     *
     * @throws IOException when the local sandbox cannot start
     */
    Rehearsal open() throws IOException;

    /** The size cap above which files are marked remote, as last used this session; {@link #DEFAULT_MAX_FILE_SIZE} at first. */
    default long maxFileSize() {
        return DEFAULT_MAX_FILE_SIZE;
    }

    /** Remembers the cap a rehearsal used, for the next one of this session. */
    default void rememberMaxFileSize(long bytes) {
    }
}
