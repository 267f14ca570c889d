#!/usr/bin/env bash
# Builds the self-contained app (jlink runtime + app jars) and the native installer for the OS it
# runs on, from target/aleph-deploy.jar and target/lib/ (run `mvn package` first, or
# `mvn -Ppackage package`, which runs this script after packaging).
#
#   packaging/build.sh [app-image|deb|rpm|dmg|msi|all]      (default: all)
#
# "all" builds the app-image, then the installers this OS can make: .deb (and .rpm when rpmbuild
# is installed) on Linux, .dmg on macOS, .msi on Windows (needs WiX 3 on PATH).
# On Linux the app-image also gets an AppCDS archive of the classes the window loads until its first
# frame (needs xvfb-run; see archive_classes below); the installers go without it. Its bin/aleph-deploy
# is packaging/linux/launcher.sh, not jpackage's native launcher, and JavaFX's native libraries sit
# beside its jars (see build_image).
# Outputs go under target/dist/. Environment overrides: APP_VERSION (default: the pom's version),
# JAVA_HOME (the JDK whose jdeps/jlink/jpackage are used), EXTRA_MODULES (comma-separated JDK
# modules to add to the runtime, e.g. jdk.localedata), JPACKAGE_VERBOSE=1 (jpackage --verbose).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

WHAT=${1:-all}
case "$WHAT" in
    app-image|deb|rpm|dmg|msi|all) ;;
    *) echo "usage: packaging/build.sh [app-image|deb|rpm|dmg|msi|all]" >&2; exit 2 ;;
esac

tool() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
    elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1.exe" ]; then echo "$JAVA_HOME/bin/$1.exe"
    elif command -v "$1" >/dev/null; then command -v "$1"
    else echo "$1 not found: install a full JDK 17 or newer (it ships $1) and set JAVA_HOME" >&2; exit 1
    fi
}
JDEPS=$(tool jdeps)
JPACKAGE=$(tool jpackage)
JAR_TOOL=$(tool jar)

case "$(uname -s)" in
    Linux*) OS=linux ;;
    Darwin*) OS=mac ;;
    MINGW*|MSYS*|CYGWIN*) OS=windows ;;
    *) echo "unsupported OS: $(uname -s)" >&2; exit 1 ;;
esac

# jpackage wants a plain numeric version (1 to 3 parts on macOS/Windows): drop -SNAPSHOT and the like.
POM_VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
VERSION=${APP_VERSION:-$POM_VERSION}
VERSION=${VERSION%%-*}
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "cannot use version '$VERSION' for packages (need N.N.N)" >&2; exit 1; }

JAR=target/aleph-deploy.jar
if [ ! -f "$JAR" ] || [ ! -d target/lib ]; then
    echo "$JAR or target/lib/ is missing: run 'mvn package -DskipTests' first" >&2
    exit 1
fi

DIST=target/dist
WORK=target/jpackage
INPUT=$WORK/input
RES=$WORK/resources
rm -rf "$WORK"
mkdir -p "$INPUT" "$RES" "$DIST"

# jpackage puts every jar of --input on the class path, so the jars go in flat.
cp "$JAR" target/lib/*.jar "$INPUT/"
if [ "$OS" = linux ]; then
    cp packaging/linux/org.alephdeploy.AlephDeploy.metainfo.xml "$INPUT/"
fi

echo "== modules (jdeps)"
MODULES=$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$INPUT/*" "$INPUT/aleph-deploy.jar" | tail -n 1 | tr -d '\r')
# jdk.crypto.ec is a security provider (found through a service, so jdeps cannot see it); without it
# TLS has no ECDHE cipher suites and HTTPS to most nodes fails.
# The other providers the runtime's java.security lists (XMLDSig, SunPCSC, SunPKCS11, JdkSASL): when one
# is missing, the first listing of all providers (OkHttp makes one while the window builds its node
# clients) instantiates every provider on the class path while looking for it, i.e. BouncyCastle from
# its signed jar: the signature check and ~350 classes no class-data archive can hold, before the
# first frame (docs/benchmarks.md, "Fifth round: first frame").
PROVIDER_MODULES=java.xml.crypto,java.smartcardio,jdk.crypto.cryptoki,jdk.security.jgss
MODULES="$MODULES,jdk.crypto.ec,$PROVIDER_MODULES${EXTRA_MODULES:+,$EXTRA_MODULES}"
echo "$MODULES"

COMMON=(
    --app-version "$VERSION"
    --vendor "Aleph Deploy"
    --copyright "Aleph Deploy contributors"
    --description "Deploy and manage programs and volumes on Aleph Cloud"
)
[ "${JPACKAGE_VERBOSE:-0}" = 1 ] && COMMON+=(--verbose)

# On macOS and Windows the name is what Finder and the Start menu show; on Linux it is the
# package, directory and command name.
case "$OS" in
    linux) NAME=aleph-deploy; ICON=icons/png/aleph-deploy-256.png ;;
    mac) NAME="Aleph Deploy"; ICON=icons/aleph-deploy.icns ;;
    windows) NAME="Aleph Deploy"; ICON=icons/aleph-deploy.ico ;;
esac

IMAGE_DIR=$DIST/app-image
elapsed() { echo "   ($(( $(date +%s) - $1 )) s)"; }

build_image() {
    echo "== app-image"
    local t0; t0=$(date +%s)
    local extra=()
    case "$OS" in
        mac)
            extra=(--resource-dir packaging/macos
                   --mac-package-identifier org.alephdeploy.AlephDeploy
                   --mac-package-name "Aleph Deploy"
                   --mac-app-category public.app-category.developer-tools) ;;
        windows)
            # a console launcher for the command line next to the GUI one
            extra=(--add-launcher "aleph-deploy=packaging/windows/aleph-deploy-cli.properties") ;;
    esac
    rm -rf "$IMAGE_DIR"
    # -XX:TieredStopAtLevel=1 (C1 only): the optimizing compiler's work while the window starts cost
    # ~40 % of the CPU to its first frame (5.0-5.6 s -> 3.1 s, jar with its archive, same load); it
    # costs long runs instead (signature checks ~1.8x the CPU), see docs/benchmarks.md
    "$JPACKAGE" --type app-image --name "$NAME" "${COMMON[@]}" \
        --input "$INPUT" --main-jar aleph-deploy.jar --main-class org.alephdeploy.app.Launcher \
        --add-modules "$MODULES" \
        --jlink-options "$JLINK_OPTIONS" \
        --java-options -Xmx1g \
        --java-options -XX:TieredStopAtLevel=1 \
        --java-options -XX:+UseSerialGC \
        --java-options -Xms512m \
        --java-options -Xmn64m \
        --java-options -XX:MetaspaceSize=64m \
        --icon "$ICON" \
        --dest "$IMAGE_DIR" \
        ${extra[@]+"${extra[@]}"}  # (empty-array form that bash 3.2 on macOS accepts under set -u)
    if [ "$OS" = linux ]; then
        # a script that starts the JVM from the same .cfg: jpackage's native launcher asks rpm and dpkg
        # which package owns it before every start (see the script)
        install -m 755 packaging/linux/launcher.sh "$IMAGE_DIR/$NAME/bin/$NAME"
        javafx_natives_beside_jars "$IMAGE_DIR/$NAME/lib/app"
    fi
    elapsed "$t0"
    archive_classes
}

# JavaFX on the class path loads its native libraries from the folder of its jars when they are there;
# otherwise it copies them out of javafx-graphics-*-linux.jar into ~/.openjfx/cache at the first start
# and, at every start, reads each cached copy back to compare it with the jar's before loading it
# (docs/benchmarks.md, "Sixth round: first frame").
javafx_natives_beside_jars() {
    local dir=$1 jar libs
    # linux or linux-aarch64
    jar=$(ls "$dir"/javafx-graphics-*-linux*.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || { echo "   no javafx-graphics-*-linux*.jar: JavaFX will unpack its native libraries at first start"; return 0; }
    libs=$("$JAR_TOOL" tf "$jar" | grep '^lib[^/]*\.so$')
    (cd "$dir" && "$JAR_TOOL" xf "$(basename "$jar")" $libs)
}

# Class-data sharing: the runtime gets the JDK's base archive (jlink --generate-cds-archive, which
# needs the runtime's bin/java, so native commands stay), and the app's classes go into
# lib/app/$CDS_ARCHIVE: the launcher starts the window once under a virtual display, the window quits
# after its first frame (ALEPH_FIRST_FRAME_MARKER=exit) and the JVM archives what it loaded
# (-XX:ArchiveClassesAtExit). The launcher's -XX:SharedArchiveFile (added to its .cfg once the file
# exists) makes later starts map those classes instead of loading them; without xvfb-run there is no
# archive and the app starts as before.
JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --generate-cds-archive"
CDS_ARCHIVE=aleph-deploy.jsa

# Java 17 checks the archived class path to the letter, so the app's archive only serves the image
# where it was trained: installers put the app elsewhere (/opt/aleph-deploy), so they go without it
# (the runtime's JDK archive stays).
# The installers are made from a copy, so the app-image keeps its archive for whoever runs it next.
INSTALLER_IMAGE=
installer_image() {
    if [ -z "$INSTALLER_IMAGE" ]; then
        INSTALLER_IMAGE=$(mktemp -d)/$NAME
        cp -a "$IMAGE_DIR/$NAME" "$INSTALLER_IMAGE"
        trap 'rm -rf "${INSTALLER_IMAGE%/*}"' EXIT
        local app_dir="$INSTALLER_IMAGE/lib/app"
        rm -f "$app_dir/$CDS_ARCHIVE"
        sed -i -e '/^java-options=-XX:SharedArchiveFile=/d' -e '/^java-options=-Xlog:cds=off/d' "$app_dir/$NAME.cfg"
    fi
}

archive_classes() {
    [ "$OS" = linux ] || { echo "   (AppCDS archive: only built on Linux)"; return 0; }
    if ! command -v xvfb-run >/dev/null; then
        echo "   xvfb-run not found: the app-image has no AppCDS archive and starts slower (apt-get install xvfb)"
        return 0
    fi
    local t0; t0=$(date +%s)
    local app_dir="$IMAGE_DIR/$NAME/lib/app" scratch
    # the JDK's archive for heaps over 32 GiB; the launcher's -Xmx1g never uses it
    rm -f "$IMAGE_DIR/$NAME/lib/runtime/lib/server/classes_nocoops.jsa"
    scratch=$(mktemp -d)
    rm -f "$app_dir/$CDS_ARCHIVE"
    # JAVA_TOOL_OPTIONS reaches the JVM inside the launcher; the archive path must be absolute
    env HOME="$scratch" XDG_CONFIG_HOME="$scratch/c" XDG_DATA_HOME="$scratch/d" XDG_CACHE_HOME="$scratch/k" \
        XDG_STATE_HOME="$scratch/s" ALEPH_FIRST_FRAME_MARKER=exit \
        JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$(cd "$app_dir" && pwd)/$CDS_ARCHIVE" \
        timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$IMAGE_DIR/$NAME/bin/$NAME" > "$scratch/run.log" 2>&1 || true
    if [ -s "$app_dir/$CDS_ARCHIVE" ] && grep -q '^aleph-first-frame' "$scratch/run.log"; then
        # only now: a SharedArchiveFile that does not exist would switch off the JDK's base archive too
        # and quiet: once the image moves (an installed .deb) the archive no longer matches the jars'
        # paths, and the JVM would print a warning on standard output before every command
        sed -i -e "/^\[JavaOptions\]/a java-options=-Xlog:cds=off,cds+dynamic=off" \
            -e "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=\$APPDIR/$CDS_ARCHIVE" "$app_dir/$NAME.cfg"
        echo "   AppCDS archive: $app_dir/$CDS_ARCHIVE ($(du -h "$app_dir/$CDS_ARCHIVE" | cut -f1))$(elapsed "$t0")"
    else
        tail -n 20 "$scratch/run.log"
        echo "   the training run did not reach the first frame: no AppCDS archive (output above)"
        rm -f "$app_dir/$CDS_ARCHIVE"
    fi
    rm -rf "$scratch"
}

linux_resources() {
    cp packaging/linux/control packaging/linux/postinst packaging/linux/prerm \
       packaging/linux/aleph-deploy.desktop "$RES/"
}

build_deb() {
    echo "== deb"
    local t0; t0=$(date +%s)
    linux_resources
    rm -f "$DIST"/aleph-deploy_*.deb
    installer_image
    "$JPACKAGE" --type deb --name "$NAME" "${COMMON[@]}" --app-image "$INSTALLER_IMAGE" \
        --resource-dir "$RES" --icon "$ICON" \
        --linux-package-name aleph-deploy --linux-app-release 1 \
        --linux-shortcut --linux-menu-group "Development" --linux-app-category devel \
        --dest "$DIST"
    elapsed "$t0"
}

build_rpm() {
    echo "== rpm"
    if ! command -v rpmbuild >/dev/null; then
        echo "rpmbuild not found: skipping the .rpm (Debian/Ubuntu: apt-get install rpm)"
        return 0
    fi
    local t0; t0=$(date +%s)
    linux_resources
    rm -f "$DIST"/aleph-deploy-*.rpm
    installer_image
    # Fedora/RHEL names; jpackage derives the rest from the runtime's native libraries.
    "$JPACKAGE" --type rpm --name "$NAME" "${COMMON[@]}" --app-image "$INSTALLER_IMAGE" \
        --resource-dir "$RES" --icon "$ICON" \
        --linux-package-name aleph-deploy --linux-app-release 1 \
        --linux-shortcut --linux-menu-group "Development" --linux-app-category Development \
        --linux-rpm-license-type "Proprietary" \
        --linux-package-deps "gtk3, mesa-libGL" \
        --dest "$DIST"
    elapsed "$t0"
}

build_dmg() {
    echo "== dmg"
    local t0; t0=$(date +%s)
    "$JPACKAGE" --type dmg --name "$NAME" "${COMMON[@]}" --app-image "$IMAGE_DIR/$NAME.app" \
        --resource-dir packaging/macos --icon "$ICON" \
        --mac-package-identifier org.alephdeploy.AlephDeploy --mac-package-name "Aleph Deploy" \
        --dest "$DIST"
    elapsed "$t0"
}

build_msi() {
    echo "== msi"
    local t0; t0=$(date +%s)
    "$JPACKAGE" @packaging/windows/jpackage-msi.args --type msi --name "$NAME" "${COMMON[@]}" \
        --app-image "$IMAGE_DIR/$NAME" --resource-dir packaging/windows --icon "$ICON" \
        --dest "$DIST"
    elapsed "$t0"
}

need_os() {
    [ "$OS" = "$1" ] || { echo "$2 can only be built on $1 (this is $OS): jpackage makes installers for the OS it runs on" >&2; exit 1; }
}

case "$WHAT" in
    app-image) build_image ;;
    deb) need_os linux .deb; build_image; build_deb ;;
    rpm) need_os linux .rpm; build_image; build_rpm ;;
    dmg) need_os mac .dmg; build_image; build_dmg ;;
    msi) need_os windows .msi; build_image; build_msi ;;
    all)
        build_image
        case "$OS" in
            linux) build_deb; build_rpm ;;
            mac) build_dmg ;;
            windows) build_msi ;;
        esac ;;
esac

echo "== done: $DIST"
ls -l "$DIST"
du -sh "$IMAGE_DIR"/*
