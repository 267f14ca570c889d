package org.alephdeploy.ui.fx;

/** Background work that reports progress. Runs on a worker thread, never on the FX thread. */
@FunctionalInterface
public interface ProgressWork<T> {
    T call(ProgressSink progress) throws Exception;
}
