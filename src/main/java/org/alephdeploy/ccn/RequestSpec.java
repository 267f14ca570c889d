package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import java.io.IOException;

/** One logical request, independent of the node it goes to; the transport resolves it per node. */
final class RequestSpec {
    /** Consumes a 200 body while the connection is open (downloads); runs on an OkHttp thread. */
    interface BodySink {
        void accept(ResponseBody body) throws IOException;
    }

    final String method;
    final List<String> segments = new ArrayList<>();
    final Map<String, String> query = new LinkedHashMap<>();
    RequestBody body;
    boolean idempotent;
    boolean transfer;
    Duration minReadTimeout;
    BodySink sink;
    /** The most the answer's body may weigh ({@link BodyLimits}); the small limit unless the endpoint says otherwise. */
    long maxBody = BodyLimits.SMALL;
    Cancellation cancellation = Cancellation.NONE;

    private RequestSpec(String method, String path) {
        this.method = method;
        this.idempotent = method.equals("GET") || method.equals("HEAD");
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
    }

    static RequestSpec get(String path) {
        return new RequestSpec("GET", path);
    }

    static RequestSpec head(String path) {
        return new RequestSpec("HEAD", path);
    }

    /** A POST; {@code idempotent} says whether replaying it is safe (signed messages, content-addressed uploads). */
    static RequestSpec post(String path, RequestBody body, boolean idempotent) {
        RequestSpec spec = new RequestSpec("POST", path);
        spec.body = body;
        spec.idempotent = idempotent;
        return spec;
    }

    /** Appends one path segment taken verbatim from user data (it is percent-encoded). */
    RequestSpec segment(String value) {
        segments.add("\u0000" + value);
        return this;
    }

    RequestSpec param(String name, Object value) {
        if (value != null) {
            query.put(name, value.toString());
        }
        return this;
    }

    RequestSpec params(Map<String, String> values) {
        query.putAll(values);
        return this;
    }

    RequestSpec cancellation(Cancellation c) {
        this.cancellation = c == null ? Cancellation.NONE : c;
        return this;
    }

    RequestSpec transfer() {
        this.transfer = true;
        return this;
    }

    /** Reads wait at least this long (sync posts: the node holds the answer up to 30 s). */
    RequestSpec minReadTimeout(Duration timeout) {
        this.minReadTimeout = timeout;
        return this;
    }

    /** Allows an answer of up to {@code bytes} (listings, messages, downloads: see {@link BodyLimits}). */
    RequestSpec maxBody(long bytes) {
        this.maxBody = bytes;
        return this;
    }

    RequestSpec sink(BodySink s) {
        this.sink = s;
        return this;
    }

    HttpUrl url(HttpUrl base) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            if (s.startsWith("\u0000")) {
                b.addPathSegment(s.substring(1));
            } else {
                b.addPathSegments(s);
            }
        }
        query.forEach(b::addQueryParameter);
        return b.build();
    }

    /** For logs: method and path, never bodies. */
    String describe() {
        StringBuilder sb = new StringBuilder(method).append(' ');
        for (String s : segments) {
            sb.append('/').append(s.startsWith("\u0000") ? s.substring(1) : s);
        }
        return sb.toString();
    }
}
