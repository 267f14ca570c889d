package org.alephdeploy.deploy.plan;

/**
 * The result of an earlier step, known only once the runner has run it: the item hash of the
 * message a Publish step signed, or the file hash an Upload step got back.
 */
public record StepRef(int step) {
    @Override
    public String toString() {
        return "<result of step " + step + ">";
    }
}
