#!/usr/bin/env bash
# The app-image's launcher on Linux, in place of jpackage's native one (packaging/build.sh copies it
# over bin/<name>). jpackage's launcher asks the package manager which package owns it before it
# starts the JVM: `rpm -qf` and `dpkg -S`, twice (its C and C++ parts), and `dpkg -L` when installed.
# `dpkg -S` reads every installed package's file list: 0.2-0.5 s each on a desktop system, at every
# start (docs/benchmarks.md, "Sixth round: first frame"). This script starts the same JVM with the
# same options from the same lib/app/<name>.cfg: its class path and main class ([Application]) and
# its java-options ([JavaOptions]), with $APPDIR, $BINDIR and $ROOTDIR expanded as jpackage does,
# plus the system properties and library path the native launcher adds. exec keeps one process.
set -u
self=$(readlink -f "${BASH_SOURCE[0]}")
bin_dir=${self%/*}
root_dir=${bin_dir%/*}
app_dir=$root_dir/lib/app
name=${self##*/}
cfg=$app_dir/$name.cfg
[ -r "$cfg" ] || { echo "$name: $cfg is missing" >&2; exit 1; }

# no command substitution below: each would fork a subshell, per line of the .cfg
options=()
class_path=
main_class=
while IFS= read -r line || [ -n "$line" ]; do
    value=${line#*=}
    value=${value//\$APPDIR/$app_dir}
    value=${value//\$BINDIR/$bin_dir}
    value=${value//\$ROOTDIR/$root_dir}
    case $line in
        app.classpath=*) class_path=${class_path:+$class_path:}$value ;;
        app.mainclass=*) main_class=$value ;;
        java-options=*) options+=("$value") ;;
    esac
done < "$cfg"
[ -n "$main_class" ] || { echo "$name: no app.mainclass in $cfg" >&2; exit 1; }

# the native launcher puts lib/app on the native library path and names itself in jpackage.app-path
# appended, and no empty entry: an empty entry would search the working directory
export LD_LIBRARY_PATH=${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$app_dir
exec "$root_dir/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$self" \
    -cp "$class_path" "$main_class" "$@"
