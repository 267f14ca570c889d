package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.alephdeploy.deploy.plan.ArtifactEncoding;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.junit.jupiter.api.Test;

/** A refusal with another way is a question; only one without is "the network would not accept this". */
class RefusalOfferTest {
    static final String PROGRAM = "p".repeat(64);
    static final LocalArtifact ZIP = new LocalArtifact("/home/me/site-v2.zip", "0".repeat(64), 10, ArtifactEncoding.ZIP, false);

    @Test
    void newCodeForAnImmutableProgramAsksToContinueWithRecreate() {
        Intent update = new Intent.UpdateCode(PROGRAM, ZIP);
        Refusal r = new Refusal(update, "The code is pinned, and the program is immutable.",
                new Intent.Recreate(PROGRAM, SettingsChange.none(), ZIP, true), "recreate instead");

        RefusalOffer offer = RefusalOffer.of(r, "static-site");

        assertThat(offer.offers()).isTrue();
        assertThat(offer.styleClass()).isEqualTo("wizard-offer");
        assertThat(offer.headline()).isEqualTo("static-site is immutable: new code means a new URL. Continue with re-create?");
        assertThat(offer.reason()).isEqualTo(r.reason());
        assertThat(offer.button()).isEqualTo("Continue with re-create");
    }

    @Test
    void settingsAndFundsGetTheirOwnQuestion() {
        Intent settings = new Intent.ChangeSettings(PROGRAM, SettingsChange.resources(2, null, null));
        assertThat(RefusalOffer.of(new Refusal(settings, "immutable", new Intent.Recreate(PROGRAM, SettingsChange.none(), null, true),
                null), "").headline()).startsWith("This program is immutable: new settings mean a new URL");
        Intent recreate = new Intent.Recreate(PROGRAM, SettingsChange.none(), null, true);
        assertThat(RefusalOffer.of(new Refusal(recreate, "funds", new Intent.Recreate(PROGRAM, SettingsChange.none(), null, true, true),
                null), "web-api").headline()).contains("funds cannot carry").contains("deleting web-api first");
    }

    @Test
    void onlyARefusalWithoutAnotherWayIsAnError() {
        Refusal r = Refusal.of(new Intent.DeleteProgram(PROGRAM, false), "Program is already deleted.");
        RefusalOffer offer = RefusalOffer.of(r, "old-api");
        assertThat(offer.offers()).isFalse();
        assertThat(offer.styleClass()).isEqualTo("wizard-refusal");
        assertThat(offer.headline()).isEqualTo("The network would not accept this change.");
        assertThat(offer.button()).isNull();
    }

    @Test
    void anyOtherAlternativeIsOfferedInItsOwnWords() {
        Intent update = new Intent.UpdateCode(PROGRAM, ZIP);
        Refusal r = new Refusal(update, "squashfs", new Intent.UpdateCode(PROGRAM, ZIP, true), "Amend the program to squashfs code");
        RefusalOffer offer = RefusalOffer.of(r, "web-api");
        assertThat(offer.offers()).isTrue();
        assertThat(offer.headline()).contains("another way: Amend the program to squashfs code");
        assertThat(offer.button()).isEqualTo("Instead: Amend the program to squashfs code");
    }
}
