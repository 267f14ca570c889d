package org.alephdeploy.deploy.run;

import org.alephdeploy.sandbox.SandboxOptions;

/**
 * The same decision-table flows with the node failing requests at random (503s and connection
 * resets): the client's retries and the runner's idempotent re-posts must reach the same end states.
 */
class EngineFlowsUnderFaultsTest extends EngineFlowsTest {
    @Override
    void configure(SandboxOptions.Builder node) {
        node.faults("503=0.1,reset=0.05");
    }
}
