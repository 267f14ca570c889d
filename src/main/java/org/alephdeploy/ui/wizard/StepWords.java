package org.alephdeploy.ui.wizard;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.ui.model.ShortHash;

/**
 * The engine's step words for people: a hash of a program or volume the account has becomes its
 * name, any other hash its short form ("publish the amended program (replaces weather-api)").
 */
final class StepWords {
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-fA-F]{64}\\b");
    /** A local path (a temporary copy, a packed folder): only its file name is the user's business. */
    private static final Pattern PATH = Pattern.compile("(?<![^\\s(\\[])(?:[A-Za-z]:)?[/\\\\](?:[^\\s()/\\\\]+[/\\\\])+([^\\s()/\\\\]+)");

    private final Map<String, String> names;

    StepWords(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** Names from the inventory a plan was made on (programs by hash, volumes by root); none without one. */
    static StepWords of(Inventory inventory) {
        Map<String, String> names = new HashMap<>();
        if (inventory != null) {
            inventory.programs().forEach(c -> c.versions().forEach(p -> {
                if (p.name() != null && !p.name().isBlank()) {
                    names.put(p.itemHash(), p.name());
                }
            }));
            inventory.volumes().forEach(v -> {
                if (v.name() != null && !v.name().isBlank()) {
                    names.put(v.rootHash(), v.name());
                }
            });
        }
        return new StepWords(names);
    }

    String say(String words) {
        if (words == null) {
            return "";
        }
        Matcher m = HASH.matcher(PATH.matcher(words).replaceAll("$1"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String hash = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(hash, ShortHash.of(hash))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
