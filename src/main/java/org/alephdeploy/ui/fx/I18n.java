package org.alephdeploy.ui.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing text, from {@code i18n/messages}. Keys read {@code feature.screen.element}.
 * Java code names keys only through {@link #get}, {@link #format} or {@link #key}, so that the
 * key check test can find every key in use.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";

    private I18n() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    /** Marks a literal as a message key that is looked up later (in an enum, say). */
    public static String key(String key) {
        return key;
    }
}
