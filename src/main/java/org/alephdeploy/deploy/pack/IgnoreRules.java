package org.alephdeploy.deploy.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which files of a folder stay out of an upload: the defaults (version control, Python caches,
 * macOS litter and files that look like secrets) followed by the folder's own
 * {@value #IGNORE_FILE}, in gitignore syntax (patterns, {@code !} to take a file back, a trailing
 * {@code /} for folders only, {@code **} for any depth). As in git, the last rule that matches
 * decides, and nothing inside a left-out folder can be taken back.
 */
public final class IgnoreRules {
    public static final String IGNORE_FILE = ".alephignore";
    public static final List<String> DEFAULTS = List.of(
            ".git/", "__pycache__/", "*.pyc", ".DS_Store", ".env*", "*.pem", "*.key", "id_rsa*");

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The defaults, then the lines of {@code folder}'s {@value #IGNORE_FILE} when there is one. */
    public static IgnoreRules forFolder(Path folder) throws IOException {
        List<String> lines = new ArrayList<>(DEFAULTS);
        Path file = folder.resolve(IGNORE_FILE);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return of(lines);
    }

    /** Rules from gitignore lines, in order. */
    public static IgnoreRules of(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            Rule rule = Rule.parse(line);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new IgnoreRules(rules);
    }

    /** Whether {@code relative} (slash-separated, from the folder's root) is left out. */
    public boolean leftOut(String relative, boolean folder) {
        boolean out = false;
        for (Rule rule : rules) {
            if ((!rule.foldersOnly || folder) && rule.pattern.matcher(relative).matches()) {
                out = !rule.negated;
            }
        }
        return out;
    }

    private record Rule(Pattern pattern, boolean negated, boolean foldersOnly) {
        static Rule parse(String raw) {
            String line = stripTrailingSpaces(raw);
            if (line.isEmpty() || line.startsWith("#")) {
                return null;
            }
            boolean negated = false;
            if (line.startsWith("!")) {
                negated = true;
                line = line.substring(1);
            } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
                line = line.substring(1);
            }
            boolean foldersOnly = line.endsWith("/");
            if (foldersOnly) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                return null;
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(line);
            return new Rule(Pattern.compile(regex, Pattern.DOTALL), negated, foldersOnly);
        }

        private static String stripTrailingSpaces(String line) {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
                end--;
            }
            return line.substring(0, end);
        }

        private static String globToRegex(String glob) {
            StringBuilder re = new StringBuilder();
            int i = 0;
            while (i < glob.length()) {
                char c = glob.charAt(i);
                if (c == '*' && glob.startsWith("**", i)) {
                    boolean startOfSegment = i == 0 || glob.charAt(i - 1) == '/';
                    boolean endOfSegment = i + 2 == glob.length() || glob.charAt(i + 2) == '/';
                    if (startOfSegment && endOfSegment) {
                        if (i + 2 == glob.length()) {
                            re.append(".*");
                            i += 2;
                        } else {
                            re.append("(?:.*/)?");
                            i += 3;
                        }
                        continue;
                    }
                    re.append("[^/]*");
                    i += 2;
                } else if (c == '*') {
                    re.append("[^/]*");
                    i++;
                } else if (c == '?') {
                    re.append("[^/]");
                    i++;
                } else if (c == '[') {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                        i++;
                        continue;
                    }
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close + 1;
                } else if (c == '\\' && i + 1 < glob.length()) {
                    re.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                    i += 2;
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                    i++;
                }
            }
            return re.toString();
        }
    }
}
