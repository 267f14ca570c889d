package org.alephdeploy.ui.shell;

/** The node did not answer; the window shows the offline banner instead of an error. */
public class NodeUnreachableException extends Exception {
    private final String nodeUrl;

    public NodeUnreachableException(String nodeUrl, String reason, Throwable cause) {
        super(reason, cause);
        this.nodeUrl = nodeUrl;
    }

    public String nodeUrl() {
        return nodeUrl;
    }
}
