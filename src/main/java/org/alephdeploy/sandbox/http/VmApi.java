package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.vm.BootReport;
import org.alephdeploy.sandbox.vm.ComputeNode;
import org.alephdeploy.sandbox.vm.VmFailure;

/**
 * The sandbox as a compute node: {@code /vm/<hash>/<path>} serves the program as aleph.sh/vm does,
 * and the sandbox's own extension {@code /api/v0/sandbox/vm/<hash>/boot|logs} tells why it would
 * (not) start and what it printed.
 */
final class VmApi {
    private static final String HASH = "([0-9a-fA-F]{64})";
    private static final long MAX_BODY = 10_000_000L;

    private final ComputeNode vm;

    VmApi(ComputeNode vm) {
        this.vm = vm;
    }

    void register(Router r) {
        r.add("GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS", "/vm/" + HASH + "(/.*)?", this::serve);
        r.add("GET", "/api/v0/sandbox/vm/" + HASH + "/boot", this::boot);
        r.add("GET", "/api/v0/sandbox/vm/" + HASH + "/logs", this::logs);
    }

    private void serve(HttpServerExchange ex, Matcher m) throws Exception {
        String hash = m.group(1).toLowerCase(Locale.ROOT);
        String uri = ex.getRequestURI();
        int at = uri.indexOf(m.group(1)) + 64;
        String path = at >= 64 && at <= uri.length() ? uri.substring(at) : "";
        if (path.isEmpty()) {
            path = "/";
        }
        String query = ex.getQueryString();
        String target = query == null || query.isEmpty() ? path : path + "?" + query;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        ex.getRequestHeaders().forEach(h -> h.forEach(v -> headers.add(Map.entry(h.getHeaderName().toString(), v))));
        byte[] body = Http.body(ex, MAX_BODY);
        try {
            ComputeNode.Answer a = vm.request(hash, ex.getRequestMethod().toString(), target, headers, body);
            ex.setStatusCode(a.status());
            for (Map.Entry<String, String> h : a.headers()) {
                ex.getResponseHeaders().add(new HttpString(h.getKey()), h.getValue());
            }
            ex.getResponseSender().send(ByteBuffer.wrap(a.body()));
        } catch (VmFailure f) {
            ObjectNode o = Json.object();
            o.put("code", f.code());
            o.put("reason", f.getMessage());
            o.put("program", hash);
            ArrayNode ps = o.putArray("problems");
            for (BootReport.Problem p : f.problems()) {
                ps.addObject().put("code", p.code()).put("words", p.words()).put("subject", p.subject());
            }
            ex.getResponseHeaders().put(new HttpString("X-Sandbox-Problem"), f.code());
            Http.json(ex, f.status(), o);
        }
    }

    private void boot(HttpServerExchange ex, Matcher m) {
        String hash = m.group(1).toLowerCase(Locale.ROOT);
        try {
            ObjectNode o = vm.boot(hash).toJson();
            o.set("state", vm.state(hash));
            Http.json(ex, 200, o);
        } catch (VmFailure f) {
            Http.json(ex, f.status(), Json.object().put("code", f.code()).put("reason", f.getMessage()));
        }
    }

    private void logs(HttpServerExchange ex, Matcher m) throws BadRequest {
        String hash = m.group(1).toLowerCase(Locale.ROOT);
        String n = Http.param(ex, "lines");
        int lines = 200;
        try {
            lines = n == null ? 200 : Math.max(1, Math.min(5000, Integer.parseInt(n)));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "lines must be a number");
        }
        ObjectNode o = Json.object();
        o.put("program", hash);
        o.set("state", vm.state(hash));
        ArrayNode a = o.putArray("lines");
        vm.logs(hash, lines).forEach(a::add);
        Http.json(ex, 200, o);
    }
}
