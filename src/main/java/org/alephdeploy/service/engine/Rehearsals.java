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
    /** The name of the network a rehearsal would copy from, or empty when the window shows the sandbox itself. Never blocks. */
    Optional<String> realNetwork();

    /**
     * The rehearsal for the network the window shows now. Blocking (it starts the local sandbox):
     * call on a worker.
     *
     * @throws IOException when the local sandbox cannot start
     */
    Rehearsal open() throws IOException;
}
