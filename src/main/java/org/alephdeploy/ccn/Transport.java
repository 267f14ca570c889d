package org.alephdeploy.ccn;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RequestSpec} against the configured nodes: failover to the next node when one
 * cannot be reached, retries with backoff for idempotent calls on transport errors, timeouts,
 * truncated bodies, 429 and 5xx, an overall deadline per call, and prompt cancellation. The
 * calling thread blocks; an interrupt aborts the call like a cancellation.
 */
final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final long MAX_RETRY_AFTER_SECONDS = 60;

    /** Turns a complete answer into a result, or throws {@link NodeError} / {@link NodeResponse.MalformedBody}. */
    interface Interpreter<T> {
        T interpret(NodeResponse response);
    }

    private final OkHttpClient http;
    private final List<HttpUrl> nodes;
    private final RetryPolicy policy;
    private final AtomicInteger preferred = new AtomicInteger();

    Transport(OkHttpClient http, List<HttpUrl> nodes, RetryPolicy policy) {
        this.http = http;
        this.nodes = List.copyOf(nodes);
        this.policy = policy;
    }

    List<String> nodeNames() {
        return nodes.stream().map(Transport::name).toList();
    }

    <T> T call(RequestSpec spec, Interpreter<T> interpreter) {
        Cancellation cancel = spec.cancellation;
        Duration budget = spec.transfer ? policy.transferDeadline() : policy.callDeadline();
        long deadline = System.nanoTime() + budget.toNanos();
        Failure last = null;
        int attempts = 0;
        for (int retry = 0; ; retry++) {
            int start = preferred.get();
            for (int i = 0; i < nodes.size(); i++) {
                int index = (start + i) % nodes.size();
                HttpUrl base = nodes.get(index);
                cancel.throwIfCancelled();
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw deadlineExceeded(budget, last, attempts);
                }
                attempts++;
                Attempt attempt = attempt(base, spec, remaining);
                if (attempt.failure != null) {
                    if (cancel.isCancelled()) {
                        throw cancelled(attempt.failure);
                    }
                    boolean connect = isConnectFailure(attempt.failure);
                    last = new Failure(describe(attempt.failure, base), attempt.failure, null);
                    LOG.debug("{} on {} failed: {}", spec.describe(), name(base), last.reason);
                    moveOn(index);
                    if (!spec.idempotent && !connect) {
                        throw unreachable(last, attempts);
                    }
                    if (connect) {
                        continue;
                    }
                    break;
                }
                NodeResponse response = attempt.response;
                if (RETRYABLE_STATUSES.contains(response.status())) {
                    last = new Failure(name(base) + " answered HTTP " + response.status(), null, response);
                    LOG.debug("{} on {} -> {} (retryable)", spec.describe(), name(base), response.status());
                    moveOn(index);
                    if (!spec.idempotent) {
                        throw response.error();
                    }
                    break;
                }
                try {
                    T result = interpreter.interpret(response);
                    preferred.set(index);
                    return result;
                } catch (NodeResponse.MalformedBody e) {
                    last = new Failure(e.getMessage(), e, null);
                    LOG.debug("{} on {}: {}", spec.describe(), name(base), e.getMessage());
                    moveOn(index);
                    if (!spec.idempotent) {
                        throw unreachable(last, attempts);
                    }
                    break;
                }
            }
            if (retry >= policy.maxRetries()) {
                throw exhausted(last, attempts);
            }
            Duration wait = backoff(retry, last);
            if (System.nanoTime() + wait.toNanos() >= deadline) {
                throw deadlineExceeded(budget, last, attempts);
            }
            LOG.debug("{}: retry {} in {} ms", spec.describe(), retry + 1, wait.toMillis());
            cancel.sleep(wait);
        }
    }

    private Attempt attempt(HttpUrl base, RequestSpec spec, long remainingNanos) {
        HttpUrl url = spec.url(base);
        Request request = new Request.Builder().url(url).method(spec.method, spec.body).tag(HttpUrl.class, url).build();
        OkHttpClient client = spec.minReadTimeout == null || spec.minReadTimeout.toMillis() <= http.readTimeoutMillis()
                ? http : http.newBuilder().readTimeout(spec.minReadTimeout).build();
        Call call = client.newCall(request);
        call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
        CompletableFuture<Attempt> done = new CompletableFuture<>();
        long started = System.nanoTime();
        try (Cancellation.Registration ignored = spec.cancellation.onCancel(call::cancel)) {
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    if (e instanceof SameOriginRedirects.Refused refused) {
                        done.completeExceptionally(NodeError.hostileAnswer(refused.getMessage(), name(base)));
                    } else {
                        done.complete(new Attempt(null, e));
                    }
                }

                @Override
                public void onResponse(Call c, Response response) {
                    try (response) {
                        done.complete(new Attempt(read(response, spec, name(base)), null));
                    } catch (IOException e) {
                        done.complete(new Attempt(null, e));
                    } catch (RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    }
                }
            });
            Attempt result = done.get();
            if (result.response != null) {
                LOG.debug("{} on {} -> {} in {} ms", spec.describe(), name(base), result.response.status(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            return result;
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw cancelled(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static NodeResponse read(Response response, RequestSpec spec, String node) throws IOException {
        int status = response.code();
        ResponseBody body = response.body();
        if (spec.sink != null && status == 200) {
            try {
                spec.sink.accept(body);
            } catch (BodyLimits.Exceeded e) {
                throw tooLarge(spec, node);
            }
            return new NodeResponse(status, response.headers(), new byte[0], node);
        }
        if (status >= 400) {
            return new NodeResponse(status, response.headers(), readBounded(body.source()), node);
        }
        long max = spec.maxBody;
        long length = body.contentLength();
        if (length > max) {
            throw tooLarge(spec, node);
        }
        byte[] bytes = length >= 0 && length < Integer.MAX_VALUE
                ? readExactly(body.source(), (int) length)
                : readBounded(body.source(), max);
        if (bytes == null) {
            throw tooLarge(spec, node);
        }
        return new NodeResponse(status, response.headers(), bytes, node);
    }

    static NodeError tooLarge(RequestSpec spec, String node) {
        return NodeError.hostileAnswer("an answer larger than " + BodyLimits.words(spec.maxBody) + " to " + spec.describe()
                + " (the most this kind of answer can weigh)", node);
    }

    /**
     * A body of announced length, read straight into its array: a listing's pages are most of what
     * a load reads, and a buffer of segments then copied out allocated each page twice. OkHttp
     * stops the source at the announced length; a shorter body fails as a cut-short one.
     */
    private static byte[] readExactly(BufferedSource source, int length) throws IOException {
        byte[] bytes = new byte[length];
        int at = 0;
        // read(byte[], …) passes the body through one pooled segment at a time; readFully buffers all of it first
        while (at < length) {
            int n = source.read(bytes, at, length - at);
            if (n < 0) {
                throw new EOFException("the answer ended after " + at + " of its " + length + " bytes");
            }
            at += n;
        }
        return bytes;
    }

    /** The whole body, or null when it is longer than {@code max} bytes (read no further than that). */
    private static byte[] readBounded(BufferedSource source, long max) throws IOException {
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > max) {
                return null;
            }
        }
        return buffer.readByteArray();
    }

    private static byte[] readBounded(BufferedSource source) throws IOException {
        Buffer buffer = new Buffer();
        while (buffer.size() < MAX_ERROR_BODY && source.read(buffer, MAX_ERROR_BODY - buffer.size()) != -1) {
            // keep reading until the cap or the end of the body
        }
        return buffer.readByteArray();
    }

    private void moveOn(int failedIndex) {
        preferred.compareAndSet(failedIndex, (failedIndex + 1) % nodes.size());
    }

    private Duration backoff(int retry, Failure last) {
        Duration wait = policy.delayBefore(retry);
        if (last != null && last.response != null) {
            String retryAfter = last.response.headers().get("Retry-After");
            if (retryAfter != null) {
                try {
                    long seconds = Long.parseLong(retryAfter.trim());
                    if (seconds > 0 && seconds <= MAX_RETRY_AFTER_SECONDS) {
                        Duration asked = Duration.ofSeconds(seconds);
                        wait = asked.compareTo(wait) > 0 ? asked : wait;
                    }
                } catch (NumberFormatException ignored) {
                    // an HTTP-date Retry-After is rare from nodes; the jittered backoff stands
                }
            }
        }
        return wait;
    }

    private static boolean isConnectFailure(IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException) {
            return true;
        }
        return e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).contains("connect");
    }

    private static String describe(IOException e, HttpUrl base) {
        String node = name(base);
        if (isConnectFailure(e)) {
            return "the connection to " + node + " failed (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof SocketTimeoutException) {
            return node + " did not answer within the read timeout";
        }
        if (e instanceof InterruptedIOException) {
            return node + " did not answer before the call's deadline";
        }
        return "the connection to " + node + " broke before the answer was complete ("
                + e.getClass().getSimpleName() + ")";
    }

    private NodeError exhausted(Failure last, int attempts) {
        if (last != null && last.response != null) {
            NodeResponse r = last.response;
            NodeError base = r.error();
            return NodeError.exhausted(r.status(), base.nodeBody(), base.details(), r.node());
        }
        return unreachable(last, attempts);
    }

    private NodeError unreachable(Failure last, int attempts) {
        String reason = last == null ? "Every attempt failed." : "After " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + ", the last one failed: " + last.reason + ".";
        return NodeError.unreachable(nodeNames(), reason, 0, last == null ? null : last.cause);
    }

    private NodeError deadlineExceeded(Duration budget, Failure last, int attempts) {
        String reason = "No usable answer within the call's time limit of " + budget.toSeconds() + " s ("
                + attempts + " attempt" + (attempts == 1 ? "" : "s")
                + (last == null ? "" : "; the last one failed: " + last.reason) + ").";
        int status = last != null && last.response != null ? last.response.status() : 0;
        return NodeError.unreachable(nodeNames(), reason, status, last == null ? null : last.cause);
    }

    private static CancellationException cancelled(Throwable cause) {
        CancellationException e = new CancellationException("cancelled");
        e.initCause(cause);
        return e;
    }

    static String name(HttpUrl base) {
        String s = base.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private record Attempt(NodeResponse response, IOException failure) {
    }

    private record Failure(String reason, Throwable cause, NodeResponse response) {
    }
}
