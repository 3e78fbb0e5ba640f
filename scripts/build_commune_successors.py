"""Build resources/reference/communes_2025_successors.json: which current commune took over each
pre-July-2025 commune, per (current) province.

The conversion comes from the ``vietnamadminunits`` package's 2025 converter (MIT licence,
© 2025 Tran Ngoc Minh Hieu; a test-only dependency: the app reads the JSON written here and needs
neither the package nor a network at run time). Its new-ward codes are matched to the
``vietnam-provinces`` codes the database uses, by code, else by name within the province.

    .venv/bin/python scripts/build_commune_successors.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "reference" / "communes_2025_successors.json"


def _key(text: str) -> str:
    """The converter's keys: folded, letters and digits only ("Xã Tịnh Ấn Tây" → "xatinhantay")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^0-9a-z]", "", text)


def build() -> dict:
    import vietnamadminunits
    from vietnam_provinces import Ward
    from vietnamadminunits.database import query

    data = json.loads((Path(vietnamadminunits.__file__).parent / "data" / "converter_2025.json").read_text("utf-8"))
    ours: dict[str, dict[str, str]] = defaultdict(dict)  # province code → ward key → our code
    our_codes: set[str] = set()
    for w in Ward.iter_all():
        code, prov = f"{int(w.code):05d}", f"{int(w.province_code):02d}"
        ours[prov][_key(" ".join(w.name.split()))] = code
        our_codes.add(code)
    new_units = query("select provinceKey, provinceCode, wardKey, ward, wardCode from admin_units")
    new_by_key: dict[tuple[str, str], str] = {}  # (new province key, new ward key) → our code
    province_code: dict[str, str] = {}
    for u in new_units:
        prov = f"{int(u['provinceCode']):02d}"
        province_code[u["provinceKey"]] = prov
        by_name = ours[prov].get(_key(u["ward"]))
        code = by_name or (u["wardCode"].zfill(5) if u["wardCode"].zfill(5) in our_codes else None)
        if code:
            new_by_key[(u["provinceKey"], u["wardKey"])] = code
    legacy = {f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}": r["ward"]
              for r in query("select provinceKey, districtKey, wardKey, ward from admin_units_legacy")}
    successors: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for new_prov, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            code = new_by_key.get((new_prov, _key(new_ward))) or new_by_key.get((new_prov, new_ward))
            for old in olds:
                if code and old in legacy:
                    successors[province_code[new_prov]][" ".join(legacy[old].split())].add(code)
    for new_prov, olds in data["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            if old not in legacy:
                continue
            for n in news:
                code = new_by_key.get((new_prov, _key(n["newWardKey"])))
                if code:
                    successors[province_code[new_prov]][" ".join(legacy[old].split())].add(code)
    return {
        "source": "vietnamadminunits 1.0.4 converter_2025 (MIT licence, (c) 2025 Tran Ngoc Minh Hieu), "
                  "codes of vietnam-provinces",
        "provinces": {p: {name: sorted(codes) for name, codes in sorted(names.items())}
                      for p, names in sorted(successors.items())},
    }


def main() -> int:
    out = build()
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", "utf-8")
    n = sum(len(v) for v in out["provinces"].values())
    print(f"{OUT.relative_to(ROOT)}: {n} old commune names in {len(out['provinces'])} provinces")
    return 0


if __name__ == "__main__":
    sys.exit(main())
