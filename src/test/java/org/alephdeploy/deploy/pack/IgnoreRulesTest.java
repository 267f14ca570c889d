package org.alephdeploy.deploy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreRulesTest {
    @TempDir
    Path temp;

    @Test
    void defaultsLeaveOutVersionControlCachesAndSecrets() {
        IgnoreRules rules = IgnoreRules.of(IgnoreRules.DEFAULTS);
        assertThat(rules.leftOut(".git", true)).isTrue();
        assertThat(rules.leftOut("lib/__pycache__", true)).isTrue();
        assertThat(rules.leftOut("lib/mod.pyc", false)).isTrue();
        assertThat(rules.leftOut("static/.DS_Store", false)).isTrue();
        assertThat(rules.leftOut(".env", false)).isTrue();
        assertThat(rules.leftOut("config/.env.production", false)).isTrue();
        assertThat(rules.leftOut("certs/server.pem", false)).isTrue();
        assertThat(rules.leftOut("tls.key", false)).isTrue();
        assertThat(rules.leftOut("home/id_rsa.pub", false)).isTrue();

        assertThat(rules.leftOut("main.py", false)).isFalse();
        assertThat(rules.leftOut(".git", false)).as(".git/ is for folders only").isFalse();
        assertThat(rules.leftOut("environment.py", false)).isFalse();
        assertThat(rules.leftOut("keys.py", false)).isFalse();
    }

    @Test
    void gitignoreSyntaxAnchorsNegatesAndMatchesAnyDepth() {
        IgnoreRules rules = IgnoreRules.of(List.of(
                "# a comment", "", "/build", "docs/*.md", "!docs/keep.md", "**/tmp/**", "logs/", "data/**/cache",
                "file?.txt", "[abc].bin", "\\!bang"));
        assertThat(rules.leftOut("build", true)).isTrue();
        assertThat(rules.leftOut("src/build", true)).as("anchored at the root").isFalse();
        assertThat(rules.leftOut("docs/a.md", false)).isTrue();
        assertThat(rules.leftOut("docs/keep.md", false)).isFalse();
        assertThat(rules.leftOut("docs/sub/a.md", false)).as("* stops at /").isFalse();
        assertThat(rules.leftOut("x/y/tmp/z", false)).isTrue();
        assertThat(rules.leftOut("logs", true)).isTrue();
        assertThat(rules.leftOut("a/logs", true)).isTrue();
        assertThat(rules.leftOut("logs", false)).isFalse();
        assertThat(rules.leftOut("data/cache", false)).isTrue();
        assertThat(rules.leftOut("data/a/b/cache", false)).isTrue();
        assertThat(rules.leftOut("file1.txt", false)).isTrue();
        assertThat(rules.leftOut("file10.txt", false)).isFalse();
        assertThat(rules.leftOut("b.bin", false)).isTrue();
        assertThat(rules.leftOut("d.bin", false)).isFalse();
        assertThat(rules.leftOut("!bang", false)).isTrue();
    }

    @Test
    void alephignoreAdjustsTheDefaultsAndTheTreeReportsWhatWasLeftOut() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("app"));
        Files.writeString(folder.resolve(IgnoreRules.IGNORE_FILE), "!.env.example\nbig/\n*.log\n");
        Files.writeString(folder.resolve(".env"), "TOKEN=secret\n");
        Files.writeString(folder.resolve(".env.example"), "TOKEN=\n");
        Files.writeString(folder.resolve("main.py"), "app = None\n");
        Files.writeString(folder.resolve("run.log"), "log\n");
        Files.createDirectories(folder.resolve("big/inner"));
        Files.writeString(folder.resolve("big/inner/blob"), "x");
        Files.createDirectories(folder.resolve(".git/objects"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref\n");
        Files.createDirectories(folder.resolve("pkg/__pycache__"));
        Files.writeString(folder.resolve("pkg/__pycache__/m.cpython-311.pyc"), "x");
        Files.writeString(folder.resolve("pkg/m.py"), "x = 1\n");

        FolderTree tree = FolderTree.scan(folder);

        assertThat(tree.leftOut()).containsExactly(".env", ".git/", "big/", "pkg/__pycache__/", "run.log");
        assertThat(tree.top().children()).extracting(FolderTree.Node::path)
                .containsExactly(".alephignore", ".env.example", "main.py", "pkg");
    }
}
