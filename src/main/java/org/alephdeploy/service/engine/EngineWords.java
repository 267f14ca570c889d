package org.alephdeploy.service.engine;

/**
 * The few sentences the service layer reports itself (task messages, failures). The UI shows them
 * as they are; the service layer has no access to the UI's message bundle.
 */
final class EngineWords {
    static final String MEASURING = "Measuring the file to upload…";
    static final String PLANNING = "Reading the account from the node and planning…";
    static final String NO_ACCOUNT = "No account is chosen. Choose or import an account in the wallet, then try again.";
    static final String NOT_REVIEWED = "Nothing was signed: what the app would sign now does not match what you reviewed, "
            + "because the program, the account or the network changed since the review. Review again.";
    static final String LOCKED = "The account is locked. Unlock it with its password, then try again.";

    private EngineWords() {
    }
}
