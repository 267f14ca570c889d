package org.alephdeploy.sandbox.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which faults the sandbox node injects and how often, parsed from a spec such as
 * {@code 500=0.1,502=0.05,503=0.05,reset=0.02,slow=0.1:1500ms,truncate=0.05,path=/api/v0/*}.
 * Immutable; {@link #toString()} gives a spec that parses back to an equal value.
 */
public final class FaultSpec {

    /** What happens to one request. */
    public enum Fault {
        STATUS_500("500"),
        STATUS_502("502"),
        STATUS_503("503"),
        RESET("reset"),
        SLOW("slow"),
        TRUNCATE("truncate"),
        NONE("none");

        private final String key;

        Fault(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final String KEYS = "500, 502, 503, reset, slow, truncate and path";
    private static final FaultSpec NONE = new FaultSpec(new EnumMap<>(Fault.class), Duration.ZERO, null);

    private final Map<Fault, Double> rates;
    private final Duration slowDelay;
    private final String pathGlob;
    private final Pattern pathPattern;

    private FaultSpec(Map<Fault, Double> rates, Duration slowDelay, String pathGlob) {
        this.rates = new EnumMap<>(Fault.class);
        this.rates.putAll(rates);
        this.slowDelay = slowDelay;
        this.pathGlob = pathGlob;
        this.pathPattern = pathGlob == null ? null : globToRegex(pathGlob);
    }

    public static FaultSpec none() {
        return NONE;
    }

    /**
     * Reads a comma-separated spec; blank or {@code none} means no faults.
     *
     * @throws IllegalArgumentException with a sentence naming the bad part and the expected form
     */
    public static FaultSpec parse(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("none")) {
            return NONE;
        }
        Map<Fault, Double> rates = new EnumMap<>(Fault.class);
        Duration slowDelay = Duration.ZERO;
        String pathGlob = null;
        for (String part : spec.split(",", -1)) {
            String item = part.trim();
            int equals = item.indexOf('=');
            if (equals <= 0) {
                throw bad(spec, "'" + item + "' is not of the form key=value; keys are " + KEYS);
            }
            String key = item.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = item.substring(equals + 1).trim();
            if (key.equals("path")) {
                if (pathGlob != null) {
                    throw bad(spec, "path is given twice");
                }
                if (!value.startsWith("/")) {
                    throw bad(spec, "path must be a glob starting with '/', such as /api/v0/*, got '" + value + "'");
                }
                pathGlob = value;
                continue;
            }
            Fault fault = faultFor(spec, key);
            if (rates.containsKey(fault)) {
                throw bad(spec, key + " is given twice");
            }
            if (fault == Fault.SLOW) {
                int colon = value.indexOf(':');
                if (colon < 0) {
                    throw bad(spec, "slow needs a rate and a delay, such as slow=0.1:1500ms, got '" + value + "'");
                }
                slowDelay = parseDelay(spec, value.substring(colon + 1).trim());
                value = value.substring(0, colon).trim();
            }
            rates.put(fault, parseRate(spec, key, value));
        }
        double total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1.0 + 1e-9) {
            throw bad(spec, "the rates add up to " + total + ", more than 1; lower some of them");
        }
        return new FaultSpec(rates, slowDelay, pathGlob);
    }

    public double rate(Fault fault) {
        return rates.getOrDefault(fault, 0.0);
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    public boolean isNone() {
        return rates.values().stream().allMatch(rate -> rate == 0.0);
    }

    /** Whether requests to this path (no query string) may get a fault. */
    public boolean appliesTo(String path) {
        return !isNone() && (pathPattern == null || pathPattern.matcher(path).matches());
    }

    /** The fault for a uniform draw in [0, 1): each fault owns a slice of its rate's width. */
    public Fault choose(double draw) {
        double upTo = 0;
        for (Fault fault : Fault.values()) {
            upTo += rate(fault);
            if (fault != Fault.NONE && draw < upTo) {
                return fault;
            }
        }
        return Fault.NONE;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Fault, Double> entry : rates.entrySet()) {
            if (entry.getValue() == 0.0) {
                continue;
            }
            String rate = formatRate(entry.getValue());
            parts.add(entry.getKey() == Fault.SLOW
                    ? "slow=" + rate + ":" + slowDelay.toMillis() + "ms"
                    : entry.getKey().key() + "=" + rate);
        }
        if (parts.isEmpty()) {
            return "none";
        }
        if (pathGlob != null) {
            parts.add("path=" + pathGlob);
        }
        return String.join(",", parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultSpec that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private static Fault faultFor(String spec, String key) {
        for (Fault fault : Fault.values()) {
            if (fault != Fault.NONE && fault.key().equals(key)) {
                return fault;
            }
        }
        throw bad(spec, "'" + key + "' is not a known fault; keys are " + KEYS);
    }

    private static double parseRate(String spec, String key, String value) {
        double rate;
        try {
            rate = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw bad(spec, "the rate of " + key + " must be a number between 0 and 1, got '" + value + "'");
        }
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw bad(spec, "the rate of " + key + " must be between 0 and 1, got " + value);
        }
        return rate;
    }

    private static Duration parseDelay(String spec, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith("ms")) {
                return positive(spec, value, Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2))));
            }
            if (lower.endsWith("s")) {
                return positive(spec, value, Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1))));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw bad(spec, "the slow delay must be whole milliseconds or seconds such as 1500ms or 2s, got '" + value + "'");
    }

    private static Duration positive(String spec, String value, Duration delay) {
        if (delay.isNegative()) {
            throw bad(spec, "the slow delay cannot be negative, got '" + value + "'");
        }
        return delay;
    }

    private static String formatRate(double rate) {
        String text = Double.toString(rate);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("Bad fault spec '" + spec + "': " + why
                + ". Example: 500=0.1,503=0.05,reset=0.02,slow=0.1:1500ms,truncate=0.05,path=/api/v0/*");
    }
}
