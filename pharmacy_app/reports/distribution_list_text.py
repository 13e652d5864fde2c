"""The words of a distribution list in Danish and English: column titles, the cool-box
instructions derived from the products on a list, storage texts per line, unit names
(singular for one), and the kinds of institution a mobile unit visits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pharmacy_app.reports.distribution_list_doc import FRIDGE_C, DistributionListDoc, ListLine
from pharmacy_app.reports.pdf_common import LOT_COLUMNS, check_language, fmt_date

TEXT: dict[str, dict[str, str]] = {
    "da": {
        **LOT_COLUMNS["da"],
        "title": "Distributionsliste",
        "from": "Fra {sender}",
        "list_no": "Liste nr.",
        "round": "Runde",
        "date": "Dato",
        "site_code": "Stedkode",
        "site_kind": "Stedtype",
        "address": "Adresse",
        "mode": "Forsendelse",
        "direct": "Sendes direkte",
        "in_transit": "I transit til modtagelse er bekræftet",
        "note": "Bemærkning",
        "lines": "Indhold",
        "col_storage": "Opbevaring",
        "col_units": "Antal",
        "col_lines": "Linjer",
        "col_doses": "Doser",
        "thawed": "Optøet {thawed}, anvendes senest {use_by}",
        "override": "Valgt uden om FEFO: {reason}",
        "part_doses": "+ {n} doser",
        "no_lines": "Der er ikke plukket noget til denne liste.",
        "total": "I alt, {n} linjer",
        "total_one": "I alt, 1 linje",
        "per_product": "I alt pr. vare",
        "storage_head": "Opbevaring i køleboksen",
        "line_fridge": "{range}, må ikke fryses",
        "line_thawed": "{range}, må ikke genfryses",
        "line_frozen": "Frost {range}",
        "box_fridge": "Opbevares ved {range}. Må ikke fryses.",
        "box_light": "Beskyttes mod lys: opbevares i den originale yderpakning.",
        "box_thawed": "Optøet {product}: må ikke genfryses; anvendes senest {use_by}.",
        "box_frozen": "Frosset {product}: skal transporteres frosset og opbevares ved {range}, "
        "indtil den optøs.",
        "box_in_use": "Anbrudt {unit} af {product} anvendes inden for {hours} timer.",
        "box_arrival": "Ved modtagelse: kontrollér varer og temperatur, og sæt dem straks på køl.",
        "box_arrival_frozen": "Ved modtagelse: kontrollér varer og temperatur, og sæt dem straks "
        "på køl, de frosne på frost.",
        "temp_range": "{lo}–{hi} °C",
        "temp_range_neg": "{lo} til {hi} °C",
        "visits": "Besøgsplan",
        "col_visit_date": "Dato",
        "col_institution": "Institution",
        "col_kind": "Type",
        "col_programme": "Program",
        "visits_total": "I alt, {n} besøg",
        "packed_by": "Pakket af",
        "received_by": "Modtaget af",
        "name_signature": "Navn og underskrift",
        "sig_date": "Dato",
        "sig_time": "Kl.",
        "sig_temp": "Temperatur (°C)",
        "running_left": "Distributionsliste {list} · {site}",
        "running_right": "Runde {round} · {date}",
        "meta_title": "Distributionslister, runde {round}",
        "meta_subject": "Distributionslister for {n} sted(er) i runde {round}",
    },
    "en": {
        **LOT_COLUMNS["en"],
        "title": "Distribution list",
        "from": "From {sender}",
        "list_no": "List no.",
        "round": "Round",
        "date": "Date",
        "site_code": "Site code",
        "site_kind": "Site type",
        "address": "Address",
        "mode": "Dispatch",
        "direct": "Sent directly",
        "in_transit": "In transit until receipt is confirmed",
        "note": "Note",
        "lines": "Contents",
        "col_storage": "Storage",
        "col_units": "Qty",
        "col_lines": "Lines",
        "col_doses": "Doses",
        "thawed": "Thawed {thawed}, use by {use_by}",
        "override": "Chosen against FEFO: {reason}",
        "part_doses": "+ {n} doses",
        "no_lines": "Nothing has been picked for this list.",
        "total": "Total, {n} lines",
        "total_one": "Total, 1 line",
        "per_product": "Total per product",
        "storage_head": "Storage in the cool box",
        "line_fridge": "{range}, do not freeze",
        "line_thawed": "{range}, do not refreeze",
        "line_frozen": "Frozen {range}",
        "box_fridge": "Store at {range}. Do not freeze.",
        "box_light": "Protect from light: keep in the original outer carton.",
        "box_thawed": "Thawed {product}: do not refreeze; use by {use_by} at the latest.",
        "box_frozen": "Frozen {product}: must be transported frozen and kept at {range} until "
        "thawed.",
        "box_in_use": "An opened {unit} of {product} must be used within {hours} hours.",
        "box_arrival": "On arrival: check the goods and the temperature, and put them in "
        "the fridge at once.",
        "box_arrival_frozen": "On arrival: check the goods and the temperature, and put them in "
        "the fridge at once, the frozen ones in the freezer.",
        "temp_range": "{lo}–{hi} °C",
        "temp_range_neg": "{lo} to {hi} °C",
        "visits": "Visit plan",
        "col_visit_date": "Date",
        "col_institution": "Institution",
        "col_kind": "Type",
        "col_programme": "Programme",
        "visits_total": "Total, {n} visits",
        "packed_by": "Packed by",
        "received_by": "Received by",
        "name_signature": "Name and signature",
        "sig_date": "Date",
        "sig_time": "Time",
        "sig_temp": "Temperature (°C)",
        "running_left": "Distribution list {list} · {site}",
        "running_right": "Round {round} · {date}",
        "meta_title": "Distribution lists, round {round}",
        "meta_subject": "Distribution lists for {n} site(s) in round {round}",
    },
}

# The kinds of institution a mobile unit visits, as stored (Danish), in English.
_INSTITUTION_KINDS_EN = {
    "plejehjem": "nursing home",
    "botilbud": "sheltered housing",
    "fængsel": "prison",
    "asylcenter": "asylum centre",
    "udrejsecenter": "departure centre",
    "hjemmebesøg": "home visit",
    "herberg": "homeless shelter",
}


def temperature_range(lo: int, hi: int, language: str) -> str:
    """``2–8 °C``; with negative figures ``−90 til −60 °C``, which a dash would garble."""
    t = TEXT[check_language(language)]

    def num(n: int) -> str:
        return f"−{-n}" if n < 0 else str(n)

    key = "temp_range_neg" if lo < 0 or hi < 0 else "temp_range"
    return t[key].format(lo=num(lo), hi=num(hi))


def storage_text(
    language: str,
    *,
    frozen: bool,
    thawed: bool,
    fridge_c: tuple[int, int] | None = FRIDGE_C,
    frozen_c: tuple[int, int] | None = None,
) -> str:
    """The short storage text of a line: "2–8 °C, må ikke fryses", "Frost −90 til −60 °C"."""
    t = TEXT[check_language(language)]
    if frozen and frozen_c is not None:
        return t["line_frozen"].format(range=temperature_range(*frozen_c, language))
    span = temperature_range(*(fridge_c or FRIDGE_C), language)
    return t["line_thawed" if thawed else "line_fridge"].format(range=span)


def institution_kind_name(kind: str, language: str) -> str:
    if language == "en":
        return _INSTITUTION_KINDS_EN.get(kind.strip().lower(), kind)
    return kind


def storage_instructions(doc: DistributionListDoc, language: str) -> list[str]:
    """What the cool box needs, derived from what is really in it, in print order: 2–8 °C
    for fridge and thawed stock, a frozen range only for stock that travels frozen."""
    t = TEXT[language]
    out: list[str] = []
    cold = [line for line in doc.lines if not line.frozen]
    ranges = sorted({line.fridge_c or FRIDGE_C for line in cold})
    for lo, hi in ranges:
        out.append(t["box_fridge"].format(range=temperature_range(lo, hi, language)))
    if doc.lines:  # with the fridge range, or on its own when everything travels frozen
        light = t["box_light"]
        out[-1:] = [f"{out[-1]} {light}"] if out else [light]
    thawed_use_by: dict[str, date] = {}
    for line in cold:
        if line.thawed_on is not None:
            known = thawed_use_by.get(line.product)
            thawed_use_by[line.product] = min(known, line.use_by) if known else line.use_by
    for product, use_by in thawed_use_by.items():
        out.append(t["box_thawed"].format(product=product, use_by=fmt_date(use_by, language)))
    frozen: dict[str, tuple[int, int]] = {}
    for line in doc.lines:
        if line.frozen and line.frozen_c is not None:
            frozen.setdefault(line.product, line.frozen_c)
    for product, (lo, hi) in frozen.items():
        out.append(
            t["box_frozen"].format(product=product, range=temperature_range(lo, hi, language))
        )
    in_use: dict[str, tuple[int, str]] = {}
    for line in doc.lines:
        if line.in_use_hours:
            unit = singular_unit(line.unit_name, language)
            in_use.setdefault(line.product, (line.in_use_hours, unit))
    for product, (hours, unit) in in_use.items():
        out.append(t["box_in_use"].format(product=product, hours=hours, unit=unit))
    if doc.lines:
        out.append(t["box_arrival_frozen" if frozen else "box_arrival"])
    return out


def units_by_kind(lines: Sequence[ListLine]) -> dict[str, int]:
    """Whole units per kind of unit ("hætteglas", "sprøjter", …), in the lines' order."""
    totals: dict[str, int] = {}
    for line in lines:
        totals[line.unit_name] = totals.get(line.unit_name, 0) + line.units
    return totals


def unit_label(units: int, unit_name: str, language: str) -> str:
    """The unit name to print beside ``units``: singular for one."""
    return singular_unit(unit_name, language) if units == 1 else unit_name


def singular_unit(unit_name: str, language: str) -> str:
    if language == "en":
        return unit_name[:-1] if unit_name.endswith("s") else unit_name
    return {"sprøjter": "sprøjte", "applikatorer": "applikator", "enheder": "enhed"}.get(
        unit_name, unit_name
    )
