#!/usr/bin/env bash
# Check the frozen build as a shopper gets it: unpack the release archive into a temporary folder outside
# the source tree and run the binary there with an empty environment (env -i: PATH=/usr/bin:/bin, HOME a
# fresh temporary folder, QT_QPA_PLATFORM=offscreen, no Python, no venv, no BUYER_APP_RESOURCES).
#
#   packaging/check_frozen.sh [ARCHIVE]       default: the newest dist/buyer-app-*-linux-*.tar.gz
#
# Checks: --version; --smoke (the window opens, computes, paints); compare --json (valid JSON, both
# vehicles); report --pdf (a PDF with pages, embedded fonts and readable text); db info (the shipped
# database, found inside the unpacked folder); a shipped sample profile read with --profile; saving a
# profile from the command line when the CLI offers it (compare --save-profile), else what --smoke writes
# to BUYER_APP_DATA_DIR; licences, icon, .desktop and metainfo inside (validated when
# desktop-file-validate / appstreamcli are present); every bundled library's link-time dependencies.
# Exits non-zero at the first failure, saying what failed; KEEP=1 keeps the temporary folder.
# Needs: tar, poppler-utils (pdfinfo, pdffonts, pdftotext), and python3 or jq to parse JSON.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

ARCHIVE=${1:-$(ls -t dist/buyer-app-*-linux-*.tar.gz 2>/dev/null | head -n 1)}
[ -n "$ARCHIVE" ] && [ -f "$ARCHIVE" ] || { echo "check_frozen: no archive (run \`make package\` first)" >&2; exit 1; }
ARCHIVE=$(cd "$(dirname "$ARCHIVE")" && pwd)/$(basename "$ARCHIVE")
NAME=$(basename "$ARCHIVE" .tar.gz)
VERSION=$(echo "$NAME" | sed -n 's/^buyer-app-\(.*\)-linux-[^-]*$/\1/p')
APP_ID=io.github.vehiclebuyer.BuyerApp

WORK=$(mktemp -d "${TMPDIR:-/tmp}/buyer-app-check.XXXXXX")
case $WORK in "$REPO"/*) echo "check_frozen: the temporary folder must be outside the source tree" >&2; exit 1 ;; esac
failed=1
cleanup() {
    if [ "$failed" = 1 ] || [ "${KEEP:-0}" = 1 ]; then echo "(kept $WORK for a look)"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

start=$(date +%s)
step=0
ok() { step=$((step + 1)); printf '  ok %2d  %s\n' "$step" "$*"; }
fail() { echo "check_frozen: FAILED: $*" >&2; exit 1; }

# --- tools of the checker itself (not of the app) ----------------------------------------------------
for tool in pdfinfo pdffonts pdftotext; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install poppler-utils)"
done
if [ -x /usr/bin/python3 ]; then
    json_check() { /usr/bin/python3 -I -c "import json, sys; d = json.load(open(sys.argv[1])); $2" "$1"; }
elif command -v jq >/dev/null; then
    json_check() { jq -e . "$1" >/dev/null; }
else
    fail "neither /usr/bin/python3 nor jq is there to parse JSON"
fi

echo "check_frozen: $ARCHIVE"
echo "  into $WORK"
mkdir -p "$WORK/home" "$WORK/out"
tar -xzf "$ARCHIVE" -C "$WORK" || fail "cannot unpack $ARCHIVE"
TOP="$WORK/$NAME"
APP="$TOP/buyer-app"
[ -x "$APP" ] || fail "$NAME/buyer-app is missing or not executable"
ok "unpacked $(du -sh "$TOP" | cut -f1) ($(find "$TOP" -type f | wc -l) files)"

# run the app with nothing from this shell's environment; stdout and stderr go to $WORK/out/NAME.*
run() {
    local label=$1; shift
    (cd "$WORK/out" && env -i PATH=/usr/bin:/bin HOME="$WORK/home" QT_QPA_PLATFORM=offscreen "$@") \
        >"$WORK/out/$label.out" 2>"$WORK/out/$label.err"
}
show() { echo "--- stdout"; tail -n 20 "$WORK/out/$1.out"; echo "--- stderr"; tail -n 30 "$WORK/out/$1.err"; }
expect_ok() {
    local label=$1; shift
    local t0=$(date +%s%N)
    run "$label" "$@"; local rc=$?
    LAST_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$rc" = 0 ] || { show "$label"; fail "\`buyer-app ${*:2}\` exited $rc"; }
    if grep -q "Traceback (most recent call last)" "$WORK/out/$label.err"; then
        show "$label"; fail "\`buyer-app ${*:2}\` printed a traceback"
    fi
}

# --- the binary ------------------------------------------------------------------------------------
expect_ok version "$APP" --version
grep -qx "buyer-app $VERSION" "$WORK/out/version.out" || { show version; fail "--version does not say $VERSION"; }
ok "--version: $(cat "$WORK/out/version.out") (${LAST_MS} ms)"

expect_ok smoke "$APP" --smoke
grep -q "smoke: window painted" "$WORK/out/smoke.out" || { show smoke; fail "--smoke did not paint the window"; }
ok "--smoke: $(grep 'smoke:' "$WORK/out/smoke.out") (${LAST_MS} ms)"

VEHICLES=(--vehicle 48765 --vehicle 48032 --price 48032=30000)
expect_ok compare "$APP" compare "${VEHICLES[@]}" --json
json_check "$WORK/out/compare.out" \
    "assert [v['id'] for v in d['vehicles']] == [48765, 48032], [v.get('id') for v in d['vehicles']]" \
    || { show compare; fail "compare --json is not the expected JSON"; }
ok "compare --json: valid JSON, vehicles 48765 and 48032 (${LAST_MS} ms)"

expect_ok report "$APP" report "${VEHICLES[@]}" --pdf "$WORK/out/report.pdf" --xlsx "$WORK/out/report.xlsx"
pdfinfo "$WORK/out/report.pdf" >"$WORK/out/pdfinfo.txt" 2>&1 || fail "report.pdf is not a PDF: $(cat "$WORK/out/pdfinfo.txt")"
pages=$(sed -n 's/^Pages: *//p' "$WORK/out/pdfinfo.txt")
[ "${pages:-0}" -ge 1 ] || fail "report.pdf has no page"
pdffonts "$WORK/out/report.pdf" | awk 'NR > 2 && $(NF-4) == "yes" { found = 1 } END { exit !found }' \
    || fail "report.pdf embeds no font (the frozen app found no font: black bars instead of text)"
pdftotext "$WORK/out/report.pdf" "$WORK/out/report.txt" && grep -q "Tesla" "$WORK/out/report.txt" || fail "report.pdf's text does not read back (no 'Tesla')"
ok "report --pdf: $pages pages, fonts embedded, text reads back (${LAST_MS} ms)"
# the workbook: a zip holding the workbook part (openpyxl is imported only for it, so this proves it was bundled)
[ "$(head -c 2 "$WORK/out/report.xlsx" 2>/dev/null)" = "PK" ] || fail "report --xlsx wrote no workbook"
grep -aq "xl/workbook.xml" "$WORK/out/report.xlsx" || fail "report.xlsx holds no xl/workbook.xml"
ok "report --xlsx: a workbook written (openpyxl bundled)"

# Chinese (issue 17): the shipped catalogue is found in the bundle; glyphs come from the system's CJK font
expect_ok compare_zh "$APP" --lang zh_CN compare "${VEHICLES[@]}"
grep -q "年内" "$WORK/out/compare_zh.out" || { show compare_zh; fail "compare --lang zh_CN is not in Chinese"; }
if fc-list :lang=zh 2>/dev/null | grep -q .; then
    expect_ok report_zh "$APP" --lang zh_CN report "${VEHICLES[@]}" --pdf "$WORK/out/report_zh.pdf"
    pdftotext "$WORK/out/report_zh.pdf" "$WORK/out/report_zh.txt" && grep -q "年内" "$WORK/out/report_zh.txt" \
        || fail "report_zh.pdf's Chinese does not read back"
    pdffonts "$WORK/out/report_zh.pdf" >"$WORK/out/report_zh.fonts" 2>&1 || fail "pdffonts cannot read report_zh.pdf"
    grep -Eqi "wenquanyi|noto.*cjk|source ?han|droid ?sans ?fallback|ukai|uming" "$WORK/out/report_zh.fonts" \
        || fail "report_zh.pdf embeds no CJK font: $(tail -n +3 "$WORK/out/report_zh.fonts" | cut -c1-36 | tr -s ' \n' ' ')"
    ok "--lang zh_CN: compare in Chinese, report --pdf with a CJK font embedded (${LAST_MS} ms)"
else
    ok "--lang zh_CN: compare in Chinese (no CJK font on this system: the PDF check needs fonts-wqy-microhei)"
fi

expect_ok dbinfo "$APP" db info --json
json_check "$WORK/out/dbinfo.out" \
    "assert d['origin'] == 'shipped' and d['vehicles'] > 10000, d.get('origin')" \
    || { show dbinfo; fail "db info does not describe the shipped database"; }
grep -q "\"folder\": \"$TOP/_internal/resources/vehicles\"" "$WORK/out/dbinfo.out" \
    || { show dbinfo; fail "db info: the database was not found inside the unpacked folder"; }
ok "db info: the shipped database, in $NAME/_internal/resources/vehicles (${LAST_MS} ms)"

# --- profiles --------------------------------------------------------------------------------------
sample=$(ls "$TOP"/_internal/resources/samples/*.json 2>/dev/null | head -n 1)
if [ -n "$sample" ]; then
    expect_ok sample "$APP" compare --profile "$sample" --json
    json_check "$WORK/out/sample.out" "assert d['vehicles']" || { show sample; fail "compare --profile of a sample"; }
    ok "compare --profile $(basename "$sample") (a shipped sample household) (${LAST_MS} ms)"
fi

run help "$APP" compare --help
if grep -q -- "--save-profile" "$WORK/out/help.out"; then
    expect_ok save "$APP" compare "${VEHICLES[@]}" --save-profile "$WORK/out/saved.json"
    json_check "$WORK/out/saved.json" "assert d['schema_version'] >= 1" || fail "the saved profile is not a profile"
    expect_ok reload "$APP" compare --profile "$WORK/out/saved.json" --json
    json_check "$WORK/out/reload.out" "assert [v['id'] for v in d['vehicles']] == [48765, 48032]" \
        || fail "the saved profile does not reload with its vehicles"
    ok "compare --save-profile, then --profile: saved and read back"
else
    # no command-line way to save a profile yet: check that what the frozen window writes is sound
    data="$WORK/data"
    touch "$WORK/out/before-data-run"; sleep 1
    expect_ok data env BUYER_APP_DATA_DIR="$data" "$APP" --smoke
    [ -d "$data" ] || fail "--smoke with BUYER_APP_DATA_DIR did not create $data"
    stray=$(find "$WORK/home" -newer "$WORK/out/before-data-run" -type f | head -n 5)
    [ -z "$stray" ] || fail "with BUYER_APP_DATA_DIR set, the app still wrote into HOME: $stray"
    leftovers=$(find "$data" -name '*.tmp' -o -name '.*.tmp*' -o -name '*.unreadable-*' | head -n 5)
    [ -z "$leftovers" ] || fail "the frozen app left temporary or set-aside files: $leftovers"
    while IFS= read -r f; do
        [ -s "$f" ] || fail "the frozen app wrote an empty file: $f"
        case $f in *.json) json_check "$f" "pass" || fail "the frozen app wrote broken JSON: $f" ;; esac
    done < <(find "$data" -type f)
    ok "BUYER_APP_DATA_DIR: --smoke wrote $(find "$data" -type f | wc -l) sound file(s) there ($(cd "$data" && find . -type f | sed 's,^\./,,' | tr '\n' ' ')); NOTE: no CLI to save a profile (compare --save-profile), not checked"
fi

# --- what ships beside the binary ------------------------------------------------------------------
for f in share/applications/$APP_ID.desktop share/metainfo/$APP_ID.metainfo.xml \
         share/icons/hicolor/scalable/apps/$APP_ID.svg _internal/resources/icons/buyer-app.svg \
         install-desktop.sh README.txt; do
    [ -s "$TOP/$f" ] || fail "$f is missing from the archive"
done
for lic in OpenEV-Data-CDLA-Permissive-2.0.txt Chargeprice-Open-EV-Data-MIT.txt Rewiring-America-incentives-Apache-2.0.txt; do
    [ -s "$TOP/licences/$lic" ] || fail "licences/$lic is missing"
    [ -s "$TOP/_internal/resources/licences/$lic" ] || fail "_internal/resources/licences/$lic is missing"
done
for lic in INDEX.txt Python-LICENSE.txt Qt-PySide6-NOTICE.txt; do
    [ -s "$TOP/licences/third-party/$lic" ] || fail "licences/third-party/$lic is missing"
done
ls "$TOP"/licences/third-party/openpyxl-*/LICENCE* >/dev/null 2>&1 || fail "openpyxl's licence is missing from licences/third-party"
ok "icon, .desktop, metainfo, install-desktop.sh, data licences and third-party licences are inside"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$TOP/share/applications/$APP_ID.desktop" || fail "the .desktop file does not validate"
    ok "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$TOP/share/metainfo/$APP_ID.metainfo.xml" >"$WORK/out/appstream.txt" 2>&1 \
        || { cat "$WORK/out/appstream.txt"; fail "the metainfo does not validate"; }
    ok "appstreamcli validate"
fi

# install-desktop.sh from the unpacked folder, into the temporary HOME, and back out
env -i PATH=/usr/bin:/bin HOME="$WORK/home" "$TOP/install-desktop.sh" >"$WORK/out/install.txt" 2>&1 \
    || { cat "$WORK/out/install.txt"; fail "install-desktop.sh"; }
grep -qx "Exec=$APP" "$WORK/home/.local/share/applications/$APP_ID.desktop" || fail "the launcher does not start $APP"
env -i PATH=/usr/bin:/bin HOME="$WORK/home" "$TOP/install-desktop.sh" --uninstall >>"$WORK/out/install.txt" 2>&1 \
    || { cat "$WORK/out/install.txt"; fail "install-desktop.sh --uninstall"; }
[ -z "$(find "$WORK/home/.local/share" -type f \( -name "$APP_ID*" -o -name mimeinfo.cache \) 2>/dev/null)" ] \
    || fail "install-desktop.sh --uninstall left files behind"
ok "install-desktop.sh and --uninstall (in the temporary HOME)"

# --- libraries: every bundled ELF file's link-time dependencies resolve ----------------------------
# A library that is neither bundled nor on this machine is a failure, except the graphics stack that
# PyInstaller leaves to the system on purpose (Wayland, OpenGL/EGL, DRM, Vulkan: they must match the
# machine's drivers), which is listed. Qt skips a platform plugin it cannot load (Wayland without
# libwayland-cursor, say) and falls back to another.
SYSTEM_SIDE='^(libwayland-|libGL|libEGL|libOpenGL|libGLX|libGLdispatch|libdrm|libgbm|libvulkan|libxcb\.so|libxcb-dri|libnvidia)'
missing=""; system_side=""
while IFS= read -r -d '' so; do
    [ "$(head -c 4 "$so" | od -An -c | tr -d ' \n')" = "177ELF" ] || continue
    for lib in $(ldd "$so" 2>/dev/null | awk '/not found/ { print $1 }' | sort -u); do
        rel=${so#"$TOP"/}
        if [[ $lib =~ $SYSTEM_SIDE ]]; then system_side+="$lib"$'\n'; else missing+="    $rel: $lib"$'\n'; fi
    done
done < <(find "$TOP" -type f \( -name '*.so*' -o -name buyer-app \) -print0)
[ -z "$missing" ] || fail "bundled files whose libraries are neither bundled nor on this machine:"$'\n'"$missing"
ok "ldd: every bundled library and extension module finds its dependencies"
if [ -n "$system_side" ]; then
    echo "  note: left to the system on purpose, not installed here (bundled files needing it):" \
         "$(printf '%s' "$system_side" | sort | uniq -c | awk '{ printf "%s (%d) ", $2, $1 }')"
fi

failed=0
echo "check_frozen: all $step checks passed in $(( $(date +%s) - start )) s"
