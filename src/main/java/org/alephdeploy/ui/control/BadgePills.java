package org.alephdeploy.ui.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where each badge of a {@link BadgeStrip} goes: the sizes of {@code .badge} in app.css (padding
 * 1 7 1 6, a 1 px border, radius 10, 4 px between icon and words, 11 px icons, 4 px between
 * badges), measured with the strip's font. Widths of words are remembered, since rows repeat the
 * same few. FX thread only.
 */
final class BadgePills {
    static final double PAD_LEFT = 7;
    static final double PAD_RIGHT = 8;
    static final double PAD_VERTICAL = 2;
    static final double RADIUS = 10;
    static final double ICON_GAP = 4;
    static final double ICON_SIZE = 11;
    static final double SPACING = 4;
    static final Badge.Variant BOLD = Badge.Variant.UNVERIFIED;

    private static final Text MEASURE = new Text();
    private static final int MAX_REMEMBERED = 4096;
    private static final Map<Font, Map<String, Double>> WIDTHS = new HashMap<>();
    private static Font iconFont;

    private final double[] lefts;
    private final double[] widths;
    private final double[] iconWidths;
    private final Font[] fonts;
    private final double height;
    private final double baseline;

    private BadgePills(int count, double height, double baseline) {
        this.lefts = new double[count];
        this.widths = new double[count];
        this.iconWidths = new double[count];
        this.fonts = new Font[count];
        this.height = height;
        this.baseline = baseline;
    }

    static BadgePills of(List<BadgeSpec> badges, Font font, Font bold) {
        MEASURE.setFont(font);
        MEASURE.setText("Ag");
        double line = MEASURE.getLayoutBounds().getHeight();
        double textBaseline = MEASURE.getBaselineOffset();
        double height = badges.isEmpty() ? 0 : Math.ceil(Math.max(line, ICON_SIZE) + 2 * PAD_VERTICAL);
        BadgePills pills = new BadgePills(badges.size(), height, (height - line) / 2 + textBaseline);
        double x = 0;
        for (int i = 0; i < badges.size(); i++) {
            BadgeSpec badge = badges.get(i);
            Font f = badge.variant() == BOLD ? bold : font;
            boolean icon = badge.variant().icon() != null;
            double words = badge.text().isEmpty() ? 0 : widthOf(badge.text(), f);
            pills.iconWidths[i] = icon ? widthOf(glyph(badge.variant()), loadedIconFont()) + (words > 0 ? ICON_GAP : 0) : 0;
            pills.fonts[i] = f;
            pills.lefts[i] = x;
            pills.widths[i] = Math.ceil(PAD_LEFT + pills.iconWidths[i] + words + PAD_RIGHT);
            x += pills.widths[i] + SPACING;
        }
        return pills;
    }

    /** The icon of {@code variant} as the character of the Feather font. */
    static String glyph(Badge.Variant variant) {
        Ikon icon = variant.icon();
        return new String(Character.toChars(icon.getCode()));
    }

    /** The Feather font at the badges' icon size (building one icon first makes ikonli load the font). */
    Font iconFont() {
        return loadedIconFont();
    }

    private static Font loadedIconFont() {
        if (iconFont == null) {
            new FontIcon(Feather.LOCK);
            iconFont = Font.font("FeatherIcons", ICON_SIZE);
        }
        return iconFont;
    }

    private static double widthOf(String text, Font font) {
        Map<String, Double> known = WIDTHS.computeIfAbsent(font, f -> new HashMap<>());
        Double width = known.get(text);
        if (width == null) {
            if (known.size() > MAX_REMEMBERED) {
                known.clear();
            }
            MEASURE.setFont(font);
            MEASURE.setText(text);
            width = MEASURE.getLayoutBounds().getWidth();
            known.put(text, width);
        }
        return width;
    }

    /** All the badges and the spaces between them. */
    double width() {
        return lefts.length == 0 ? 0 : lefts[lefts.length - 1] + widths[widths.length - 1];
    }

    double height() {
        return height;
    }

    double baseline() {
        return baseline;
    }

    double left(int i) {
        return lefts[i];
    }

    double width(int i) {
        return widths[i];
    }

    double iconWidth(int i) {
        return iconWidths[i];
    }

    Font fontOf(int i) {
        return fonts[i];
    }

    /** The badge at {@code x}, or -1 when none is there. */
    int indexAt(double x) {
        for (int i = 0; i < lefts.length; i++) {
            if (x >= lefts[i] && x < lefts[i] + widths[i]) {
                return i;
            }
        }
        return -1;
    }
}
