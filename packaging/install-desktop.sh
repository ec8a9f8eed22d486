#!/usr/bin/env bash
# Add Vehicle Buyer to the desktop's menu for the current user, or take it out again.
#
#   install-desktop.sh [--exec PATH]     install the launcher and the icon
#   install-desktop.sh --uninstall       remove exactly those two files
#
# Installs (XDG_DATA_HOME defaults to ~/.local/share):
#   $XDG_DATA_HOME/applications/io.github.vehiclebuyer.BuyerApp.desktop   Exec= the absolute PATH
#   $XDG_DATA_HOME/icons/hicolor/scalable/apps/io.github.vehiclebuyer.BuyerApp.svg
# then refreshes the desktop database (update-desktop-database) if that tool is present.
#
# Works from the source tree (`make install-desktop`, which passes --exec) and from the unpacked release
# archive, where --exec defaults to the buyer-app binary next to this script.
set -euo pipefail

APP_ID=io.github.vehiclebuyer.BuyerApp
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
DESKTOP_DEST="$DATA_HOME/applications/$APP_ID.desktop"
ICON_DEST="$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
MARK="X-BuyerApp-Installed-By=install-desktop.sh"

die() { echo "install-desktop.sh: $*" >&2; exit 1; }

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" || true
    fi
    # only refresh an icon cache that is already there (creating one would leave a file behind)
    if [ -f "$DATA_HOME/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
    fi
}

# Quote a path as one argument of a desktop entry's Exec key (Desktop Entry Specification, "The Exec key"),
# then escape it as the key's string value.
exec_arg() {
    local path=$1
    case $path in *[[:space:]\"\'\\\>\<~\|\&\;\$\*\?\#\(\)\`]*)
        path=${path//\\/\\\\}; path=${path//\"/\\\"}; path=${path//\`/\\\`}; path=${path//\$/\\\$}
        path="\"$path\"" ;;
    esac
    path=${path//%/%%}
    path=${path//\\/\\\\}  # unquoted on purpose: inside "..." the replacement would lose a backslash
    printf '%s' "$path"
}

if [ "${1:-}" = "--uninstall" ]; then
    removed=0
    if [ -f "$DESKTOP_DEST" ]; then
        grep -qx "$MARK" "$DESKTOP_DEST" || die "$DESKTOP_DEST was not written by this script; left alone"
        rm -f "$DESKTOP_DEST"; echo "removed $DESKTOP_DEST"; removed=1
    fi
    if [ -f "$ICON_DEST" ]; then rm -f "$ICON_DEST"; echo "removed $ICON_DEST"; removed=1; fi
    [ "$removed" = 1 ] || echo "nothing to remove (no launcher in $DATA_HOME)"
    refresh
    # update-desktop-database leaves a mimeinfo.cache; one with no entry holds nothing of anyone's
    cache="$DATA_HOME/applications/mimeinfo.cache"
    if [ -f "$cache" ] && ! grep -qv '^\(\[MIME Cache\]\)\?$' "$cache"; then rm -f "$cache"; fi
    exit 0
fi

EXEC=""
case "${1:-}" in
    --exec) [ $# -eq 2 ] || die "usage: $0 [--exec PATH] | --uninstall"; EXEC=$2 ;;
    "") ;;
    *) die "usage: $0 [--exec PATH] | --uninstall" ;;
esac

# The source files: the release archive's share/ folder, else the source tree's packaging/ and resources/.
if [ -f "$HERE/share/applications/$APP_ID.desktop" ]; then
    DESKTOP_SRC="$HERE/share/applications/$APP_ID.desktop"
    ICON_SRC="$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    EXEC=${EXEC:-$HERE/buyer-app}
else
    DESKTOP_SRC="$HERE/$APP_ID.desktop"
    ICON_SRC="$HERE/../resources/icons/buyer-app.svg"
fi
[ -n "$EXEC" ] || die "say which program the launcher starts: --exec PATH"
[ -f "$DESKTOP_SRC" ] || die "$DESKTOP_SRC not found"
[ -f "$ICON_SRC" ] || die "$ICON_SRC not found"
case $EXEC in /*) ;; *) EXEC="$(pwd)/$EXEC" ;; esac
case $EXEC in *$'\n'*) die "the program's path contains a line break" ;; esac
[ -x "$EXEC" ] && [ -f "$EXEC" ] || die "$EXEC is not an executable file (for the frozen build, run \`make package\` first)"

tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
tmp="$tmpdir/$APP_ID.desktop"
exec_value=$(exec_arg "$EXEC")
try_exec=${EXEC//\\/\\\\}
# (values through the environment: awk -v would interpret their backslashes)
EXEC_LINE="Exec=$exec_value" TRY_LINE="TryExec=$try_exec" awk -v mark="$MARK" '
    /^\[/ { group = $0 }
    group == "[Desktop Entry]" && /^(Exec|TryExec)=/ {
        if (/^Exec=/) { print ENVIRON["EXEC_LINE"]; print ENVIRON["TRY_LINE"]; print mark }
        next
    }
    { print }
' "$DESKTOP_SRC" > "$tmp"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$tmp" || die "the launcher made for $EXEC does not validate (see above)"
fi

mkdir -p "$(dirname "$DESKTOP_DEST")" "$(dirname "$ICON_DEST")"
install -m 644 "$tmp" "$DESKTOP_DEST"
install -m 644 "$ICON_SRC" "$ICON_DEST"
echo "installed $DESKTOP_DEST (starts $EXEC)"
echo "installed $ICON_DEST"
refresh
