"""How manufacturer_rows_2026-12-06.csv was transcribed (kept so that every row can be audited; not run by the build).

    python3 tools/price_sources/transcribe_manufacturer_documents.py OUT.csv COPY_DIR

COPY_DIR holds `.tmpprice/` as found in github groseries/opencawr at commit 3f99ba957c5cb9c41e2549ec02a7a226c90c9cef
(manufacturers' pricing PDFs and pages, copied 2026-07-29; the repository has no licence file, only the prices are
taken), with the HTML pages turned into text under `.tmpprice/txt/` (tags removed). Needs `pdftotext` (poppler).
Each row names the manufacturer's own address in `source_url`, the copy in `note`, and carries `epa_hint` (which EPA
variant names the trim, read by tools/build_price_table.py).
"""

import csv
import re
import subprocess
import sys

COPY = sys.argv[2] if len(sys.argv) > 2 else "/tmp/oem"

COMMIT = "groseries/opencawr@3f99ba957c5cb9c41e2549ec02a7a226c90c9cef"
COLS = (
    "year,make,model,trim,drivetrain,powertrain,msrp_usd,includes_destination,destination_usd,price_date,source_url,note,epa_hint"
).split(",")
rows = []


def add(year, make, model, trim, drivetrain, powertrain, msrp, incl, dest, date, url, note, hint=""):
    rows.append(
        dict(
            zip(
                COLS,
                [
                    str(year),
                    make,
                    model,
                    trim,
                    drivetrain,
                    powertrain,
                    str(msrp),
                    incl,
                    str(dest) if dest else "",
                    date,
                    url,
                    note,
                    hint,
                ],
                strict=True,
            )
        )
    )


def copy_note(path, extra=""):
    return f"[tier A] {extra}; read from the copy github {COMMIT[:29]} {path} (no licence file; prices only)"


# ---------------------------------------------------------------- Toyota full-line pricing PDFs
TOY_URL = "https://pressroom.toyota.com/toyota-full-line-pricing/"
DPH = {  # per document: (date, {class: dph})
    "feb": ("2026-02-26", "2026_Toyota_Pricing_02262026-2.pdf"),
    "jul": ("2026-07-29", "2026_and_2027_Toyota_Pricing_7.29.2026.pdf"),
}
DPH_FEB = {
    "Tundra": 2095,
    "Sequoia": 2095,
    "Tacoma": 1595,
    "4Runner": 1495,
    "Highlander": 1495,
    "Grand Highlander": 1495,
    "Sienna": 1495,
    "Land Cruiser": 1495,
    "bZ": 1450,
    "bZ Woodland": 1450,
    "C-HR": 1450,
    "Crown Signia": 1450,
    "RAV4": 1450,
    "Corolla Cross": 1450,
}
DPH_JUL = {
    "Tundra": 2195,
    "Sequoia": 2195,
    "Tacoma": 1745,
    "4Runner": 1595,
    "Highlander": 1595,
    "Grand Highlander": 1595,
    "Sienna": 1595,
    "Land Cruiser": 1595,
    "bZ": 1595,
    "bZ Woodland": 1595,
    "C-HR": 1595,
    "Crown Signia": 1595,
    "RAV4": 1595,
    "Corolla Cross": 1595,
}
PASSENGER_FEB, PASSENGER_JUL = 1195, 1295


def toyota_parse(name):
    """(model, powertrain, trim, drivetrain, hint) from a Toyota pricing line, or None to skip."""
    n = name.strip()
    if n.startswith("Mirai") or n.startswith("GRMN"):
        return None
    if n.startswith(
        (
            "TRD Sport i-FORCE MAX",
            "TRD Off-Road i-FORCE MAX",
            "Limited i-FORCE MAX",
            "Trailhunter i-FORCE MAX",
            "TRD Pro i-FORCE MAX",
        )
    ):
        n = "Tacoma 4x4 " + n.replace(" Double Cab 4x4", " Double Cab")  # printed without the model name
    m = re.match(r"(4Runner|Tacoma|Tundra|Sequoia) (4x[24]) (.*)$", n)
    if m:
        model, dt, rest = m.groups()
        hev = "i-FORCE MAX" in rest or "iForce MAX" in rest or model == "Sequoia"
        trim = re.sub(r"\s*i-?FORCE MAX|\s*i-FORCE$|\s*iForce MAX", "", rest, flags=re.I).strip()
        trim = re.sub(r"\s+i-FORCE\b", "", trim).strip()
        hint = ""
        if model == "Tundra" and trim.startswith("TRD Pro"):
            hint = "PRO"
        return model, "hev" if hev else "ice", trim + (" i-FORCE MAX" if hev and model != "Sequoia" else ""), dt, hint
    if n.startswith("bZ Woodland"):
        return "bZ Woodland", "bev", n.replace("bZ ", "", 1), "AWD", ""
    m = re.match(r"bZ (XLE|Limited) (FWD|AWD)( Plus)?$", n)
    if m:
        return "bZ", "bev", m.group(1) + (m.group(3) or ""), m.group(2), "LIMITED" if m.group(1) == "Limited" else ""
    m = re.match(r"Camry (.*?)( AWD)?$", n)
    if m:
        trim = m.group(1)
        hint = trim if trim in ("LE", "SE", "XLE", "XSE") else ""
        return "Camry", "hev", trim, "AWD" if m.group(2) else "FWD", hint
    m = re.match(r"C-HR (.*)$", n)
    if m:
        return "C-HR", "bev", m.group(1), "AWD", ""
    m = re.match(r"Corolla Hatchback (.*)$", n)
    if m:
        trim = m.group(1)
        hint = {"SE": "=^Corolla Hatchback$", "XSE": "Hatchback XSE", "FX Edition": "Hatchback FX"}[trim]
        return "Corolla", "ice", "Hatchback " + trim, "FWD", hint
    m = re.match(r"Corolla Hybrid (LE|SE|XLE)( AWD)?$", n)
    if m:
        trim, awd = m.group(1), bool(m.group(2))
        if trim == "SE":
            hint = "Hybrid SE"
        else:
            hint = "=^Corolla Hybrid AWD$" if awd else "=^Corolla Hybrid$"
        return "Corolla", "hev", "Hybrid " + trim, "AWD" if awd else "FWD", hint
    m = re.match(r"Corolla (LE|SE|XSE)$", n)
    if m:
        return "Corolla", "ice", m.group(1), "FWD", r"=^Corolla( \(\d-mode TM\))?$"
    m = re.match(r"Corolla Cross (Hybrid )?(\S+) (FWD|AWD)$", n)
    if m:
        return "Corolla Cross", "hev" if m.group(1) else "ice", m.group(2), m.group(3), ""
    m = re.match(r"GR86 (.*) ?(AT|MT)$", n)
    if m:
        return "GR 86", "ice", n.replace("GR86 ", ""), "RWD", ""
    m = re.match(r"GR Corolla (.*)$", n)
    if m:
        return "Corolla", "ice", "GR Corolla " + m.group(1), "AWD", "=^GR Corolla"
    m = re.match(r"GR Supra (.*)$", n)
    if m:
        return "GR Supra", "ice", m.group(1).replace(" RWD", ""), "RWD", ""
    m = re.match(r"Grand Highlander (Hybrid )?(.*?)( AWD)?$", n)
    if m:
        hybrid, trim, awd = m.groups()
        hint = ""
        if not hybrid:
            hint = {"LE": "LE", "XLE": "XLE", "LIMITED": "Limited", "PLATINUM": "Platinum"}[trim]
        label = " ".join(w if w in ("LE", "XLE") else w.title() for w in trim.split())
        return "Grand Highlander", "hev" if hybrid else "ice", label, "AWD" if awd else "FWD", hint
    m = re.match(r"Highlander (Hybrid )?(.*?) AWD$", n)
    if m:
        return "Highlander", "hev" if m.group(1) else "ice", m.group(2), "AWD", ""
    m = re.match(r"Land Cruiser ?(.*)$", n)
    if m:
        return "Land Cruiser", "hev", m.group(1) or "Land Cruiser", "AWD", "=^Land Cruiser$"
    m = re.match(r"Prius Plug-in Hybrid (.*)$", n)
    if m:
        return "Prius", "phev", m.group(1), "FWD", ""
    m = re.match(r"Prius (.*?)( AWD)?$", n)
    if m:
        trim = m.group(1)
        hint = {"XLE": "XLE", "Limited": "LTD"}.get(trim, "")
        return "Prius", "hev", trim, "AWD" if m.group(2) else "FWD", hint
    m = re.match(r"RAV4 Hybrid (.*) (FWD|AWD)$", n)
    if m:
        return "RAV4", "hev", m.group(1), m.group(2), ""
    if n.startswith("RAV4") and ("Plug-in" in n or "GR SPORT" in n):
        trim = n.replace("RAV4 ", "").replace("Plug-in Hybrid", "").strip()
        return "RAV4", "phev", trim or "SE", "AWD", ""
    m = re.match(r"Sienna (.*?) (FWD|AWD)( .*)? Hybrid$", n) or re.match(r"Sienna (.*?) (FWD|AWD)( .*)?$", n)
    if m:
        trim = m.group(1) + (m.group(3) or "").replace(" Hybrid", "")
        return "Sienna", "hev", trim.strip(), m.group(2), ""
    m = re.match(r"Toyota Crown Signia (.*) Hybrid AWD$", n)
    if m:
        return "Crown Signia", "hev", m.group(1), "AWD", ""
    m = re.match(r"Toyota Crown (.*) AWD$", n)
    if m:
        return "Crown", "hev", m.group(1), "AWD", ""
    raise ValueError(f"unparsed Toyota line: {name!r}")


def toyota(doc):
    date, fname = DPH[doc]
    text = subprocess.check_output(["pdftotext", "-layout", f"{COPY}/.tmpprice/{fname}", "-"]).decode()
    for line in text.splitlines():
        m = re.match(r"\s*(\d{4})\s+(20\d\d)\s+(.*?)\s+\$([\d,]+)\s*$", line)
        if not m:
            continue
        code, my, name, price = m.groups()
        if my != "2026":
            continue  # MY2027 lines: no EPA MY2027 rows yet; left for a later update
        parsed = toyota_parse(name)
        if parsed is None:
            continue
        model, pt, trim, dt, hint = parsed
        dph_table = DPH_FEB if doc == "feb" else DPH_JUL
        dph = dph_table.get(model, PASSENGER_FEB if doc == "feb" else PASSENGER_JUL)
        note = copy_note(
            f".tmpprice/{fname}",
            f"Toyota full-line pricing 'Last updated' {date}, #{code} '{name.strip()}'; excludes DPH ${dph:,}",
        )
        add(
            2026,
            "Toyota",
            model,
            trim,
            dt,
            pt,
            price.replace(",", ""),
            "no",
            dph,
            date,
            TOY_URL + " (" + fname.replace("_", " ") + ")",
            note,
            hint,
        )


toyota("feb")
toyota("jul")

# ---------------------------------------------------------------- Honda news releases
HONDA = [
    (
        "CR-V",
        "2025-05-21",
        1395,
        (
            "https://hondanews.com/en-US/honda-automobiles/releases/release-0d29"
            "cf91ab5515b985a1c286910fb0f9-2026-honda-cr-v-pricing-and-epa-ratings"
        ),
        "honda-crv.html",
        [
            ("LX", "FWD", "ice", 30920),
            ("LX", "AWD", "ice", 32420),
            ("EX", "FWD", "ice", 33150),
            ("EX", "AWD", "ice", 34650),
            ("EX-L", "FWD", "ice", 35400),
            ("EX-L", "AWD", "ice", 36900),
            ("Sport Hybrid", "FWD", "hev", 35630),
            ("Sport Hybrid", "AWD", "hev", 37130),
            ("TrailSport Hybrid", "AWD", "hev", 38800),
            ("Sport-L Hybrid", "FWD", "hev", 38725),
            ("Sport-L Hybrid", "AWD", "hev", 40225),
            ("Sport Touring Hybrid", "AWD", "hev", 42250),
        ],
    ),
    (
        "Civic",
        "2025-08-02",
        1195,
        (
            "https://hondanews.com/en-US/honda-automobiles/releases/release-6f8b202dd"
            "b1c7f26ecd92774bb02cdfa-2026-honda-civic-sedan-pricing-and-epa-ratings-2"
        ),
        "honda-civic.html",
        [
            ("LX Sedan", "FWD", "ice", 24595),
            ("Sport Sedan", "FWD", "ice", 26595),
            ("Sport Hybrid Sedan", "FWD", "hev", 29295),
            ("Sport Touring Hybrid Sedan", "FWD", "hev", 32295),
        ],
    ),
    (
        "Accord",
        "2025-12-18",
        1195,
        (
            "https://hondanews.com/en-US/honda-automobiles/releases/release-c26"
            "685400737027f7d053958c309dc82-2026-honda-accord-pricing-epa-ratings"
        ),
        "honda-accord.html",
        [
            ("LX", "FWD", "ice", 28395),
            ("SE", "FWD", "ice", 30695),
            ("Sport Hybrid", "FWD", "hev", 33795),
            ("EX-L Hybrid", "FWD", "hev", 35095),
            ("Sport-L Hybrid", "FWD", "hev", 35495),
            ("Touring Hybrid", "FWD", "hev", 39495),
        ],
    ),
    (
        "Pilot",
        "2026-05-01",
        1495,
        (
            "https://hondanews.com/en-US/releases/release-9ae8fd80ef03b3fe"
            "ea8a56d257005f9e-2026-honda-pilot-pricing-and-epa-ratings-5-1"
        ),
        "honda-pilot.html",
        [
            ("Sport", "FWD", "ice", 42395),
            ("Sport", "AWD", "ice", 44495),
            ("EX-L", "FWD", "ice", 44695),
            ("EX-L", "AWD", "ice", 46795),
            ("TrailSport", "AWD", "ice", 50595),
            ("Touring", "AWD", "ice", 51295),
            ("Elite", "AWD", "ice", 53695),
            ("Black Edition", "AWD", "ice", 55195),
        ],
    ),
    (
        "Odyssey",
        "2025-08-02",
        1495,
        (
            "https://hondanews.com/en-US/honda-automobiles/releases/release-6f8b20"
            "2ddb1c7f26ecd92774bb031f99-2026-honda-odyssey-pricing-and-epa-ratings"
        ),
        "honda-odyssey.html",
        [
            ("EX-L", "FWD", "ice", 42795),
            ("Sport", "FWD", "ice", 43895),
            ("Touring", "FWD", "ice", 47495),
            ("Elite", "FWD", "ice", 51695),
        ],
    ),
]
for model, date, dest, url, path, trims in HONDA:
    for trim, dt, pt, price in trims:
        hint = ""
        if model == "CR-V" and trim.startswith("TrailSport"):
            hint = "TrailSport"
        if model == "Civic":
            hint = "4Dr"
        extra = f"Honda news release {date}: MSRP excludes ${dest:,} destination"
        if model == "Civic":
            extra += " (the table header says $1,150, its footnote and the MSRP-plus-destination column $1,195)"
        add(2026, "Honda", model, trim, dt, pt, price, "no", dest, date, url, copy_note(f".tmpprice/oem/{path}", extra), hint)

# ---------------------------------------------------------------- Hyundai pricing sheets
HY = [
    (
        "Tucson",
        "2025-09-04",
        ("https://www.hyundainews.com/assets/documents/original/68227-26MYTucsonPricingSheet4Sep2025.pdf"),
        "hy-tucson.txt",
    ),
    (
        "Santa Fe",
        "2025-09-04",
        ("https://www.hyundainews.com/assets/documents/original/68230-26MYSantaFePricingSheet4Sep2025.pdf"),
        "hy-santafe.txt",
    ),
    (
        "Elantra",
        "2025-12-19",
        ("https://www.hyundainews.com/assets/applications/original/70729-26my-elantra-series-pricing-15-april-2026.pdf"),
        "hy-elantra.txt",
    ),
    (
        "Sonata",
        "2025-08-07",
        ("https://www.hyundainews.com/assets/documents/original/67978-26MYSonataPricing07Aug2025A.pdf"),
        "hy-sonata.txt",
    ),
    (
        "Kona",
        "2025-12-19",
        ("https://www.hyundainews.com/assets/applications/original/69881-26my-kona-pricing-19-dec-2025a.pdf"),
        "hy-kona.txt",
    ),
    (
        "Palisade",
        "2025-10-01",
        ("https://www.hyundainews.com/assets/documents/original/68409-26MYPalisadePricing01Oct2025.pdf"),
        "hy-palisade.txt",
    ),
]
for model, date, url, path in HY:
    text = open(f"{COPY}/.tmpprice/oem/{path}", encoding="utf-8").read()
    freight = int(re.search(r"Freight charges of \$([\d,]+)", text).group(1).replace(",", ""))
    seen_codes = set()
    for line in text.splitlines():
        m = re.match(r"\s*([0-9A-Z]{8})(?:\s*\|\s*\S+|\s+[0-9A-Z]{8})?\s+(" + model + r" .*?)\s{2,}.*\$([\d,]+)\s*$", line)
        if not m:
            continue
        code, name, price = m.groups()
        if code in seen_codes:
            continue
        seen_codes.add(code)
        name = re.sub(r"\s+", " ", name).strip()
        effective = date
        if model == "Elantra" and " N " in f" {name} " and "N Line" not in name:
            effective = "2026-04-15"
        dt = "AWD" if "AWD" in line or "All-Wheel" in line else "FWD"
        trim = name[len(model) + 1 :]
        trim = re.sub(r"\s*(FWD|AWD)\b", "", trim).strip()
        pt = "ice"
        if re.search(r"\b(HEV|Hybrid)\b", trim):
            pt = "phev" if "Plug-in" in trim else "hev"
        hint = ""
        if model == "Tucson" and pt == "hev" and "Blue" in trim:
            hint = "Hybrid Blue"
        if model == "Santa Fe" and trim.startswith("XRT"):
            hint = "XRT"
        if model == "Elantra":
            if (trim.startswith("N ") or trim == "N") and not trim.startswith("N Line"):
                hint = "=^Elantra N$"
            if pt == "hev" and "Blue" in trim:
                hint = "Hybrid Blue"
            trim = trim.replace("HEV", "Hybrid")
        if model == "Sonata":
            if pt == "hev" and "Blue" in trim:
                hint = "Hybrid Blue"
            trim = trim.replace("HEV", "Hybrid")
        if model == "Kona" and "1.6L Turbo" in line:
            hint = "1.6T"
        if model == "Palisade":
            if trim.startswith("XRT"):
                hint = "XRT Pro"
            if pt == "hev" and "Blue" in trim:
                hint = "Hybrid FWD Blue"
        label = f"{trim} ({code})" if model == "Kona" else trim
        extra = (
            f"Hyundai {model} pricing sheet, effective {effective}; model code {code}; freight ${freight:,} "
            "is added to the MSRP (sheet's words)"
        )
        add(
            2026,
            "Hyundai",
            model,
            label,
            dt,
            pt,
            price.replace(",", ""),
            "no",
            freight,
            effective,
            url,
            copy_note(f".tmpprice/oem/{path}", extra),
            hint,
        )


# ---------------------------------------------------------------- Kia media pricing pages (undated; retrieved 2026-07-29)
def kia(year, model, path, url, parse_dt=True):
    t = open(f"{COPY}/.tmpprice/txt/{path}", encoding="utf-8").read()
    i, j = t.find("Compare Trims"), t.find("Factory Installed Options")
    cells = [c.strip() for c in t[i:j].split("\n") if c.strip()]
    cells = cells[4:]  # Compare Trims, Model, Description, MSRP
    for k in range(0, len(cells) - 2, 3):
        name, desc, price = cells[k : k + 3]
        price = int(float(price.replace("$", "").replace(",", "")))
        trim = name.replace(model + " ", "", 1) if name.startswith(model + " ") else name
        dt = "AWD" if "AWD" in desc else ("FWD" if "FWD" in desc else "")
        hint = ""
        if model == "Sportage" and "X-Pro" in trim:
            hint = "X-pro"
        add(
            year,
            "Kia",
            model,
            trim,
            dt,
            "hev" if model == "Niro" else "ice",
            price,
            "not stated",
            "",
            "2026-07-29",
            url,
            copy_note(
                f".tmpprice/oem/{path.replace('.txt', '.html')}",
                f"kiamedia.com pricing page (undated; copy retrieved 2026-07-29); '{desc}'; "
                "the page does not say whether destination is included",
            ),
            hint,
        )


kia(2026, "Sportage", "kia-sportage.txt", "https://www.kiamedia.com/us/en/models/sportage/2026/pricing")
kia(2026, "Sorento", "kia-sorento.txt", "https://www.kiamedia.com/us/en/models/sorento/2026/pricing")
kia(2026, "K4", "kia-k4.txt", "https://www.kiamedia.com/us/en/models/k4/2026/pricing")
kia(2026, "Niro", "kia-niro-hev-2026.txt", "https://www.kiamedia.com/us/en/models/niro-hev/2026/pricing")
kia(2025, "Niro", "kia-niro-hev-2025.txt", "https://www.kiamedia.com/us/en/models/niro-hev/2025/pricing")
kia(2025, "Telluride", "kia-telluride-2025.txt", "https://www.kiamedia.com/us/en/models/telluride/2025/pricing")
kia(2025, "Soul", "kia-soul-2025.txt", "https://www.kiamedia.com/us/en/models/soul/2025/pricing")

# ---------------------------------------------------------------- Mazda news releases
MZ3 = "https://news.mazdausa.com/2025-08-19-2026-Mazda3-Pricing-and-Packaging"
for trim, dt, sedan, hatch in [
    ("2.5 S", "FWD", 24650, 25650),
    ("2.5 S Select Sport", "FWD", 25540, 26840),
    ("2.5 S Preferred", "FWD", 27290, 28640),
    ("2.5 S Carbon Edition", "AWD", 29815, 30965),
    ("2.5 S Premium (6MT)", "FWD", None, 31650),
    ("2.5 Turbo Premium Plus", "AWD", 36940, 38090),
]:
    for body, price, hint in (("Sedan", sedan, "4-Door"), ("Hatchback", hatch, "5-Door")):
        if price is None:
            continue
        add(
            2026,
            "Mazda",
            "3",
            f"{trim} {body}",
            dt,
            "ice",
            price,
            "no",
            "",
            "2026-05-04",
            MZ3,
            copy_note(
                ".tmpprice/oem/mazda3.html",
                "Mazda release of 2025-08-19 as updated for the 2026-05-04 price "
                "adjustment; MSRP excludes destination and handling (release's words)",
            ),
            hint,
        )
MZ90 = "https://news.mazdausa.com/2025-09-04-2026-Mazda-CX-90-Pricing-and-Packaging"
for trim, price in [
    ("3.3 Turbo Select", 39300),
    ("3.3 Turbo Preferred", 43450),
    ("3.3 Turbo Premium Sport", 47480),
    ("3.3 Turbo Premium Plus", 50270),
    ("3.3 Turbo S Premium Sport", 54140),
    ("3.3 Turbo S Premium Plus", 57570),
    ("PHEV Preferred", 50695),
    ("PHEV Premium Sport", 55500),
    ("PHEV Premium Plus", 58700),
]:
    pt = "phev" if trim.startswith("PHEV") else "hev"
    add(
        2026,
        "Mazda",
        "CX-90",
        trim,
        "AWD",
        pt,
        price,
        "no",
        "",
        "2026-05-04",
        MZ90,
        copy_note(
            ".tmpprice/oem/mazda-cx90.html",
            "Mazda release of 2025-09-04, table 'MSRP for the 2026 Mazda CX-90' as of the "
            "2026-05-04 adjustment; excludes destination"
            + ("; EPA lists the 3.3 Turbo as a 48V mild hybrid" if pt == "hev" else ""),
        ),
    )
CX5 = "https://news.mazdausa.com/2026-01-13-Mazda-Announces-Pricing-and-Packaging-for-All-New-2026-Mazda-CX-5"
for trim, price in [
    ("2.5 S", 29990),
    ("2.5 S Select", 31990),
    ("2.5 S Preferred", 34250),
    ("2.5 S Premium", 36900),
    ("2.5 S Premium Plus", 38990),
]:
    add(
        2026,
        "Mazda",
        "CX-5",
        trim,
        "AWD",
        "ice",
        price,
        "no",
        "",
        "2026-01-13",
        CX5,
        copy_note(
            ".tmpprice/oem/mazda-cx5.html",
            "Mazda release 2026-01-13, 'Starting MSRP' (all-new CX-5, AWD standard); excludes destination",
        ),
    )
ADJ = "https://news.mazdausa.com/2026-05-04-Mazda-Adjusts-Pricing-on-Select-2026-Models,-Effective-May-4,-2026"
add(
    2026,
    "Mazda",
    "CX-30",
    "2.5 S",
    "AWD",
    "ice",
    26375,
    "no",
    "",
    "2026-05-04",
    ADJ,
    copy_note(".tmpprice/oem/mazda-adj.html", "revised starting MSRP of 2026 CX-30 2.5 S models; excludes D&H"),
)
add(
    2026,
    "Mazda",
    "CX-70",
    "base (starting MSRP)",
    "AWD",
    "hev",
    42750,
    "no",
    "",
    "2026-05-04",
    ADJ,
    copy_note(".tmpprice/oem/mazda-adj.html", "revised starting MSRP of the 2026 CX-70; excludes D&H; trim not named"),
    "*",
)

# ---------------------------------------------------------------- Nissan
ROGUE = "https://usa.nissannews.com/en-US/releases/20265-nissan-rogue-priced-from-29490-adds-striking-new-dark-armor-grade"
for trim, dt, price in [
    ("S", "FWD", 29490),
    ("SV", "FWD", 30490),
    ("Dark Armor", "FWD", 33340),
    ("S", "AWD", 30890),
    ("SV", "AWD", 31890),
    ("Rock Creek", "AWD", 34390),
    ("Dark Armor", "AWD", 34740),
    ("Platinum", "AWD", 39390),
]:
    add(
        2026,
        "Nissan",
        "Rogue",
        trim,
        dt,
        "ice",
        price,
        "no",
        1545,
        "2026-04-01",
        ROGUE,
        copy_note(
            ".tmpprice/oem/nissan-rogue.html",
            "2026.5 Rogue release (2025-07-29, updated February 2026) and "
            "press-kit price list 'Effective Date: April 1, 2026'; destination and handling $1,545",
        ),
        "Rock Creek" if trim == "Rock Creek" else "",
    )
LEAF = (
    "https://usa.nissannews.com/en-US/releases/more-features-more-rang"
    "e-still-under-30k-all-new-2026-nissan-leaf-priced-from-29990-msrp"
)
for trim, price in [("S+", 29990), ("SV+", 34230), ("Platinum+", 38990)]:
    add(
        2026,
        "Nissan",
        "LEAF",
        trim,
        "FWD",
        "bev",
        price,
        "no",
        1545,
        "2025-08-19",
        LEAF,
        copy_note(".tmpprice/oem/nissan-leaf.html", "Nissan release 2025-08-19; D&H $1,545 (release's table)"),
        "19 inch" if trim == "Platinum+" else "",
    )  # the only 19-inch trim, as the old table matched it

# ---------------------------------------------------------------- Subaru releases
OUT = "https://media.subaru.com/pressrelease/2353/subaru-announces-pricing-all-new-2026-outback-suv"
for trim, price in [
    ("Premium", 34995),
    ("Limited", 41715),
    ("Touring", 45395),
    ("Wilderness", 44995),
    ("Limited XT", 44365),
    ("Touring XT", 47995),
]:
    add(
        2026,
        "Subaru",
        "Outback",
        trim,
        "",
        "ice",
        price,
        "no",
        1450,
        "2025-08-21",
        OUT,
        copy_note(
            ".tmpprice/oem/sub-outback.html",
            "Subaru release 2025-08-21, lowest line of the trim (option packages not recorded); destination and delivery $1,450",
        ),
        "Wilderness" if trim == "Wilderness" else "",
    )
FOR = "https://media.subaru.com/pressrelease/2421/1/subaru-focuses-consumer-affordability-excellent-value-updated-pricing"
for trim, pt, price in [
    ("Forester (base trim)", "ice", 29995),
    ("Premium", "ice", 31995),
    ("Sport", "ice", 34795),
    ("Sport Onyx Edition", "ice", 36495),
    ("Wilderness", "ice", 36995),
    ("Limited", "ice", 35995),
    ("Touring", "ice", 39995),
    ("Premium Hybrid", "hev", 34730),
    ("Sport Hybrid", "hev", 37930),
    ("Limited Hybrid", "hev", 38995),
    ("Touring Hybrid", "hev", 41545),
]:
    hint = ""
    if pt == "ice":
        hint = {"Sport": "Sport", "Sport Onyx Edition": "Sport", "Touring": "Touring", "Wilderness": "Wilderness"}.get(trim, "")
    add(
        2026,
        "Subaru",
        "Forester",
        trim,
        "",
        pt,
        price,
        "no",
        "",
        "2026-02-10",
        FOR,
        copy_note(".tmpprice/oem/sub-forester.html", "Subaru release 2026-02-10 (updated pricing), MSRP column"),
        hint,
    )
ASC = "https://media.subaru.com/pressrelease/2340/subaru-announces-pricing-2026-ascent-3-row-suv"
for trim, price, hint in [
    ("Premium", 40795, ""),
    ("Limited", 47885, "Limited"),
    ("Limited Bronze Edition", 48995, "Limited"),
    ("Touring", 51165, "Touring"),
    ("Onyx Edition Touring", 51995, "Onyx"),
]:
    add(
        2026,
        "Subaru",
        "Ascent",
        trim,
        "",
        "ice",
        price,
        "no",
        1450,
        "2025-07-24",
        ASC,
        copy_note(".tmpprice/oem/sub-ascent.html", "Subaru release 2025-07-24; destination and delivery $1,450"),
        hint,
    )

# ---------------------------------------------------------------- Volkswagen MY2026 lineup release
VW = "https://media.vw.com/releases/1870"
VWN = copy_note(
    ".tmpprice/oem/vw-lineup2.html",
    "Volkswagen 'announces 2026 lineup' release (undated in the copy; "
    "MY2026 cars arriving from August 2025); starting MSRP, destination stated separately",
)
for model, trim, dt, price, dest, hint in [
    ("Atlas", "SE", "FWD", 39310, 1475, "=^Atlas$"),
    ("Atlas", "SE 4Motion", "AWD", 41210, 1475, "SE 4motion"),
    ("Atlas", "Cross Sport SE", "FWD", 38300, 1475, "=^Atlas Cross Sport$"),
    ("Atlas", "Cross Sport SE 4Motion", "AWD", 40200, 1475, "Cross Sport 4motion"),
    ("Golf/GTI", "GTI S", "FWD", 34590, 1275, "GTI"),
    ("Golf/GTI", "Golf R", "AWD", 49455, 1275, "Golf R"),
    ("Jetta", "S", "FWD", 23995, 1275, "=^Jetta$"),
    ("GLI", "Autobahn", "FWD", 33745, 1275, ""),
    ("Taos", "S", "FWD", 26500, 1475, ""),
    ("Taos", "S 4Motion", "AWD", 28200, 1475, ""),
]:
    add(2026, "Volkswagen", model, trim, dt, "ice", price, "no", dest, "2025", VW, VWN, hint)

# ---------------------------------------------------------------- Buick site menu (model-year labelled starting prices)
BU = "https://www.buick.com/ (site menu 'Starting at' prices, copy retrieved 2026-07-29)"
for year, model, price in [
    (2026, "Envista", 24700),
    (2025, "Envista", 23800),
    (2026, "Encore", 26200),
    (2025, "Encore", 25940),
    (2026, "Envision", 41000),
    (2025, "Envision", 38000),
    (2026, "Enclave", 46400),
]:
    add(
        year,
        "Buick",
        model,
        "base (starting price)",
        "",
        "ice",
        price,
        "not stated",
        "",
        "2026-07-29",
        BU,
        copy_note(
            ".tmpprice/oem/buick-encoregx.html",
            f"buick.com menu: {year} {'Encore GX' if model == 'Encore' else model} "
            "'Starting at'; footnote not in the copy, destination basis not stated",
        ),
        "*",
    )

# ---------------------------------------------------------------- Chevrolet model pages (MY2026, copies of 2026-07-29)
for model, path, url in [
    ("Tahoe", "chev-tahoe", "https://www.chevrolet.com/suvs/tahoe"),
    ("Suburban", "chev-suburban", "https://www.chevrolet.com/suvs/suburban"),
    ("Colorado", "chev-colorado", "https://www.chevrolet.com/trucks/colorado"),
]:
    t = open(f"{COPY}/.tmpprice/txt/{path}.txt", encoding="utf-8").read()
    joined = "|".join(line.strip() for line in t.splitlines() if line.strip())
    assert f"2026 Chevy {model}" in joined
    seg = joined[joined.find("COMPARE") :][:6000]
    seen = set()
    for trim, price in re.findall(r"\|([A-Z][A-Za-z0-9 -]{1,25})\|Starting at:? \$([\d,]+) \*", seg):
        if trim in seen:
            continue
        seen.add(trim)
        label = trim if trim in ("LS", "LT", "RST", "WT", "Z71", "ZR2") else trim.title()
        dt = "4x2" if trim == "LS" else ""  # the page: "the base MSRP for the Chevy Tahoe LS 2WD is ..."
        add(
            2026,
            "Chevrolet",
            model,
            label,
            dt,
            "ice",
            price.replace(",", ""),
            "not stated",
            "",
            "2026-07-29",
            url,
            copy_note(
                f".tmpprice/oem/{path}.html",
                f"chevrolet.com 2026 {model} page, 'Starting at' of the {trim} "
                "model (copy retrieved 2026-07-29); footnote not in the copy, destination basis not stated",
            ),
            "ZR2" if trim == "ZR2" else "",
        )

out = sys.argv[1]
with open(out, "w", newline="", encoding="utf-8") as handle:
    w = csv.DictWriter(handle, fieldnames=COLS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
