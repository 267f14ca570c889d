package org.alephdeploy.sandbox;

import io.undertow.server.HttpHandler;
import org.alephdeploy.sandbox.http.FaultInjectingHandler;
import org.alephdeploy.sandbox.http.FaultSpec;

/** Wraps the root handler with fault injection when a faults spec is given. */
final class Faults {
    /** A fixed seed: the same spec gives the same fault sequence on every start. */
    static final long SEED = 20_260_101L;

    private Faults() {
    }

    /** The root handler, wrapped when {@code spec} is set; a bad spec throws IllegalArgumentException. */
    static HttpHandler wrap(HttpHandler root, String spec) {
        if (spec == null || spec.isBlank()) {
            return root;
        }
        return new FaultInjectingHandler(root, FaultSpec.parse(spec), SEED);
    }
}
