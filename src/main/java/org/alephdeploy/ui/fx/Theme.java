package org.alephdeploy.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The two looks the app offers: AtlantaFX Primer light and dark, as the binary stylesheets AtlantaFX
 * ships next to the CSS (the same rules, already parsed: reading 170 KB of CSS was a visible part
 * of the window's start).
 */
public enum Theme {
    LIGHT(I18n.key("fx.theme.light")) {
        @Override
        public String userAgentStylesheet() {
            return new PrimerLight().getUserAgentStylesheetBSS();
        }
    },
    DARK(I18n.key("fx.theme.dark")) {
        @Override
        public String userAgentStylesheet() {
            return new PrimerDark().getUserAgentStylesheetBSS();
        }
    };

    private final String labelKey;

    Theme(String labelKey) {
        this.labelKey = labelKey;
    }

    public abstract String userAgentStylesheet();

    public String label() {
        return I18n.get(labelKey);
    }
}
