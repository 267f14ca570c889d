package org.alephdeploy.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.service.wallet.AlephKeyPreview;
import org.alephdeploy.ui.LoopbackNodes;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ScriptedDialogs;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wallet dialog and the account chip, driven through the window (tasks run at once, light scrypt). */
@ExtendWith(ApplicationExtension.class)
class WalletDialogTest {
    static final String TEST_WORDS = "test test test test test test test test test test test junk";
    static final String ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String ADDRESS_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final String KEY_1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path shared;
    private static SandboxNode mainnet;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path root;
    private AppContext context;

    @BeforeAll
    static void startMainnetStandIn() throws IOException {
        mainnet = LoopbackNodes.start(shared.resolve("mainnet"));
    }

    @AfterAll
    static void stopMainnetStandIn() {
        mainnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        root = Files.createDirectories(shared.resolve("app-" + System.nanoTime()));
        context = AppContext.builder().tasks(SyncFxTasks::new).dialogs(dialogs).dirs(AppDirs.under(root))
                .home(root.resolve("home")).mainnetNodes(List.of(mainnet.url())).scrypt(ScryptParams.LIGHT).build();
        context.theme().start();
        context.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> context.close());
    }

    private void open(FxRobot robot, WalletPage page) {
        robot.interact(() -> {
            context.walletDialog().open(page);
            context.windows().openWallet();
        });
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static String label(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private WalletStore store() {
        return context.wallet().store();
    }

    @Test
    void aPrivateKeyImportedThroughTheDialogShowsInTheAccountChip(FxRobot robot) {
        robot.clickOn("#accountChip");
        robot.clickOn(I18n.get("shell.account.openWallet"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.walletDialog().pageProperty().get()).as("an empty wallet opens on Create").isEqualTo(WalletPage.CREATE);
        robot.interact(() -> robot.lookup("#pageList").queryListView().getSelectionModel().select(WalletPage.PRIVATE_KEY));

        type(robot, "#privateKeyField", "0x12zz");
        assertThat(label(robot, "#privateKeyError")).isEqualTo(I18n.format("wallet.privateKey.notHex", 3));
        type(robot, "#privateKeyField", "0x" + KEY_1.substring(2));
        assertThat(label(robot, "#privateKeyError")).isEqualTo(I18n.format("wallet.privateKey.length", 62));
        type(robot, "#privateKeyField", "0x" + KEY_1);
        type(robot, "#keyNameField", "hardhat one");
        type(robot, "#keyPasswordField", "short");
        assertThat(label(robot, "#keyPasswordError")).isEqualTo(I18n.format("wallet.password.tooShort", 8, 5));
        type(robot, "#keyPasswordField", PASSWORD);
        type(robot, "#keyRepeatField", PASSWORD + "!");
        assertThat(label(robot, "#keyRepeatError")).isEqualTo(I18n.get("wallet.password.mismatch"));
        assertThat(button(robot, "#importKeyButton").isDisabled()).isTrue();
        type(robot, "#keyRepeatField", PASSWORD);
        assertThat(button(robot, "#importKeyButton").isDisabled()).isFalse();

        robot.clickOn("#importKeyButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store().accounts()).extracting(Account::address).containsExactly(ADDRESS_1);
        assertThat(label(robot, ".account-name")).isEqualTo("hardhat one");
        assertThat(label(robot, ".account-address")).isEqualTo(ShortHash.address(ADDRESS_1));
        assertThat(robot.lookup("#privateKeyField").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(context.shell().canSignProperty().get()).isTrue();
        assertThat(context.shell().account().unlockedProperty().get()).isFalse();
        assertThat(context.settings().lastAccountProperty().get()).isEqualTo("hardhat one");
    }

    @Test
    void theMnemonicIndexChooserListsTheMetaMaskAddresses(FxRobot robot) {
        open(robot, WalletPage.MNEMONIC);

        type(robot, "#wordsArea", "test test tset");
        assertThat(label(robot, "#wordsError")).contains("Word 3").doesNotContain("tset");
        type(robot, "#wordsArea", TEST_WORDS);

        ListView<MnemonicViewModel.IndexedAddress> list = robot.lookup("#indexList").queryListView();
        assertThat(list.getItems()).hasSize(10);
        assertThat(list.getItems().get(0).address()).isEqualTo(ADDRESS_0);
        assertThat(list.getItems().get(1).address()).isEqualTo(ADDRESS_1);
        assertThat(label(robot, "#wordsError")).isEmpty();

        robot.interact(() -> list.getSelectionModel().select(1));
        type(robot, "#mnemonicNameField", "second of test");
        type(robot, "#mnemonicPasswordField", PASSWORD);
        type(robot, "#mnemonicRepeatField", PASSWORD);
        assertThat(button(robot, "#importMnemonicButton").isDisabled()).isFalse();
        robot.clickOn("#importMnemonicButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store().account("second of test").address()).isEqualTo(ADDRESS_1);
        assertThat(store().account("second of test").derivationPath()).isEqualTo("m/44'/60'/0'/0/1");
    }

    @Test
    void createStoresNothingUntilTheBackupWordsMatch(FxRobot robot) {
        open(robot, WalletPage.CREATE);
        CreateViewModel create = context.walletDialog().create();
        type(robot, "#createNameField", "fresh");
        type(robot, "#createPasswordField", PASSWORD);
        type(robot, "#createRepeatField", PASSWORD);
        assertThat(label(robot, "#createStrengthLabel")).isEqualTo(I18n.get("wallet.strength.strong"));
        robot.clickOn("#createNextButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".mnemonic-word").queryAll()).hasSize(12);
        assertThat(button(robot, "#createToConfirmButton").isDisabled()).isTrue();
        robot.clickOn("#wroteItDownCheck");
        assertThat(robot.lookup("#wroteItDownCheck").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#createToConfirmButton");
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> positions = create.positions();
        List<String> words = List.copyOf(create.words());
        assertThat(positions).hasSize(3).isSorted().doesNotHaveDuplicates();
        type(robot, "#confirmWord0", words.get(positions.get(0)));
        type(robot, "#confirmWord1", "zzzz");
        type(robot, "#confirmWord2", words.get(positions.get(2)));
        robot.clickOn("#createConfirmButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#confirmError")).isEqualTo(I18n.format("wallet.create.wordMismatch", positions.get(1) + 1));
        assertThat(store().accounts()).as("nothing stored before the words match").isEmpty();

        type(robot, "#confirmWord1", " " + words.get(positions.get(1)).toUpperCase() + " ");
        assertThat(label(robot, "#confirmError")).isEmpty();
        robot.clickOn("#createConfirmButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store().accounts()).extracting(Account::name).containsExactly("fresh");
        assertThat(store().account("fresh").origin()).isEqualTo(Account.Origin.CREATED);
        assertThat(create.words()).as("the words are forgotten once stored").isEmpty();
        assertThat(label(robot, ".account-name")).isEqualTo("fresh");
    }

    @Test
    void aWrongPasswordIsShownInlineAndTheRightOneUnlocks(FxRobot robot) {
        robot.interact(() -> context.wallet().importPrivateKey("mine", KEY_1.toCharArray(), PASSWORD.toCharArray()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lockButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.walletDialog().pageProperty().get()).isEqualTo(WalletPage.UNLOCK);

        type(robot, "#unlockPasswordField", "not the password");
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#unlockPasswordError")).containsIgnoringCase("password");
        assertThat(context.shell().account().unlockedProperty().get()).isFalse();
        assertThat(robot.lookup("#unlockPasswordField").queryAs(TextInputControl.class).getText()).as("wiped").isEmpty();

        type(robot, "#unlockPasswordField", PASSWORD);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.shell().account().unlockedProperty().get()).isTrue();
        assertThat(context.wallet().signer().orElseThrow().isUnlocked()).isTrue();
        robot.clickOn("#lockButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.wallet().signer().orElseThrow().isUnlocked()).isFalse();
    }

    @Test
    void aWatchOnlyAddressWithABadChecksumIsRefusedInline(FxRobot robot) {
        open(robot, WalletPage.WATCH);
        String badChecksum = "0x70997970c51812dc3A010C7d01b50e0d17dc79C8";

        type(robot, "#watchAddressField", "0x7099");
        assertThat(label(robot, "#watchAddressError")).isEqualTo(I18n.format("wallet.watch.shape", 6));
        type(robot, "#watchAddressField", badChecksum);
        assertThat(label(robot, "#watchAddressError")).isEqualTo(I18n.get("wallet.watch.checksum"));
        assertThat(button(robot, "#watchButton").isDisabled()).isTrue();

        type(robot, "#watchAddressField", ADDRESS_1.toLowerCase());
        assertThat(label(robot, "#watchAddressError")).isEmpty();
        type(robot, "#watchNameField", "partner");
        robot.clickOn("#watchButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store().account("partner").address()).isEqualTo(ADDRESS_1);
        Node badge = robot.lookup(".account-chip .badge").query();
        assertThat(badge.isVisible()).isTrue();
        assertThat(context.shell().canSignProperty().get()).isFalse();
        assertThat(button(robot, "#lockButton").isDisabled()).isTrue();
    }

    @Test
    void theAlephCliKeyIsOfferedWithItsAddressFirst(FxRobot robot) throws IOException {
        Path keys = Files.createDirectories(root.resolve("home/.aleph-im/private-keys"));
        Files.write(keys.resolve("ethereum.key"), HexFormat.of().parseHex(KEY_1));

        open(robot, null);

        assertThat(context.walletDialog().pageProperty().get()).isEqualTo(WalletPage.ALEPH_KEY);
        ListView<AlephKeyPreview.Found> list = robot.lookup("#alephKeyList").queryListView();
        assertThat(list.getItems()).extracting(AlephKeyPreview.Found::address).containsExactly(ADDRESS_1);
        type(robot, "#alephPasswordField", PASSWORD);
        type(robot, "#alephRepeatField", PASSWORD);
        robot.clickOn("#importAlephButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store().account(I18n.get("wallet.alephKey.defaultName")).origin()).isEqualTo(Account.Origin.ALEPH_KEY);
        assertThat(label(robot, ".account-address")).isEqualTo(ShortHash.address(ADDRESS_1));
    }

    @Test
    void aKeystoreDroppedOnTheDialogIsImportedWithItsPassword(FxRobot robot) throws IOException {
        WalletStore elsewhere = new WalletStore(root.resolve("elsewhere"), ScryptParams.LIGHT);
        elsewhere.importPrivateKey("x", KEY_1.toCharArray(), PASSWORD.toCharArray());
        Path keystore = root.resolve("exported.json");
        elsewhere.exportKeystore("x", keystore);
        open(robot, WalletPage.UNLOCK);

        robot.interact(() -> FileDropTarget.of(robot.lookup(".wallet-pages").query()).drop(List.of(keystore)));

        assertThat(context.walletDialog().pageProperty().get()).isEqualTo(WalletPage.KEYSTORE);
        assertThat(label(robot, "#keystoreFileLabel")).contains(ADDRESS_1.substring(2).toLowerCase());
        type(robot, "#keystorePasswordField", "wrong password");
        robot.clickOn("#importKeystoreButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#keystorePasswordError")).containsIgnoringCase("password");

        type(robot, "#keystorePasswordField", PASSWORD);
        robot.clickOn("#importKeystoreButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().accounts()).extracting(Account::address).containsExactly(ADDRESS_1);
    }

    @Test
    void accountsAreRenamedAndRemovedAfterConfirmation(FxRobot robot) {
        robot.interact(() -> context.wallet().watch("first", ADDRESS_0));
        open(robot, WalletPage.ACCOUNTS);
        ListView<Account> list = robot.lookup("#accountsList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));

        dialogs.answer("renamed");
        robot.clickOn("#renameButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().accounts()).extracting(Account::name).containsExactly("renamed");
        assertThat(label(robot, ".account-name")).isEqualTo("renamed");

        robot.interact(() -> list.getSelectionModel().select(0));
        dialogs.answer(false);
        robot.clickOn("#removeButton");
        assertThat(store().accounts()).hasSize(1);
        dialogs.answer(true);
        robot.clickOn("#removeButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store().accounts()).isEmpty();
        assertThat(dialogs.asked()).filteredOn(q -> q.startsWith("confirm")).hasSize(2);
        assertThat(context.wallet().selected()).isEmpty();
    }
}
