#!/usr/bin/env bash
# The wheel is the product (run by `make check-wheel`, part of `make test`): build the sdist, build the wheel
# from that sdist (so a file missing from the sdist fails here), install the wheel into a fresh venv with the
# locked versions, and run every verb from there, in a folder outside the source tree, with a data folder of
# its own. An editable install (and the frozen build, which freezes one) can hide a package left out of the
# wheel: the first version shipped a wheel without buyer_app.report.
#
# Environment: BUILD_PYTHON (a Python with `build`, default .venv/bin/python), PYTHON (for the fresh venv),
# PIP_VERSION, PIP_CONSTRAINT (the lock; set by the Makefile).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_PYTHON=${BUILD_PYTHON:-.venv/bin/python}
PYTHON=${PYTHON:-python3}
OUT=$ROOT/build/wheel-check
start=$(date +%s)
rm -rf "$OUT"
mkdir -p "$OUT/dist" "$OUT/data" "$OUT/run"

echo "== sdist, then the wheel from it"
"$BUILD_PYTHON" -m build --outdir "$OUT/dist" . >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log"; exit 1; }
sdist=$(ls "$OUT"/dist/*.tar.gz)
wheel=$(ls "$OUT"/dist/*.whl)
echo "   $(basename "$sdist") ($(du -k "$sdist" | cut -f1) KiB), $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB)"

echo "== the wheel holds every package of the source tree and the resources"
"$BUILD_PYTHON" - "$wheel" <<'PY'
import sys
import zipfile
from pathlib import Path

names = set(zipfile.ZipFile(sys.argv[1]).namelist())
packages = sorted(str(p.parent) for p in Path("buyer_app").rglob("__init__.py"))
missing = [p for p in packages if f"{p}/__init__.py" not in names]
resources = [str(p) for p in Path("resources").rglob("*") if p.is_file()]
missing += [r for r in resources if f"buyer_app/{r}" not in names]
if missing:
    sys.exit(f"the wheel lacks: {', '.join(missing)}")
print(f"   {len(packages)} packages, {len(resources)} resource files")
PY

echo "== a fresh venv with the wheel and the locked dependencies"
"$PYTHON" -m venv "$OUT/venv"
"$OUT/venv/bin/python" -m pip install --quiet "pip==${PIP_VERSION:-26.3}"
"$OUT/venv/bin/python" -m pip install --quiet "$wheel"

echo "== every verb from the installed wheel (outside the source tree)"
cd "$OUT/run"
export BUYER_APP_DATA_DIR=$OUT/data
app=$OUT/venv/bin/buyer-app
sample=$("$OUT/venv/bin/python" -c 'from buyer_app.core.files.resources import resource_path as r; print(r("samples", "texas-high-mileage.json"))')
case $sample in "$ROOT"/resources/*) echo "the installed app reads the source tree's resources: $sample"; exit 1;; esac
run() {  # run VERB...: must exit 0 and print no traceback
    local out
    if ! out=$("$app" "$@" 2>&1) || grep -q Traceback <<<"$out"; then
        echo "FAILED: buyer-app $*"; echo "$out" | tail -n 20; exit 1
    fi
    printf '   ok  buyer-app %s\n' "$*"
}
run --version
run db info
run db info --json
run vehicles search camry --year 2025
run vehicles search camry --year 2025 --json
run compare --vehicle 48765 --vehicle 48032
run compare --vehicle 48765 --vehicle 48032 --json
run compare --profile "$sample" --json
run rank --top 5
run rank --top 5 --json
run rank --profile "$sample" --top 5
run fields --json
run region --state TX
run incentives --state CO --json
run report --profile "$sample" --pdf "$OUT/run/texas.pdf"
run vehicles search xiaomi --market cn
run compare --city CN-SH --vehicle 9000036 --vehicle 9000025 --json
run tariffs list
run tariffs show xcel-co-re-tou-2022 --json
run compare --profile "$sample" --tariff ladwp-a-3-2025 --charge-start 0
printf 'date,distance_km\n2026-01-05,31.2\n2026-01-06,12.5\n2026-02-20,40.0\n' >"$OUT/run/log.csv"
run compare --profile "$sample" --driving-log "$OUT/run/log.csv" --json
run compare --profile "$sample" --xlsx "$OUT/run/texas.xlsx"
"$OUT/venv/bin/python" -c "import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); assert len(wb.sheetnames) >= 3, wb.sheetnames" "$OUT/run/texas.xlsx"
echo "   the workbook reads back"
prices=$("$OUT/venv/bin/python" -c 'from buyer_app.core.files.resources import resource_path as r; print(r("prices", "us_msrp.csv"))')
run db import --kind prices "$prices"
run db reset --kind prices
pdftotext "$OUT/run/texas.pdf" "$OUT/run/texas.txt"
grep -q "Lightning" "$OUT/run/texas.txt" || { echo "the PDF from the wheel does not read back"; exit 1; }
echo "   the PDF reads back ($(du -k "$OUT/run/texas.pdf" | cut -f1) KiB)"
"$app" --lang zh_CN compare --profile "$sample" >"$OUT/run/compare-zh.txt"
grep -q "年内" "$OUT/run/compare-zh.txt" || { echo "the wheel's compare --lang zh_CN is not Chinese"; exit 1; }
echo "   ok  --lang zh_CN: the catalogue ships in the wheel"
set +e
"$app" compare --vehicle 0 >"$OUT/refused.txt" 2>&1
code=$?
set -e
if [ $code -ne 2 ] || grep -q Traceback "$OUT/refused.txt"; then
    echo "bad input from the wheel: exit $code"; cat "$OUT/refused.txt"; exit 1
fi
echo "   ok  bad input: exit 2, a message"
echo "wheel check: $(( $(date +%s) - start )) s"
