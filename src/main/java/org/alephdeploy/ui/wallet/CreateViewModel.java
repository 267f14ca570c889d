package org.alephdeploy.ui.wallet;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.WalletException;

/**
 * The Create page, in three steps: name and password; the new mnemonic, shown once, until the
 * user says it is written down; three of its words typed back. Nothing is stored before the
 * words match. The password is taken from the view at the first step and wiped when the account
 * is stored or the page is left. FX thread only.
 */
public final class CreateViewModel {
    public enum Step { FORM, BACKUP, CONFIRM }

    static final int WORDS_TO_CONFIRM = 3;

    private final DialogHost host;
    private final NewAccountForm form;
    private final Random random;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.FORM);
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final BooleanProperty wroteItDown = new SimpleBooleanProperty(this, "wroteItDown");
    private final List<Integer> positions = new ArrayList<>();
    private final List<StringProperty> answers = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
    private final ReadOnlyStringWrapper confirmError = new ReadOnlyStringWrapper(this, "confirmError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding formValid;
    private final BooleanBinding answersComplete;
    private Mnemonic mnemonic;
    private char[] password;

    CreateViewModel(DialogHost host, Random random) {
        this.host = host;
        this.random = random;
        this.form = new NewAccountForm(host.accounts());
        formValid = form.validBinding().and(host.work().busyProperty().not());
        answersComplete = answers.get(0).isNotEmpty().and(answers.get(1).isNotEmpty()).and(answers.get(2).isNotEmpty())
                .and(host.work().busyProperty().not());
        answers.forEach(a -> a.addListener((obs, old, now) -> confirmError.set("")));
    }

    CreateViewModel(DialogHost host) {
        this(host, new SecureRandom());
    }

    /** Back to the first step; forgets the mnemonic and the password. */
    void reset() {
        wipe();
        form.reset(I18n.get("wallet.create.defaultName"));
        step.set(Step.FORM);
        error.set("");
        confirmError.set("");
    }

    /** First step done: keeps {@code newPassword} (wiped later) and makes the mnemonic in the background. */
    public void next(char[] newPassword) {
        wipe();
        password = newPassword;
        error.set("");
        host.work().run(Mnemonic::generate, m -> {
            mnemonic = m;
            words.setAll(m.words());
            wroteItDown.set(false);
            step.set(Step.BACKUP);
        }, e -> error.set(e.getMessage()));
    }

    /** Second step done: asks for three random words of the backup. */
    public void toConfirm() {
        if (!wroteItDown.get() || mnemonic == null) {
            return;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            all.add(i);
        }
        positions.clear();
        for (int i = 0; i < WORDS_TO_CONFIRM; i++) {
            positions.add(all.remove(random.nextInt(all.size())));
        }
        positions.sort(Integer::compare);
        answers.forEach(a -> a.set(""));
        confirmError.set("");
        step.set(Step.CONFIRM);
    }

    /** Back from the confirmation to the words. */
    public void backToWords() {
        step.set(Step.BACKUP);
    }

    /** Checks the typed words; when all match, stores the account. */
    public void confirm() {
        for (int i = 0; i < WORDS_TO_CONFIRM; i++) {
            String typed = answers.get(i).get().strip().toLowerCase(Locale.ROOT);
            int position = positions.get(i);
            if (!typed.equals(words.get(position))) {
                confirmError.set(I18n.format("wallet.create.wordMismatch", position + 1));
                return;
            }
        }
        String name = form.name();
        Mnemonic m = mnemonic;
        char[] pw = password;
        host.work().run(() -> host.wallet().create(name, m, pw), a -> {
            wipe();
            host.finish(I18n.format("wallet.create.done", a.name(), a.address()));
        }, this::failed);
    }

    private void failed(WalletException e) {
        if (e.reason() == WalletException.Reason.NAME_EXISTS || e.reason() == WalletException.Reason.INVALID_NAME) {
            form.nameRefused(e.getMessage());
            step.set(Step.FORM);
        } else {
            error.set(e.getMessage());
        }
    }

    /** Forgets the mnemonic and the password; called when the dialog closes too. */
    void wipe() {
        if (mnemonic != null) {
            mnemonic.wipe();
            mnemonic = null;
        }
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
        words.clear();
        positions.clear();
        wroteItDown.set(false);
    }

    NewAccountForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<String> words() {
        return words;
    }

    public BooleanProperty wroteItDownProperty() {
        return wroteItDown;
    }

    /** The 0-based positions of the words to type back, in order. */
    public List<Integer> positions() {
        return List.copyOf(positions);
    }

    public StringProperty answerProperty(int i) {
        return answers.get(i);
    }

    public ReadOnlyStringProperty confirmErrorProperty() {
        return confirmError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding formValidBinding() {
        return formValid;
    }

    public BooleanBinding answersCompleteBinding() {
        return answersComplete;
    }
}
