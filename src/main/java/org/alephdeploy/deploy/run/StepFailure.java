package org.alephdeploy.deploy.run;

/** A step cannot run for a reason that is neither the node's rejection nor a lost connection. */
final class StepFailure extends RuntimeException {
    StepFailure(String message) {
        super(message);
    }
}
