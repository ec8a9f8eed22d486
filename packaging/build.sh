#!/usr/bin/env bash
# Build the frozen one-folder app and its archive (run by `make package`, which prepares the venv first).
#
#   dist/buyer-app/                                  the app: ./buyer-app, _internal/ (Python, Qt, resources/),
#                                                    share/ (.desktop, AppStream metainfo, icon), licences/,
#                                                    install-desktop.sh, README.txt
#   dist/buyer-app-VERSION-linux-ARCH.tar.gz         the same folder, named buyer-app-VERSION-linux-ARCH/
#
# PKG_PYTHON: the Python of the packaging venv (default build/package-venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."

PKG_PYTHON=${PKG_PYTHON:-build/package-venv/bin/python}
APP_ID=io.github.vehiclebuyer.BuyerApp
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' buyer_app/__init__.py)
ARCH=$(uname -m)
NAME="buyer-app-$VERSION-linux-$ARCH"
APP=dist/buyer-app
ARCHIVE="dist/$NAME.tar.gz"

[ -n "$VERSION" ] || { echo "build.sh: no __version__ in buyer_app/__init__.py" >&2; exit 1; }
[ -x "$PKG_PYTHON" ] || { echo "build.sh: $PKG_PYTHON not found; run \`make package\`" >&2; exit 1; }

start=$(date +%s)
rm -rf "$APP" "$ARCHIVE" build/pyinstaller
echo "== PyInstaller ($("$PKG_PYTHON" -m PyInstaller --version)), packaging/buyer-app.spec"
"$PKG_PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/buyer-app.spec
frozen=$(date +%s)

echo "== desktop files, licences"
install -D -m 644 "packaging/$APP_ID.desktop" "$APP/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/$APP_ID.metainfo.xml" "$APP/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 resources/icons/buyer-app.svg "$APP/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 755 packaging/install-desktop.sh "$APP/install-desktop.sh"
sed "s/@VERSION@/$VERSION/g; s/@NAME@/$NAME/g" packaging/archive-readme.txt > "$APP/README.txt"
mkdir -p "$APP/licences"
cp resources/licences/* "$APP/licences/"
"$PKG_PYTHON" packaging/collect_licences.py "$APP/licences/third-party" build/pyinstaller/buyer-app/COLLECT-00.toc

echo "== $ARCHIVE"
# The folder is packed under its release name; symlink targets inside it (relative) are left alone.
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist \
    --transform "s,^buyer-app,$NAME,S" -cf - buyer-app | gzip -6 > "$ARCHIVE"  # -9: 0.5 MB less, 24 s more
end=$(date +%s)

unpacked=$(du -sb "$APP" | cut -f1)
packed=$(stat -c %s "$ARCHIVE")
files=$(find "$APP" -type f | wc -l)
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
echo
echo "built $APP/buyer-app (version $VERSION, $files files)"
echo "  unpacked: $(mb "$unpacked") ($unpacked bytes; goal under 300 MB)"
echo "  packed:   $(mb "$packed") ($packed bytes, $ARCHIVE; goal under 120 MB)"
echo "  time:     $((end - start)) s (PyInstaller $((frozen - start)) s, licences and archive $((end - frozen)) s)"
echo "check it with: packaging/check_frozen.sh $ARCHIVE"
