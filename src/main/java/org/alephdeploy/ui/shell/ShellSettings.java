package org.alephdeploy.ui.shell;

import org.alephdeploy.settings.Settings;
import org.alephdeploy.ui.fx.UiSettings;

/** Keeps the chosen network in the settings and restores it at start. FX thread only. */
public final class ShellSettings {
    private ShellSettings() {
    }

    public static void bind(ShellViewModel shell, UiSettings settings) {
        shell.restore(remembered(settings));
        shell.networkProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            settings.networkProperty().set(switch (now.kind()) {
                case MAINNET -> Settings.Network.MAINNET;
                case CUSTOM -> Settings.Network.CUSTOM;
                case SANDBOX -> Settings.Network.SANDBOX;
            });
            if (now.kind() == Network.Kind.CUSTOM) {
                settings.customNodeUrlProperty().set(now.url());
            }
        });
    }

    private static Network remembered(UiSettings settings) {
        Settings.Network kind = settings.networkProperty().get();
        String url = settings.customNodeUrlProperty().get();
        if (kind == Settings.Network.SANDBOX) {
            return Network.sandbox();
        }
        if (kind == Settings.Network.CUSTOM && url != null && !url.isBlank()) {
            return Network.custom(url);
        }
        return Network.mainnet();
    }
}
