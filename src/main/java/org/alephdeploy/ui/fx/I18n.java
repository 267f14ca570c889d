package org.alephdeploy.ui.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-facing text, from {@code i18n/messages}. Keys read {@code feature.screen.element}.
 * Java code names keys only through {@link #get}, {@link #format} or {@link #key}, so that the
 * key check test can find every key in use.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";

    /** The bundle of the last locale asked for: table cells ask thousands of times per load. */
    private static volatile Loaded loaded;

    private record Loaded(Locale locale, ResourceBundle bundle, Map<String, MessageFormat> formats) {
    }

    private I18n() {
    }

    public static ResourceBundle bundle() {
        return current().bundle();
    }

    private static Loaded current() {
        Locale locale = Locale.getDefault();
        Loaded now = loaded;
        if (now == null || !now.locale().equals(locale)) {
            now = new Loaded(locale, ResourceBundle.getBundle(BUNDLE, locale), new ConcurrentHashMap<>());
            loaded = now;
        }
        return now;
    }

    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        Loaded now = current();
        MessageFormat format = now.formats().computeIfAbsent(key, k -> new MessageFormat(get(k), now.locale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Marks a literal as a message key that is looked up later (in an enum, say). */
    public static String key(String key) {
        return key;
    }
}
