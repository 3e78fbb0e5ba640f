"""SME size class under Decree 80/2021/NĐ-CP (Nghị định 80/2021/NĐ-CP), Article 5.

Article 5 (Tiêu chí xác định doanh nghiệp nhỏ và vừa) classifies by the average number of
employees participating in social insurance in a year AND either total annual revenue OR total
capital — meeting the employee limit plus one of the two money limits is enough:

* Agriculture, forestry, fisheries; industry and construction (VSIC sections A–F):
    - micro  (clause 1): ≤ 10 employees and (revenue ≤ 3 billion VND or capital ≤ 3 billion VND)
    - small  (clause 2): ≤ 100 employees and (revenue ≤ 50 billion or capital ≤ 20 billion)
    - medium (clause 3): ≤ 200 employees and (revenue ≤ 200 billion or capital ≤ 100 billion)
* Trade and services (VSIC sections G–U):
    - micro  (clause 1): ≤ 10 employees and (revenue ≤ 10 billion or capital ≤ 3 billion)
    - small  (clause 2): ≤ 50 employees and (revenue ≤ 100 billion or capital ≤ 50 billion)
    - medium (clause 3): ≤ 100 employees and (revenue ≤ 300 billion or capital ≤ 100 billion)

Money is stored in million VND. Household businesses are not enterprises under the decree
(size class "household"); cooperatives are classified by the same criteria but shown as their kind.
"""

from __future__ import annotations

AGRI_INDUSTRY = "agri_industry_construction"
TRADE_SERVICES = "trade_services"

# (class, max employees, max revenue, max capital) in million VND, smallest class first.
THRESHOLDS: dict[str, tuple[tuple[str, int, float, float], ...]] = {
    AGRI_INDUSTRY: (
        ("micro", 10, 3_000, 3_000),
        ("small", 100, 50_000, 20_000),
        ("medium", 200, 200_000, 100_000),
    ),
    TRADE_SERVICES: (
        ("micro", 10, 10_000, 3_000),
        ("small", 50, 100_000, 50_000),
        ("medium", 100, 300_000, 100_000),
    ),
}

SECTIONS_AGRI_INDUSTRY = frozenset("ABCDEF")


def sector_group(section_code: str | None) -> str | None:
    """The Article 5 group of a VSIC section letter, or None when the sector is unknown."""
    if not section_code:
        return None
    return AGRI_INDUSTRY if section_code[0].upper() in SECTIONS_AGRI_INDUSTRY else TRADE_SERVICES


def size_class(
    kind: str | None,
    group: str | None,
    employees: int | None,
    revenue: float | None,
    capital: float | None,
) -> str:
    """``micro`` | ``small`` | ``medium`` | ``not_sme`` | ``household`` | ``unknown``."""
    if kind == "household":
        return "household"
    if group is None or employees is None or (revenue is None and capital is None):
        return "unknown"
    for name, max_emp, max_rev, max_cap in THRESHOLDS[group]:
        if employees <= max_emp and (
            (revenue is not None and revenue <= max_rev) or (capital is not None and capital <= max_cap)
        ):
            return name
    return "not_sme"
