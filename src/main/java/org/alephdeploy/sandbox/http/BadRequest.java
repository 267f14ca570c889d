package org.alephdeploy.sandbox.http;

/** A request the node answers with an error status and a body (text or JSON). */
final class BadRequest extends Exception {
    private final int status;
    private final String body;
    private final boolean json;

    BadRequest(int status, String body) {
        this(status, body, false);
    }

    BadRequest(int status, String body, boolean json) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
        this.json = json;
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }

    boolean json() {
        return json;
    }
}
