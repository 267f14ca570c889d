package org.alephdeploy.ui.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A row of badges drawn on one canvas: the looks of {@link Badge} (rounded pill, icon, words)
 * without a styled node per badge. A table cell with up to six {@code Label} badges, each with
 * its icon and text node, made JavaFX's first CSS pass over a screenful of new rows the FX
 * thread's longest stall while a big inventory arrived; this is two nodes per cell. Colours are
 * the theme's, through one CSS property per variant and part ({@code -badge-success-text}, … in
 * app.css's {@code .badge-strip}); the font is the cell's at {@code .badge-strip}'s size. The
 * accessible text holds every badge's words; {@link #tipAt(double)} names the badge under the
 * pointer, for the cell's tooltip. FX thread only.
 */
public final class BadgeStrip extends Region {
    /** The parts of a badge that take a colour from the stylesheet. */
    enum Part { BG, BORDER, TEXT, ICON }

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;
    private static Font boldOf;
    private static Font bold;
    private static final Map<Badge.Variant, Map<Part, CssMetaData<BadgeStrip, Paint>>> COLOUR_META =
            new EnumMap<>(Badge.Variant.class);
    private static final CssMetaData<BadgeStrip, Font> FONT_META = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(BadgeStrip strip) {
            return !strip.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(BadgeStrip strip) {
            return strip.font;
        }
    };

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(FONT_META);
        for (Badge.Variant variant : Badge.Variant.values()) {
            Map<Part, CssMetaData<BadgeStrip, Paint>> parts = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                CssMetaData<BadgeStrip, Paint> meta = colourMeta(variant, part);
                parts.put(part, meta);
                all.add(meta);
            }
            COLOUR_META.put(variant, parts);
        }
        CSS = Collections.unmodifiableList(all);
    }

    private final Canvas canvas = new Canvas();
    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(FONT_META, this, "font", Font.getDefault()) {
                @Override
                protected void invalidated() {
                    changed();
                }
            };
    private final Map<Badge.Variant, Map<Part, StyleableObjectProperty<Paint>>> colours = new EnumMap<>(Badge.Variant.class);
    private List<BadgeSpec> badges = List.of();
    private BadgePills pills;
    private boolean dirty = true;

    public BadgeStrip() {
        getStyleClass().add("badge-strip");
        canvas.setManaged(false);
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.TEXT);
        setMinWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        for (Badge.Variant variant : Badge.Variant.values()) {
            Map<Part, StyleableObjectProperty<Paint>> parts = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                parts.put(part, new SimpleStyleableObjectProperty<>(COLOUR_META.get(variant).get(part), this,
                        variant.name() + part, Color.TRANSPARENT) {
                    @Override
                    protected void invalidated() {
                        changed();
                    }
                });
            }
            colours.put(variant, parts);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    /** Shows {@code value}; nothing is redrawn when it equals what is shown. */
    public void setBadges(List<BadgeSpec> value) {
        if (value.equals(badges)) {
            return;
        }
        badges = List.copyOf(value);
        setAccessibleText(badges.stream().map(b -> b.text().isEmpty() ? b.tip() : b.text())
                .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(", ")));
        changed();
    }

    /** The badges shown, in order. */
    public List<BadgeSpec> getBadges() {
        return badges;
    }

    /** The explanation of the badge at {@code x} (this strip's coordinates), or null between and after them. */
    public String tipAt(double x) {
        int at = pills().indexAt(x - snappedLeftInset());
        return at < 0 ? null : badges.get(at).tip();
    }

    private void changed() {
        pills = null;
        dirty = true;
        requestLayout();
    }

    private BadgePills pills() {
        if (pills == null) {
            pills = BadgePills.of(badges, font.get(), boldFont());
        }
        return pills;
    }

    /** The bold of the strip's font; looking a font up is slow, so the last one is kept. */
    private Font boldFont() {
        Font base = font.get();
        if (base != boldOf) {
            bold = Font.font(base.getFamily(), FontWeight.BOLD, base.getSize());
            boldOf = base;
        }
        return bold;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + pills().width() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + pills().height() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        BadgePills now = pills();
        canvas.relocate(snappedLeftInset(), snappedTopInset() + Math.max(0, (getHeight() - snappedTopInset()
                - snappedBottomInset() - now.height()) / 2));
        if (!dirty) {
            return;
        }
        dirty = false;
        canvas.setWidth(Math.ceil(now.width()));
        canvas.setHeight(Math.ceil(now.height()));
        paint(now);
    }

    private void paint(BadgePills now) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setLineWidth(1);
        double h = now.height();
        double arc = Math.min(2 * BadgePills.RADIUS, h);
        for (int i = 0; i < badges.size(); i++) {
            BadgeSpec badge = badges.get(i);
            Map<Part, StyleableObjectProperty<Paint>> look = colours.get(badge.variant());
            double x = now.left(i);
            double w = now.width(i);
            g.setFill(look.get(Part.BG).get());
            g.fillRoundRect(x, 0, w, h, arc, arc);
            g.setStroke(look.get(Part.BORDER).get());
            g.strokeRoundRect(x + 0.5, 0.5, w - 1, h - 1, arc - 1, arc - 1);
            double at = x + BadgePills.PAD_LEFT;
            if (badge.variant().icon() != null) {
                g.setFont(now.iconFont());
                g.setFill(look.get(Part.ICON).get());
                g.setTextBaseline(VPos.CENTER);
                g.fillText(BadgePills.glyph(badge.variant()), at, h / 2);
                at += now.iconWidth(i);
            }
            if (!badge.text().isEmpty()) {
                g.setFont(now.fontOf(i));
                g.setFill(look.get(Part.TEXT).get());
                g.setTextBaseline(VPos.BASELINE);
                g.fillText(badge.text(), at, now.baseline());
            }
        }
    }

    private static CssMetaData<BadgeStrip, Paint> colourMeta(Badge.Variant variant, Part part) {
        String name = "-badge-" + variant.name().toLowerCase(Locale.ROOT) + "-"
                + part.name().toLowerCase(Locale.ROOT);
        return new CssMetaData<>(name, PaintConverter.getInstance(), Color.TRANSPARENT) {
            @Override
            public boolean isSettable(BadgeStrip strip) {
                return true;
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(BadgeStrip strip) {
                return strip.colours.get(variant).get(part);
            }
        };
    }
}
