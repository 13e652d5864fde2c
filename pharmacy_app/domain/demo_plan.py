"""A year of a region's vaccine logistics, simulated in memory for demo data.

Pure Python: the service :mod:`pharmacy_app.services.demo` turns a :class:`Plan` into
rows.  The simulation walks day by day through twelve months and keeps every
location's stock of every lot, so the ledger it produces is consistent by
construction; :func:`verify` replays it once more before anything is written.

A day has fixed phases in Danish local time, and within a phase a (location, lot)
only receives or only gives (the two corrected mistakes excepted, which keep their own
order), so the time order of the ledger is the order in which stock was simulated:

===========  ===============================================================
07:00-08:15  receipts from SSI at the pharmacy
08:20-08:50  the pharmacy's weekly expiry round, breakage
08:55-09:29  returns from sites, cold-chain failures at sites
09:30-12:00  distribution to sites: FEFO, whole vials or packs
12:30-16:25  consumption registered per site, product and lot: FEFO
16:30-17:45  open-vial leftovers, the sites' weekly expiry round, breakage
===========  ===============================================================

What makes it look real: autumn campaigns (covid-19 and influenza from 1 October,
peaking in October and November) against all-year pneumococcal vaccination; weekdays
busier than Fridays, central centres open on Saturdays in season, Danish holidays
closed; each site restocked to its kind's cover days; demand that turns out lower or
higher than planned; short-dated lots (some offered by SSI) so that wastage and the
expiry views have something to show.

Two mistakes of the last weeks leave the coordinator work on the last day (planned in
``_plan_end_state``, carried out by ``_end_state``):

* **Over-supplied.**  A few days before the end SSI passes on a short-dated lot (use-by
  14-20 days after the end) and the pharmacy sends a slow decentral site or mobile unit
  its own use until the use-by, 15 % and 45-75 doses more: on the last day those doses
  are at risk, and a busy central centre that uses the product can take them.
* **Expired, not yet cleared.**  Some weeks before the end a site is sent more of another
  short-dated lot than it uses; the lot's use-by passes 1-3 days before the end, after
  the site's last weekly expiry round, so its rest is still on the shelf (and the
  pharmacy's, when its own round has not come either).

Two central centres are also sent short-dated lots they will use in time (use-by within a
week and within two months of the end), so every expiry window has stock in it.

Everything random comes from one ``random.Random(seed)``, and every loop runs over
lists in a fixed order, so a seed and an end date always give the same ledger.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, partial

from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.domain.location_codes import code_part, region_prefix
from pharmacy_app.domain.types import MovementKind, VirtualLocation

SSI = VirtualLocation.SSI.value
ADMINISTERED = VirtualLocation.ADMINISTERED.value
WASTED = VirtualLocation.WASTED.value

RECEIPT = MovementKind.RECEIPT.value
TRANSFER = MovementKind.TRANSFER.value
ADMINISTER = MovementKind.ADMINISTER.value
DISCARD = MovementKind.DISCARD.value
REVERSAL = MovementKind.REVERSAL.value

# Site types (finer than location kinds): which products a site carries and how busy it is.
CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, TEMPORARY, MOBILE = (
    "central",
    "hospital",
    "health_house",
    "gp",
    "temporary",
    "mobile",
)
ALL_TYPES = frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, TEMPORARY, MOBILE})
TYPE_KIND = {
    CENTRAL: "central",
    HOSPITAL: "decentral",
    HEALTH_HOUSE: "decentral",
    GP: "decentral",
    TEMPORARY: "temporary",
    MOBILE: "mobile",
}
TYPE_WEIGHT = {
    CENTRAL: 3.0,
    HOSPITAL: 1.0,
    HEALTH_HOUSE: 0.8,
    GP: 0.45,
    TEMPORARY: 1.6,
    MOBILE: 0.6,
}
DEFAULT_COVER_DAYS = {"central": 14, "decentral": 7, "temporary": 7, "mobile": 7}

# Weekday doses for the whole region at a factor of 1, Region Hovedstaden's size.
PROGRAMME_BASE = {"covid-19": 2600.0, "influenza": 5000.0, "pneumococcal": 90.0}
OTHER_SEASONAL_BASE = 400.0
OTHER_ALL_YEAR_BASE = 40.0
OFF_SEASON_FACTOR = {"covid-19": 0.03, "influenza": 0.006}
DEFAULT_OFF_SEASON_FACTOR = 0.02
# Seasonal campaigns from 1 October: (days since 1 October, factor), linear in between.
SEASON_ANCHORS = (
    (0, 1.3), (7, 1.8), (24, 1.6), (45, 1.2), (75, 0.5), (106, 0.25), (137, 0.12), (151, 0.06),
)  # fmt: skip
ALL_YEAR_MONTH_FACTOR = {10: 1.6, 11: 1.4, 12: 1.1}  # pneumococcal given alongside influenza
WEEKDAY_FACTOR = (1.15, 1.1, 1.05, 1.05, 0.8, 0.35, 0.0)
REGION_SCALE = {"1081": 0.32, "1082": 0.72, "1083": 0.66, "1084": 1.0, "1085": 0.45}

# varenummer -> (share of its programme's doses, site types that carry it, weight by type)
# fmt: off
PRODUCT_PROFILES: dict[str, tuple[float, frozenset[str], Mapping[str, float]]] = {
    "412345": (0.66, frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, TEMPORARY, MOBILE}), {MOBILE: 0.6}),
    "412346": (0.12, frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, MOBILE}), {MOBILE: 2.5, GP: 2.0}),
    "412347": (0.02, frozenset({CENTRAL, HOSPITAL}), {}),
    "412350": (0.20, frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, TEMPORARY}), {}),
    "123456": (0.30, ALL_TYPES, {}),
    "123457": (0.18, frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, TEMPORARY}), {}),
    "123458": (0.08, frozenset({CENTRAL, HOSPITAL, GP}), {GP: 3.0}),
    "123459": (0.36, ALL_TYPES, {MOBILE: 2.5}),
    "123460": (0.08, frozenset({CENTRAL, HOSPITAL}), {}),
    "345678": (0.40, frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, MOBILE}), {MOBILE: 2.0}),
    "345679": (0.60, frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, MOBILE}), {MOBILE: 2.0}),
}
# fmt: on
DEFAULT_CARRIERS = frozenset({CENTRAL, HOSPITAL})
# Live attenuated nasal influenza vaccine keeps about 18 weeks from manufacture.
SHORT_SHELF_LIFE_DAYS = {"123458": (30, 90)}

# User names are initials, as in the regions' IT systems: two letters of each name.
PHARMACY_STAFF = ("hebl", "kamo", "sije", "tipa", "anni")
FIRST_NAMES = (
    "Anne", "Bente", "Camilla", "Dorthe", "Emil", "Frederik", "Gitte", "Hanne", "Ida", "Jens",
    "Karen", "Lars", "Louise", "Mads", "Mette", "Niels", "Ole", "Pia", "Rikke", "Søren", "Tina",
    "Ulla", "Vibeke", "Henrik",
)  # fmt: skip
SURNAMES = (
    "Andersen", "Bech", "Christensen", "Dahl", "Eriksen", "Frandsen", "Holm", "Jakobsen", "Jensen",
    "Kristensen", "Larsen", "Lund", "Madsen", "Nielsen", "Olsen", "Pedersen", "Rasmussen",
    "Sørensen", "Thomsen", "Vestergaard",
)  # fmt: skip

BREAKAGE_NOTES = ("Tabt på gulvet", "Beskadiget ved udpakning", "Knust i køleskabet")
OTHER_NOTES = (  # a single dose
    "Dosis trukket op, borgeren udeblev",
    "Borgeren besvimede, dosis spildt",
    "Pakning uden kanyle, kasseret efter aftale med apoteket",
)
OTHER_NOTES_VIAL = (  # a whole multi-dose vial
    "Hætteglas forurenet ved optræk",
    "Anbrudt hætteglas uden dato og klokkeslæt",
)
COLD_CHAIN_NOTES = (
    "Køleskab målt til 14 °C ved morgenkontrol",
    "Strømsvigt i weekenden, temperaturlogger over 8 °C",
)
COLD_CHAIN_NOTES_MOBILE = ("Kølekasse uden køleelementer under udkørsel",)
MIN_DAYS_LEFT_TO_SEND = 3
SHORT_DATED_MAX_DOSES = 1500  # an offer of short-dated stock from SSI
PICK_OPTIMISM = 1.25  # a short-dated lot is sent for the site's forecast use, and a bit more

# The day's phases, seconds after local midnight; a phase's times never pass its end.
_H = 3600
RECEIPTS = (7 * _H, 8 * _H + 15 * 60)
PHARMACY_DISCARDS = (8 * _H + 20 * 60, 8 * _H + 50 * 60)
RETURNS = (8 * _H + 55 * 60, 9 * _H + 29 * 60)
DISTRIBUTION = (9 * _H + 30 * 60, 12 * _H)
CONSUMPTION = (12 * _H + 30 * 60, 16 * _H + 25 * 60)
SITE_WASTE = (16 * _H + 30 * 60, 17 * _H + 45 * 60)


# --------------------------------------------------------------------------- inputs and outputs


@dataclass(frozen=True)
class ProductSpec:
    varenummer: str
    programme_code: str
    manufacturer: str
    doses_per_unit: int
    units_per_pack: int
    in_use_hours_after_opening: int | None = None
    min_remaining_shelf_life_days: int = 30

    @property
    def doses_per_pack(self) -> int:
        return self.doses_per_unit * self.units_per_pack

    @property
    def multi_dose(self) -> bool:
        return self.doses_per_unit > 1


@dataclass(frozen=True)
class SiteSpec:
    code: str
    name: str
    kind_code: str
    site_type: str
    address: str
    city: str
    cover_days: int


@dataclass(frozen=True)
class PlannedLot:
    index: int
    varenummer: str
    batch: str
    expiry: date
    created_at: datetime


@dataclass(frozen=True)
class PlannedMovement:
    seq: int
    kind: str
    lot: int
    from_code: str
    to_code: str
    doses: int
    occurred_at: datetime
    recorded_at: datetime
    user_name: str
    reference: str = ""
    reason_code: str | None = None
    note: str = ""
    reverses_seq: int | None = None


@dataclass(frozen=True)
class Plan:
    pharmacy_code: str
    sites: tuple[SiteSpec, ...]
    lots: tuple[PlannedLot, ...]
    movements: tuple[PlannedMovement, ...]  # in time order: (occurred_at, seq)
    balances: dict[tuple[str, int], int]  # (location code, lot index) -> doses, non-zero only
    closed_sites: tuple[str, ...]  # temporary sites out of season and empty at the end
    first_day: date
    last_day: date


class PlanError(RuntimeError):
    """The simulation broke one of the ledger's rules (a bug, never bad input)."""


# --------------------------------------------------------------------------- calendar


def at_phase(day: date, seconds: int, phase: tuple[int, int]) -> datetime:
    """``local_time`` held inside ``phase``; equal times keep the simulation's order."""
    return local_time(day, min(max(seconds, phase[0]), phase[1]))


def local_time(day: date, seconds: int) -> datetime:
    """``seconds`` after local midnight on ``day`` in Denmark, as an aware UTC datetime."""
    return (datetime.combine(day, time(0), tzinfo=UTC) + timedelta(seconds=seconds)) - _offset(day)


@cache
def _offset(day: date) -> timedelta:
    offset = datetime.combine(day, time(12), tzinfo=LOCAL_TZ).utcoffset()
    return offset or timedelta(0)


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@cache
def danish_holidays(year: int) -> frozenset[date]:
    """Days pharmacies and vaccination sites are closed (public holidays, 24 and 31 December)."""
    easter = easter_sunday(year)
    moving = [easter + timedelta(days=n) for n in (-3, -2, 0, 1, 39, 49, 50)]
    fixed = [
        date(year, 1, 1),
        date(year, 6, 5),
        date(year, 12, 24),
        date(year, 12, 25),
        date(year, 12, 26),
        date(year, 12, 31),
    ]
    return frozenset(moving + fixed)


def is_holiday(day: date) -> bool:
    return day in danish_holidays(day.year)


def season_start(day: date) -> date | None:
    """1 October of the autumn/winter campaign ``day`` belongs to, or None (March-September)."""
    if day.month >= 10:
        return date(day.year, 10, 1)
    if day.month <= 2:
        return date(day.year - 1, 10, 1)
    return None


def in_season(day: date) -> bool:
    return season_start(day) is not None


def seasonal_factor(day: date, off_season: float) -> float:
    start = season_start(day)
    if start is None:
        return off_season
    x = (day - start).days
    for (x0, y0), (x1, y1) in zip(SEASON_ANCHORS, SEASON_ANCHORS[1:], strict=False):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return SEASON_ANCHORS[-1][1]


def _end_of_month(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    return _end_of_month(date(day.year + y, m + 1, 1))


# --------------------------------------------------------------------------- the region's sites

# Central vaccination centres by the catalogue's city: (street, postcode and town).
CENTRAL_ADDRESSES: dict[str, tuple[str, str]] = {
    "København (Bispebjerg)": ("Bispebjerg Bakke 23", "2400 København NV"),
    "København (Amager)": ("Italiensvej 1", "2300 København S"),
    "Hvidovre": ("Kettegård Allé 30", "2650 Hvidovre"),
    "Herlev": ("Borgmester Ib Juuls Vej 1", "2730 Herlev"),
    "Hillerød": ("Dyrehavevej 29", "3400 Hillerød"),
    "Rønne": ("Ullasvej 8", "3700 Rønne"),
    "Aalborg": ("Hobrovej 18", "9000 Aalborg"),
    "Hjørring": ("Bispensgade 37", "9800 Hjørring"),
    "Thisted": ("Højtoftevej 2", "7700 Thisted"),
    "Aarhus": ("Palle Juul-Jensens Boulevard 99", "8200 Aarhus N"),
    "Randers": ("Skovlyvej 15", "8930 Randers NØ"),
    "Viborg": ("Heibergs Allé 4", "8800 Viborg"),
    "Gødstrup": ("Hospitalsparken 15", "7400 Herning"),
    "Horsens": ("Sundvej 30", "8700 Horsens"),
    "Odense": ("J.B. Winsløws Vej 4", "5000 Odense C"),
    "Svendborg": ("Baagøes Allé 15", "5700 Svendborg"),
    "Esbjerg": ("Finsensgade 35", "6700 Esbjerg"),
    "Kolding": ("Sygehusvej 24", "6000 Kolding"),
    "Aabenraa": ("Kresten Philipsens Vej 15", "6200 Aabenraa"),
    "Roskilde": ("Sygehusvej 10", "4000 Roskilde"),
    "Køge": ("Lykkebækvej 1", "4600 Køge"),
    "Holbæk": ("Smedelundsgade 60", "4300 Holbæk"),
    "Slagelse": ("Fælledvej 11", "4200 Slagelse"),
    "Nykøbing F": ("Fjordvej 15", "4800 Nykøbing F"),
}

# (code suffix, name, site type, street, postcode and town)
_Site = tuple[str, str, str, str, str]
# fmt: off
REGION_SITES: dict[str, tuple[tuple[_Site, ...], tuple[_Site, ...], tuple[_Site, ...]]] = {
    "1084": (
        (
            ("FREDERIKSSUND", "Frederikssund Hospital", HOSPITAL, "Frederikssundsvej 30", "3600 Frederikssund"),
            ("HELSINGOER", "Helsingør Hospital", HOSPITAL, "Esrumvej 145", "3000 Helsingør"),
            ("GLOSTRUP", "Glostrup Hospital", HOSPITAL, "Valdemar Hansens Vej 1", "2600 Glostrup"),
            ("GENTOFTE", "Gentofte Hospital", HOSPITAL, "Gentofte Hospitalsvej 1", "2900 Hellerup"),
            ("ALBERTSLUND", "Sundhedshuset Albertslund", HEALTH_HOUSE, "Bytorvet 7", "2620 Albertslund"),
            ("NOERREBRO", "Sundhedshus Nørrebro", HEALTH_HOUSE, "Mimersgade 41", "2200 København N"),
            ("TAARNBY", "Sundhedshuset Tårnby", HEALTH_HOUSE, "Kamillevej 3", "2770 Kastrup"),
            ("BALLERUP", "Lægehuset Ballerup", GP, "Banegårdspladsen 2", "2750 Ballerup"),
            ("VALBY", "Lægerne i Valby", GP, "Valby Langgade 83", "2500 Valby"),
            ("ALLEROED", "Lægehuset Allerød", GP, "Kongevejen 12", "3450 Allerød"),
            ("HOERSHOLM", "Lægerne Hørsholm Midtpunkt", GP, "Hovedgaden 32", "2970 Hørsholm"),
            ("NEXOE", "Lægehuset Nexø", GP, "Aasen 8", "3730 Nexø"),
        ),
        (
            ("FIELDS", "Pop-up vaccination Fields", TEMPORARY, "Arne Jacobsens Allé 12", "2300 København S"),
            ("LYNGBY", "Pop-up vaccination Lyngby Storcenter", TEMPORARY, "Lyngby Storcenter 54", "2800 Kongens Lyngby"),
            ("ISHOEJ", "Midlertidigt vaccinationssted Ishøj Bycenter", TEMPORARY, "Ishøj Bycenter 1", "2635 Ishøj"),
            ("HOVEDBANEN", "Pop-up vaccination Hovedbanegården", TEMPORARY, "Bernstorffsgade 16", "1577 København V"),
        ),
        (
            ("NORD", "Udkørende team Nord", MOBILE, "Dyrehavevej 29", "3400 Hillerød"),
            ("SYD", "Udkørende team Syd", MOBILE, "Kettegård Allé 30", "2650 Hvidovre"),
            ("BORNHOLM", "Udkørende team Bornholm", MOBILE, "Ullasvej 8", "3700 Rønne"),
        ),
    ),
    "1081": (
        (
            ("FREDERIKSHAVN", "Sygehus Vendsyssel, Frederikshavn", HOSPITAL, "Barfredsvej 83", "9900 Frederikshavn"),
            ("HOBRO", "Hobro Sygehus", HOSPITAL, "Juelsgade 7", "9500 Hobro"),
            ("FARSOE", "Farsø Sygehus", HOSPITAL, "Søndre Boulevard 30", "9640 Farsø"),
            ("BROENDERSLEV", "Sundhedshuset Brønderslev", HEALTH_HOUSE, "Tolstrupsvej 2", "9700 Brønderslev"),
            ("SKAGEN", "Sundhedshus Skagen", HEALTH_HOUSE, "Sct. Laurentii Vej 48", "9990 Skagen"),
            ("AALBORG-OEST", "Sundhedshuset Aalborg Øst", HEALTH_HOUSE, "Fyrkildevej 7", "9220 Aalborg Øst"),
            ("DRONNINGLUND", "Sundhedshus Dronninglund", HEALTH_HOUSE, "Rosenvænget 12", "9330 Dronninglund"),
            ("LOEKKEN", "Lægehuset Løkken", GP, "Søndergade 25", "9480 Løkken"),
            ("AARS", "Lægerne i Aars", GP, "Himmerlandsgade 58", "9600 Aars"),
            ("SAEBY", "Lægehuset Sæby", GP, "Vestergade 2", "9300 Sæby"),
            ("NIBE", "Lægehuset Nibe", GP, "Lundevej 3", "9240 Nibe"),
            ("HADSUND", "Lægerne Hadsund", GP, "Storegade 1", "9560 Hadsund"),
            ("FJERRITSLEV", "Lægehuset Fjerritslev", GP, "Østergade 10", "9690 Fjerritslev"),
            ("STOEVRING", "Lægehuset Støvring", GP, "Hobrovej 8", "9530 Støvring"),
        ),
        (
            ("STORCENTER", "Pop-up vaccination Aalborg Storcenter", TEMPORARY, "Hobrovej 452", "9200 Aalborg SV"),
            ("GIGANTIUM", "Pop-up vaccination Gigantium", TEMPORARY, "Willy Brandts Vej 31", "9220 Aalborg Øst"),
            ("HJOERRING", "Midlertidigt vaccinationssted Hjørring Bibliotek", TEMPORARY, "Østergade 2", "9800 Hjørring"),
            ("THISTED", "Pop-up vaccination Thisted Hallen", TEMPORARY, "Idrætsvej 2", "7700 Thisted"),
        ),
        (
            ("AALBORG", "Udkørende team Aalborg", MOBILE, "Hobrovej 18", "9000 Aalborg"),
            ("VENDSYSSEL", "Udkørende team Vendsyssel", MOBILE, "Bispensgade 37", "9800 Hjørring"),
            ("THY-MORS", "Udkørende team Thy-Mors", MOBILE, "Højtoftevej 2", "7700 Thisted"),
            ("HIMMERLAND", "Udkørende team Himmerland", MOBILE, "Søndre Boulevard 30", "9640 Farsø"),
        ),
    ),
    "1082": (
        (
            ("SILKEBORG", "Regionshospitalet Silkeborg", HOSPITAL, "Falkevej 1", "8600 Silkeborg"),
            ("SKIVE", "Regionshospitalet Skive", HOSPITAL, "Resenvej 25", "7800 Skive"),
            ("GRENAA", "Regionshospitalet Grenaa", HOSPITAL, "Barfodsvej 1", "8500 Grenaa"),
            ("RINGKOEBING", "Sundhedshuset Ringkøbing", HEALTH_HOUSE, "Toftevej 2", "6950 Ringkøbing"),
            ("SAMSOE", "Samsø Sundhedscenter", HEALTH_HOUSE, "Sygehusvej 8", "8305 Samsø"),
            ("SKANDERBORG", "Sundhedshuset Skanderborg", HEALTH_HOUSE, "Adelgade 6", "8660 Skanderborg"),
            ("ODDER", "Sundhedshuset Odder", HEALTH_HOUSE, "Rørth Allé 1", "8300 Odder"),
            ("EBELTOFT", "Lægehuset Ebeltoft", GP, "Jernbanegade 12", "8400 Ebeltoft"),
            ("HAMMEL", "Lægerne i Hammel", GP, "Torvegade 3", "8450 Hammel"),
            ("IKAST", "Lægehuset Ikast", GP, "Østergade 24", "7430 Ikast"),
            ("HEDENSTED", "Lægehuset Hedensted", GP, "Tværgade 4", "8722 Hedensted"),
            ("LEMVIG", "Lægerne Lemvig", GP, "Ringkøbingvej 2", "7620 Lemvig"),
        ),
        (
            ("BRUUNS", "Pop-up vaccination Bruuns Galleri", TEMPORARY, "M.P. Bruuns Gade 25", "8000 Aarhus C"),
            ("CERES", "Pop-up vaccination Ceres Park", TEMPORARY, "Stadion Allé 70", "8000 Aarhus C"),
            ("MCH", "Midlertidigt vaccinationssted MCH Herning", TEMPORARY, "Vardevej 1", "7400 Herning"),
            ("RANDERS", "Pop-up vaccination Randers Storcenter", TEMPORARY, "Udbyhøjvej 15", "8930 Randers NØ"),
        ),
        (
            ("AARHUS", "Udkørende team Aarhus", MOBILE, "Palle Juul-Jensens Boulevard 99", "8200 Aarhus N"),
            ("VEST", "Udkørende team Vest", MOBILE, "Hospitalsparken 15", "7400 Herning"),
            ("DJURSLAND", "Udkørende team Djursland", MOBILE, "Barfodsvej 1", "8500 Grenaa"),
            ("MIDT", "Udkørende team Midt", MOBILE, "Heibergs Allé 4", "8800 Viborg"),
        ),
    ),
    "1083": (
        (
            ("NYBORG", "Nyborg Sygehus", HOSPITAL, "Vestergade 17", "5800 Nyborg"),
            ("VEJLE", "Sygehus Lillebælt, Vejle", HOSPITAL, "Beriderbakken 4", "7100 Vejle"),
            ("MIDDELFART", "Sygehus Lillebælt, Middelfart", HOSPITAL, "Teglgårdsparken 10", "5500 Middelfart"),
            ("SOENDERBORG", "Sygehus Sønderjylland, Sønderborg", HOSPITAL, "Sydvang 1", "6400 Sønderborg"),
            ("FAABORG", "Sundhedshuset Faaborg", HEALTH_HOUSE, "Tømmergade 7", "5600 Faaborg"),
            ("TOENDER", "Sundhedshus Tønder", HEALTH_HOUSE, "Sønderport 4", "6270 Tønder"),
            ("GRINDSTED", "Sundhedshuset Grindsted", HEALTH_HOUSE, "Tinghusgade 5", "7200 Grindsted"),
            ("ASSENS", "Lægehuset Assens", GP, "Østergade 31", "5610 Assens"),
            ("RIBE", "Lægerne Ribe", GP, "Seminarievej 10", "6760 Ribe"),
            ("FREDERICIA", "Lægehuset Fredericia", GP, "Gothersgade 20", "7000 Fredericia"),
            ("HADERSLEV", "Lægerne Haderslev", GP, "Jomfrustien 2", "6100 Haderslev"),
            ("BOGENSE", "Lægehuset Bogense", GP, "Adelgade 48", "5400 Bogense"),
        ),
        (
            ("ROSENGAARD", "Pop-up vaccination Rosengårdcentret", TEMPORARY, "Ørbækvej 75", "5220 Odense SØ"),
            ("ESBJERG", "Pop-up vaccination Esbjerg Storcenter", TEMPORARY, "Gammel Vardevej 75", "6715 Esbjerg N"),
            ("KOLDING", "Midlertidigt vaccinationssted Kolding Storcenter", TEMPORARY, "Skovvangen 42", "6000 Kolding"),
            ("BORGEN", "Pop-up vaccination Borgen Sønderborg", TEMPORARY, "Perlegade 100", "6400 Sønderborg"),
        ),
        (
            ("FYN", "Udkørende team Fyn", MOBILE, "J.B. Winsløws Vej 4", "5000 Odense C"),
            ("SYDVEST", "Udkørende team Sydvest", MOBILE, "Finsensgade 35", "6700 Esbjerg"),
            ("SOENDERJYLLAND", "Udkørende team Sønderjylland", MOBILE, "Kresten Philipsens Vej 15", "6200 Aabenraa"),
            ("TREKANTEN", "Udkørende team Trekanten", MOBILE, "Sygehusvej 24", "6000 Kolding"),
        ),
    ),
    "1085": (
        (
            ("NAESTVED", "Næstved Sygehus", HOSPITAL, "Ringstedgade 61", "4700 Næstved"),
            ("RINGSTED", "Ringsted Sygehus", HOSPITAL, "Bøllingsvej 30", "4100 Ringsted"),
            ("KALUNDBORG", "Kalundborg Sygehus", HOSPITAL, "Nørre Allé 31", "4400 Kalundborg"),
            ("NAKSKOV", "Sundhedshuset Nakskov", HEALTH_HOUSE, "Søndergade 59", "4900 Nakskov"),
            ("FAXE", "Sundhedshuset Faxe", HEALTH_HOUSE, "Jernbanevej 2", "4690 Haslev"),
            ("VORDINGBORG", "Sundhedshus Vordingborg", HEALTH_HOUSE, "Valdemarsgade 43", "4760 Vordingborg"),
            ("ODSHERRED", "Sundhedshuset Odsherred", HEALTH_HOUSE, "Egebjergvej 1", "4500 Nykøbing Sj"),
            ("STEGE", "Lægehuset Stege", GP, "Storegade 55", "4780 Stege"),
            ("SOLROED", "Lægerne i Solrød", GP, "Solrød Center 1", "2680 Solrød Strand"),
            ("SOROE", "Lægehuset Sorø", GP, "Storgade 12", "4180 Sorø"),
            ("GREVE", "Lægehuset Greve", GP, "Greve Centervej 4", "2670 Greve"),
            ("STEVNS", "Lægerne Stevns", GP, "Algade 10", "4660 Store Heddinge"),
        ),
        (
            ("ROS-TORV", "Pop-up vaccination Ro's Torv", TEMPORARY, "Ro's Torv 1", "4000 Roskilde"),
            ("NAESTVED", "Pop-up vaccination Næstved Storcenter", TEMPORARY, "Næstved Storcenter 1", "4700 Næstved"),
            ("KOEGE", "Midlertidigt vaccinationssted Køge Hallerne", TEMPORARY, "Ølby Hallen 1", "4600 Køge"),
            ("GULDBORGSUND", "Pop-up vaccination Nykøbing F Hallen", TEMPORARY, "Bispegade 8", "4800 Nykøbing F"),
        ),
        (
            ("NORD", "Udkørende team Nord", MOBILE, "Smedelundsgade 60", "4300 Holbæk"),
            ("SYD", "Udkørende team Syd", MOBILE, "Ringstedgade 61", "4700 Næstved"),
            ("LOLLAND-FALSTER", "Udkørende team Lolland-Falster", MOBILE, "Fjordvej 15", "4800 Nykøbing F"),
            ("VEST", "Udkørende team Vest", MOBILE, "Fælledvej 11", "4200 Slagelse"),
        ),
    ),
}
# fmt: on

def region_sites(
    region_code: str,
    pharmacy_code: str,
    central_cities: Sequence[str],
    cover_days: Mapping[str, int | None] | None = None,
    target: int = 25,
) -> tuple[SiteSpec, ...]:
    """About ``target`` sites of every kind for a region, in a fixed order."""
    prefix = region_prefix(pharmacy_code)
    covers = dict(DEFAULT_COVER_DAYS)
    for kind, days in (cover_days or {}).items():
        if days:
            covers[kind] = days

    def spec(code: str, name: str, site_type: str, street: str, town: str) -> SiteSpec:
        # The street as address, the postcode and town as city: printed once, together.
        kind = TYPE_KIND[site_type]
        return SiteSpec(code, name, kind, site_type, street, town, covers.get(kind, 7))

    sites: list[SiteSpec] = []
    for city in central_cities:
        street, town = CENTRAL_ADDRESSES.get(city, ("", city))
        label = city[city.index("(") + 1 : city.index(")")] if "(" in city and ")" in city else city
        sites.append(
            spec(
                f"{prefix}-VC-{code_part(city)}",
                f"Vaccinationscenter {label}",
                CENTRAL,
                street,
                town if street else city.split(" (")[0],
            )
        )
    decentral, temporary, mobile = REGION_SITES.get(region_code) or _generic_sites(central_cities)
    n_decentral = max(3, target - len(sites) - len(temporary) - len(mobile))
    for suffix, name, site_type, street, town in decentral[:n_decentral]:
        sites.append(spec(f"{prefix}-DC-{suffix}", name, site_type, street, town))
    for suffix, name, site_type, street, town in temporary:
        sites.append(spec(f"{prefix}-TMP-{suffix}", name, site_type, street, town))
    for suffix, name, site_type, street, town in mobile:
        sites.append(spec(f"{prefix}-MOB-{suffix}", name, site_type, street, town))
    return tuple(sites)


def _generic_sites(
    cities: Sequence[str],
) -> tuple[tuple[_Site, ...], tuple[_Site, ...], tuple[_Site, ...]]:
    """Plain sites for a region this module has no list for, built from its cities."""
    towns = [c.split(" (")[0] for c in cities] or ["Centrum"]
    decentral: list[_Site] = []
    for i in range(14):
        town = towns[i % len(towns)]
        site_type, label = ((HOSPITAL, "Sygehus"), (HEALTH_HOUSE, "Sundhedshus"), (GP, "Lægehus"))[
            i % 3
        ]
        n = i // 3 + 1
        decentral.append((f"{code_part(town)}-{n}", f"{label} {town} {n}", site_type, "", town))
    temporary = tuple(
        (
            f"POPUP-{i + 1}",
            f"Pop-up vaccination {towns[i % len(towns)]} {i + 1}",
            TEMPORARY,
            "",
            towns[i % len(towns)],
        )
        for i in range(4)
    )
    mobile = tuple(
        (f"TEAM-{i + 1}", f"Udkørende team {i + 1}", MOBILE, "", towns[i % len(towns)])
        for i in range(4)
    )
    return tuple(decentral), temporary, mobile


# --------------------------------------------------------------------------- small helpers


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit = math.exp(-lam)
    k, p = 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_ASCII = str.maketrans({"æ": "a", "ø": "o", "å": "a"})


def _new_user(rng: random.Random, taken: set[str]) -> str:
    """Initials not yet in ``taken`` (and add them), e.g. Mette Sørensen -> ``meso``."""
    while True:
        name = (rng.choice(FIRST_NAMES)[:2] + rng.choice(SURNAMES)[:2]).lower().translate(_ASCII)
        if name not in taken:
            taken.add(name)
            return name


def _batch(rng: random.Random, manufacturer: str, day: date) -> str:
    """A batch number in the style of the manufacturer (letters and digits, at most 20)."""
    who = manufacturer.lower()

    def letters(n: int) -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(n))

    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if "pfizer" in who or "biontech" in who or "astrazeneca" in who:
        return letters(2) + digits(4)
    if "moderna" in who:
        return digits(6) + letters(1)
    if "sanofi" in who:
        return letters(1) + digits(1) + letters(1) + digits(3) + letters(1)
    if "seqirus" in who:
        return "P" + digits(7)
    if "msd" in who or "merck" in who or "viatris" in who:
        return letters(1) + digits(6)
    return f"L{day:%y}" + digits(4)


# --------------------------------------------------------------------------- the simulation


@dataclass
class _Lot:
    product: int
    batch: str
    expiry: date
    created_at: datetime
    first_day: date


@dataclass(frozen=True)
class _EndIncident:
    """A short-dated lot received from SSI on ``day`` and sent to ``site`` the same day:
    the site's own use until ``use_by`` (``share`` of it after the last day) and
    ``extra_doses`` and ``margin`` x that use more."""

    site: int
    product: int
    day: int  # index into the simulation's days
    use_by: date
    extra_doses: int
    share: float = 1.0  # of the site's own use after the last day
    margin: float = 0.0  # sent on top, as a share of the site's own use


@dataclass
class _SiteState:
    spec: SiteSpec
    users: tuple[str, ...]
    delivery_days_season: frozenset[int]
    delivery_days_off: frozenset[int]
    clinic_weekday: int
    route_minute: int
    generosity: float
    products: list[int] = field(default_factory=list)


class _Simulation:
    def __init__(
        self,
        products: Sequence[ProductSpec],
        pharmacy_code: str,
        sites: Sequence[SiteSpec],
        *,
        region_code: str,
        seed: int,
        start: date,
        until: date,
        all_year_programmes: frozenset[str],
        taken_batches: frozenset[tuple[str, str]],
        progress: Callable[[int, int], None] | None,
    ):
        self.rng = random.Random(seed)
        self.products = list(products)
        self.pharmacy = pharmacy_code
        self.start = start
        self.until = until
        self.n_days = (until - start).days + 1
        self.horizon = self.n_days + 120
        self.days = [start + timedelta(days=i) for i in range(self.horizon)]
        self.scale = REGION_SCALE.get(region_code, 0.6)
        self.all_year = all_year_programmes
        self.taken = set(taken_batches)
        self.progress = progress

        rng = self.rng
        self.sites: list[_SiteState] = []
        staff = set(PHARMACY_STAFF)
        for n, site in enumerate(sites):
            users = (_new_user(rng, staff), _new_user(rng, staff))
            if site.kind_code in ("central", "temporary"):
                season_days, off_days = frozenset({0, 3}), frozenset({0})
            elif site.kind_code == "mobile":
                season_days = off_days = frozenset({0})
            else:
                season_days = off_days = frozenset({1 + n % 3})
            self.sites.append(
                _SiteState(
                    spec=site,
                    users=users,
                    delivery_days_season=season_days,
                    delivery_days_off=off_days,
                    clinic_weekday=1 + n % 3,
                    route_minute=rng.randint(0, 130),
                    generosity=rng.uniform(1.0, 1.5),
                )
            )
        self.holders = frozenset([pharmacy_code] + [s.spec.code for s in self.sites])

        self.lots: list[_Lot] = []
        self.last_lot: dict[int, int] = {}
        self.moves: list[PlannedMovement] = []
        # location -> product -> [[use_by, lot, doses], ...] sorted by (use_by, lot)
        self.stock: dict[str, dict[int, list[list]]] = {
            code: {p: [] for p in range(len(self.products))} for code in sorted(self.holders)
        }
        self.counters: dict[tuple[str, int], int] = {}
        # (site, product) -> doses given per day, for the rates the expiry views will see
        self.given: dict[tuple[int, int], list[int]] = {}
        self._build_rates()
        self.first_pharmacy_day = next(i for i in range(self.horizon) if self._pharmacy_open(i))
        self._plan_incidents()

    # ----------------------------------------------------------------- demand

    def _open(self, site: _SiteState, day: date) -> bool:
        if is_holiday(day):
            return False
        wd = day.weekday()
        kind = site.spec.kind_code
        if kind == "temporary":
            return wd < 5 and in_season(day)
        if kind == "central":
            return wd < 5 or (wd == 5 and in_season(day))
        return wd < 5

    def _pharmacy_open(self, i: int) -> bool:
        day = self.days[i]
        return day.weekday() < 5 and not is_holiday(day)

    def _build_rates(self) -> None:
        n_products = len(self.products)
        by_programme: dict[str, list[int]] = {}
        for p, prod in enumerate(self.products):
            by_programme.setdefault(prod.programme_code, []).append(p)
        weights: list[list[float]] = [[0.0] * n_products for _ in self.sites]
        for p, prod in enumerate(self.products):
            profile = PRODUCT_PROFILES.get(prod.varenummer)
            carriers = profile[1] if profile else DEFAULT_CARRIERS
            extra = profile[2] if profile else {}
            for s, site in enumerate(self.sites):
                if site.spec.site_type in carriers:
                    jitter = self.rng.uniform(0.8, 1.25)
                    weights[s][p] = (
                        TYPE_WEIGHT[site.spec.site_type]
                        * extra.get(site.spec.site_type, 1.0)
                        * jitter
                    )
                    site.products.append(p)
        self.weights = weights
        season_total = [
            sum(weights[s][p] for s in range(len(self.sites))) for p in range(n_products)
        ]
        off_total = [
            sum(
                weights[s][p]
                for s, site in enumerate(self.sites)
                if site.spec.kind_code != "temporary"
            )
            for p in range(n_products)
        ]

        regional: list[list[float]] = []
        for prod in self.products:
            programme = prod.programme_code
            profile = PRODUCT_PROFILES.get(prod.varenummer)
            share = profile[0] if profile else 1.0 / len(by_programme[programme])
            all_year = programme in self.all_year
            base = PROGRAMME_BASE.get(
                programme, OTHER_ALL_YEAR_BASE if all_year else OTHER_SEASONAL_BASE
            )
            off = OFF_SEASON_FACTOR.get(programme, DEFAULT_OFF_SEASON_FACTOR)
            daily = []
            for day in self.days:
                factor = (
                    ALL_YEAR_MONTH_FACTOR.get(day.month, 1.0)
                    if all_year
                    else seasonal_factor(day, off)
                )
                daily.append(base * self.scale * share * factor)
            regional.append(daily)

        # Demand as it turns out, against the plan: a campaign draws more or fewer people
        # than forecast, so the pharmacy over- or under-orders and some stock expires.
        self.actual: list[list[float]] = []
        for _p in self.products:
            drawn: dict[object, float] = {}
            factors = []
            for day in self.days:
                key = season_start(day) or ("off", day.year)
                if key not in drawn:
                    drawn[key] = self.rng.uniform(0.7, 1.1)
                factors.append(drawn[key])
            self.actual.append(factors)

        self.open = [[self._open(site, day) for day in self.days] for site in self.sites]
        self.rate: list[list[list[float]]] = []
        self.prefix: list[list[list[float]]] = []
        region_prefix_sum = [[0.0] * (self.horizon + 1) for _ in self.products]
        for s in range(len(self.sites)):
            site_rates: list[list[float]] = []
            site_prefix: list[list[float]] = []
            for p in range(n_products):
                w = weights[s][p]
                if not w:
                    site_rates.append([])
                    site_prefix.append([])
                    continue
                rates = []
                for i, day in enumerate(self.days):
                    if not self.open[s][i]:
                        rates.append(0.0)
                        continue
                    total = season_total[p] if in_season(day) else off_total[p]
                    rates.append(regional[p][i] * WEEKDAY_FACTOR[day.weekday()] * w / total)
                acc = [0.0]
                for r in rates:
                    acc.append(acc[-1] + r)
                site_rates.append(rates)
                site_prefix.append(acc)
                region_acc = region_prefix_sum[p]
                for k in range(1, self.horizon + 1):
                    region_acc[k] += acc[k]
            self.rate.append(site_rates)
            self.prefix.append(site_prefix)
        self.region_prefix = region_prefix_sum

    def _expected(self, s: int, p: int, i: int, days: int) -> float:
        acc = self.prefix[s][p]
        if not acc:
            return 0.0
        return acc[min(i + days, self.horizon)] - acc[min(i, self.horizon)]

    def _regional_expected(self, p: int, i: int, days: int) -> float:
        acc = self.region_prefix[p]
        return acc[min(i + days, self.horizon)] - acc[min(i, self.horizon)]

    def _demand(self, s: int, p: int, i: int) -> int:
        site = self.sites[s]
        prod = self.products[p]
        day = self.days[i]
        monday = i - day.weekday()
        week = self._expected(s, p, max(monday, 0), 7)
        if week < max(4.0, 1.5 * prod.doses_per_unit):
            # A low-volume product is given on the site's weekly clinic day only.
            if day.weekday() != site.clinic_weekday:
                return 0
            lam = week
        else:
            lam = self.rate[s][p][i]
        lam *= self.actual[p][i]
        if lam >= 5:
            lam *= max(0.3, self.rng.gauss(1.0, 0.15))
        return _poisson(self.rng, lam)

    # ----------------------------------------------------------------- stock and ledger

    def _entries(self, loc: str, p: int) -> list[list]:
        return self.stock[loc][p]

    def _add(self, loc: str, lot: int, doses: int) -> None:
        info = self.lots[lot]
        entries = self.stock[loc][info.product]
        for entry in entries:
            if entry[1] == lot:
                entry[2] += doses
                return
        bisect.insort(entries, [info.expiry, lot, doses])

    def _take(self, loc: str, lot: int, doses: int) -> None:
        entries = self.stock[loc][self.lots[lot].product]
        for k, entry in enumerate(entries):
            if entry[1] == lot:
                if entry[2] < doses:
                    raise PlanError(f"{loc} has {entry[2]} doses of lot {lot}, {doses} taken")
                entry[2] -= doses
                if entry[2] == 0:
                    del entries[k]
                return
        raise PlanError(f"{loc} has no lot {lot}")

    def _held(self, loc: str, p: int, min_use_by: date) -> int:
        return sum(e[2] for e in self.stock[loc][p] if e[0] >= min_use_by)

    def _move(
        self,
        kind: str,
        lot: int,
        src: str,
        dst: str,
        doses: int,
        at: datetime,
        user: str,
        *,
        delay: int = 0,
        reference: str = "",
        reason: str | None = None,
        note: str = "",
        reverses: int | None = None,
    ) -> int:
        if doses <= 0:
            raise PlanError(f"{kind} of {doses} doses")
        if src in self.holders:
            self._take(src, lot, doses)
        if dst in self.holders:
            self._add(dst, lot, doses)
        seq = len(self.moves)
        self.moves.append(
            PlannedMovement(
                seq=seq,
                kind=kind,
                lot=lot,
                from_code=src,
                to_code=dst,
                doses=doses,
                occurred_at=at,
                recorded_at=at + timedelta(seconds=delay),
                user_name=user,
                reference=reference,
                reason_code=reason,
                note=note,
                reverses_seq=reverses,
            )
        )
        return seq

    def _number(self, prefix: str, day: date, width: int) -> str:
        key = (prefix, day.year)
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{prefix}-{day.year}-{self.counters[key]:0{width}d}"

    def _pharmacist(self) -> str:
        return self.rng.choice(PHARMACY_STAFF)

    # ----------------------------------------------------------------- incidents planned ahead

    def _plan_incidents(self) -> None:
        rng = self.rng
        n = self.n_days
        self.receipt_fix_day = rng.randint(min(40, n - 1), max(min(40, n - 1), n - 60))
        self.receipt_fixed = False
        self.admin_fix_day = rng.randint(min(30, n - 1), max(min(30, n - 1), n - 30))
        self.admin_fixed = False
        candidates = [
            s for s, site in enumerate(self.sites) if site.spec.kind_code in ("decentral", "mobile")
        ]
        self.cold_chain: dict[int, int] = {}
        for _ in range(3):
            if candidates and n > 20:
                self.cold_chain[rng.randint(10, n - 10)] = rng.choice(candidates)
        # SSI passes on short-dated stock now and then, at times more than can be used in time.
        offered = [p for p, prod in enumerate(self.products) if prod.programme_code == "covid-19"]
        offered = offered or list(range(len(self.products)))
        offers: list[tuple[int, int, date | None]] = []
        i = rng.randint(5, 30)
        while offered and i < n - 60:
            offers.append((i, rng.choice(offered), None))
            i += rng.randint(21, 35)
        # The last two offers are of slow movers: one runs out within a month of the end,
        # one ran out after the pharmacy's last expiry round and is still on the shelf.
        last_round = max(
            (j for j in range(n) if self._pharmacy_open(j) and self._expiry_round(j)), default=n - 1
        )
        ends = [self.until + timedelta(days=rng.randint(5, 28))]
        if last_round < n - 1:
            ends.append(self.days[rng.randint(last_round, n - 2)])
        for rank, expiry in enumerate(ends):
            arrival = (expiry - self.start).days - rng.randint(45, 60)
            if not offered or arrival <= 0:
                continue
            window = (expiry - self.days[arrival]).days
            demand = {p: self._regional_expected(p, arrival, window) for p in offered}
            slow = sorted((p for p in offered if demand[p] >= 1), key=lambda p: (demand[p], p))
            if slow:
                offers.append((arrival, slow[min(rank, len(slow) - 1)], expiry))
        self.offers = sorted(offers, key=lambda o: (o[0], o[1]))
        self._plan_end_state()

    # ----------------------------------------------------------------- the last day's work

    def _recent_use(self, s: int, p: int, i: int) -> float:
        """Doses a day site ``s`` is expected to give of ``p`` in the four weeks before day
        ``i`` (the window the expiry views take a site's rate from)."""
        return self._expected(s, p, max(i - 28, 0), min(i, 28)) / 28

    def _send_day(self, s: int, first: int, last: int) -> int | None:
        """A working day of the pharmacy in ``first..last``, the site's delivery day if
        there is one."""
        window = range(max(first, 1), min(last, self.n_days - 1) + 1)
        days = [j for j in window if self._pharmacy_open(j)]
        scheduled = [j for j in days if self._scheduled(s, j)]
        return self.rng.choice(scheduled or days) if days else None

    def _plan_end_state(self) -> None:
        """Choose the end-state incidents (see the module text) and two short-dated lots
        that central centres use in time; the quantities follow on the day."""
        rng, n = self.rng, self.n_days
        self.end_incidents: dict[int, list[_EndIncident]] = {}
        slow_kinds = ("decentral", "mobile")
        late_cold_chain = {s for j, s in self.cold_chain.items() if j >= n - 35}

        def add(
            s: int,
            p: int,
            day: int | None,
            use_by: date,
            extra: int,
            share: float = 1.0,
            margin: float = 0.0,
        ) -> None:
            if day is not None:
                incident = _EndIncident(s, p, day, use_by, extra, share, margin)
                self.end_incidents.setdefault(day, []).append(incident)

        # Over-supplied: the product a central centre will use most of before the use-by.
        left = rng.randint(14, 20)
        best: tuple[tuple[bool, float, int], int, list[int]] | None = None
        for p, prod in enumerate(self.products):
            busy = [
                min(self._recent_use(s, p, n) * left, self._expected(s, p, n, left))
                for s, site in enumerate(self.sites)
                if site.spec.kind_code == "central" and p in site.products
            ]
            slow = [
                s for s, site in enumerate(self.sites)
                if site.spec.kind_code in slow_kinds and p in site.products
                and s not in late_cold_chain and self._recent_use(s, p, n) > 0
            ]  # fmt: skip
            if not busy or not slow:
                continue
            room = max(busy)
            seasonal = prod.programme_code in ("covid-19", "influenza")
            key = (seasonal and room >= 150, room, -p)
            if best is None or key > best[0]:
                best = (key, p, slow)
        over_supplied: tuple[int, int] | None = None
        if best is not None:
            _, p, slow = best
            slow.sort(key=lambda s: (self._recent_use(s, p, n), s))
            s = rng.choice(slow[:3])
            over_supplied = (s, p)
            use_by = self.until + timedelta(days=left)
            day = self._send_day(s, n - 8, n - 3)
            add(s, p, day, use_by, rng.randint(45, 75), margin=0.15)

        # Expired, not yet cleared: the lot's use-by passes after the site's last round.
        pairs: list[tuple[float, int, int, int, int]] = []  # (use, site, product, use-by range)
        for s, site in enumerate(self.sites):
            if site.spec.kind_code not in slow_kinds or s in late_cold_chain:
                continue
            if over_supplied is not None and s == over_supplied[0]:
                continue
            rounds = [
                j for j in range(n)
                if self.open[s][j] and self.days[j].weekday() == site.clinic_weekday
            ]  # fmt: skip
            first, last = max(rounds[-1] if rounds else 0, n - 4), n - 2
            if first > last:
                continue
            for p in site.products:
                use = self._recent_use(s, p, first)
                if use > 0:
                    pairs.append((use, s, p, first, last))
        if pairs:
            pairs.sort()
            _, s, p, first, last = rng.choice(pairs[:4])
            expires = rng.randint(first, last)
            extra = max(rng.randint(3, 6) * self.products[p].doses_per_unit, rng.randint(20, 30))
            add(s, p, self._send_day(s, expires - 20, expires - 8), self.days[expires], extra)

        # Short-dated lots at central centres, which use them in time: one runs out within
        # a week of the last day, one within two months.
        busy_pairs = sorted(
            (-self._recent_use(s, p, n), s, p)
            for s, site in enumerate(self.sites)
            if site.spec.kind_code == "central"
            for p in site.products
            if (over_supplied is None or p != over_supplied[1]) and self._recent_use(s, p, n) > 0
        )
        for days in ((3, 7), (35, 55)):
            if not busy_pairs:
                break
            _, s, p = busy_pairs.pop(rng.randrange(min(5, len(busy_pairs))))
            use_by = self.until + timedelta(days=rng.randint(*days))
            add(s, p, self._send_day(s, n - 10, n - 4), use_by, 0, rng.uniform(0.5, 0.8))

    # ----------------------------------------------------------------- the days

    def run(self) -> None:
        for i in range(self.n_days):
            if self._pharmacy_open(i):
                if self._receipt_day(i):
                    self._receipts(i)
                self._pharmacy_discards(i)
                self._returns(i)
                self._end_state(i)
                self._distribute(i)
            for s in range(len(self.sites)):
                if self.open[s][i]:
                    self._administer(s, i)
            if self.progress and i % 7 == 0:
                self.progress(i, self.n_days)

    def _end_state(self, i: int) -> None:
        """Receive the day's planned short-dated lots from SSI and send each to its site:
        what the site will give of it until its use-by (after what it holds that runs out
        first), and the planned extra."""
        rng, day = self.rng, self.days[i]
        for incident in self.end_incidents.get(i, []):
            s, p = incident.site, incident.product
            site, prod = self.sites[s], self.products[p]
            code = site.spec.code
            # Until the last day as planned; after it, at the rate of the last four weeks
            # as the expiry views will see it on the last day.
            to_end = min(incident.use_by, self.until)
            use = self._expected(s, p, i, (to_end - day).days + 1) * self.actual[p][i]
            if incident.use_by > self.until:
                given = self.given.get((s, p), [])[max(self.n_days - 28, 0) : i]
                rate = (sum(given) + use) / 28
                use += rate * (incident.use_by - self.until).days * incident.share
            first = sum(
                e[2] for e in self._entries(code, p) if e[0] <= incident.use_by and e[0] >= day
            )
            doses = max(use - first, 0.0) + incident.extra_doses + incident.margin * use
            units = math.ceil(doses / prod.doses_per_unit)
            if units <= 0:
                continue
            packs = math.ceil(units / prod.units_per_pack)
            user = self._pharmacist()
            at = at_phase(day, RECEIPTS[1] - rng.randint(0, 1200), RECEIPTS)
            lot = self._new_lot(p, day, incident.use_by, at)
            self._move(
                RECEIPT,
                lot,
                SSI,
                self.pharmacy,
                packs * prod.doses_per_pack,
                at,
                user,
                delay=rng.randint(0, 900),
                reference=self._number("FS", day, 4),
                note="Kort udløb, omfordelt fra SSI",
            )
            clock = DISTRIBUTION[0] + site.route_minute * 60 + rng.randint(0, 59)
            self._move(
                TRANSFER,
                lot,
                self.pharmacy,
                code,
                units * prod.doses_per_unit,
                at_phase(day, clock, DISTRIBUTION),
                user,
                delay=rng.randint(0, 300),
                reference=self._number("DL", day, 5),
            )

    def _receipt_day(self, i: int) -> bool:
        if i == self.first_pharmacy_day:
            return True
        day = self.days[i]
        busy = (day.month in (9, 10, 11)) or (day.month == 12 and day.day <= 20)
        return day.weekday() == 1 or (busy and day.weekday() == 3)

    def _next(self, i: int, pred: Callable[[int], bool], limit: int = 21) -> int:
        for j in range(i + 1, min(i + limit, self.horizon)):
            if pred(j):
                return j - i
        return limit

    # receipts ---------------------------------------------------------

    def _receipts(self, i: int) -> None:
        rng, day = self.rng, self.days[i]
        gap = self._next(i, lambda j: self._pharmacy_open(j) and self._receipt_day(j))
        clock = rng.randint(RECEIPTS[0], RECEIPTS[0] + 1800)
        note_ref = ""
        user = self._pharmacist()
        for p, prod in enumerate(self.products):
            horizon = gap + 21
            demand = self._regional_expected(p, i, horizon) * 1.1
            if demand < 1:
                continue
            still_sendable = day + timedelta(days=prod.min_remaining_shelf_life_days + 7)
            held = self._held(self.pharmacy, p, still_sendable) + sum(
                self._held(site.spec.code, p, day + timedelta(days=7)) for site in self.sites
            )
            short = demand - held
            if short < 0.3 * prod.doses_per_pack and held > 0:
                continue
            packs = max(1, math.ceil(short / prod.doses_per_pack))
            parts = [packs]
            if packs >= 40 and rng.random() < 0.4:
                first = packs // 2 + rng.randint(-packs // 6, packs // 6)
                parts = [first, packs - first]
            if not note_ref:
                note_ref = self._number("FS", day, 4)
            for part in parts:
                at = at_phase(day, clock, RECEIPTS)
                lot = self._lot_for_receipt(p, i, at)
                clock += rng.randint(40, 150)
                if not self.receipt_fixed and i >= self.receipt_fix_day and part >= 4:
                    # Keyed in with the wrong number of packs, reversed and received again.
                    self.receipt_fixed = True
                    wrong = part + (part // 4 or 1) * rng.choice((-1, 1))
                    wrong = wrong if wrong > 0 else part + 1
                    seq = self._move(
                        RECEIPT,
                        lot,
                        SSI,
                        self.pharmacy,
                        wrong * prod.doses_per_pack,
                        at,
                        user,
                        delay=rng.randint(0, 600),
                        reference=note_ref,
                    )
                    fix = min(
                        at + timedelta(seconds=rng.randint(300, 900)),
                        at_phase(day, RECEIPTS[1], RECEIPTS),
                    )
                    self._move(
                        REVERSAL,
                        lot,
                        self.pharmacy,
                        SSI,
                        wrong * prod.doses_per_pack,
                        fix,
                        user,
                        delay=rng.randint(0, 60),
                        reference=note_ref,
                        note="Forkert antal pakninger tastet; modtaget igen",
                        reverses=seq,
                    )
                    at = fix + timedelta(seconds=rng.randint(30, 120))
                    clock = max(clock, int((at - local_time(day, 0)).total_seconds()) + 60)
                    at = min(at, at_phase(day, RECEIPTS[1], RECEIPTS))
                self._move(
                    RECEIPT,
                    lot,
                    SSI,
                    self.pharmacy,
                    part * prod.doses_per_pack,
                    at,
                    user,
                    delay=rng.randint(0, 900),
                    reference=note_ref,
                )
        while self.offers and self.offers[0][0] <= i:
            _, p, final_expiry = self.offers.pop(0)
            prod = self.products[p]
            expiry = final_expiry or day + timedelta(days=rng.randint(45, 75))
            sendable = (expiry - day).days - prod.min_remaining_shelf_life_days
            if final_expiry:
                # A few hundred doses more than the region will use of it: of the lot that
                # outlives the end, until the end; of the other, while it may still be sent.
                use_until = self.until
                if expiry <= self.until:
                    use_until = expiry - timedelta(days=prod.min_remaining_shelf_life_days)
                used = self._regional_expected(p, i, max((use_until - day).days + 1, 1))
                doses = used * self.actual[p][i] + rng.uniform(150, 600)
            else:
                doses = self._regional_expected(p, i, max(sendable, 1)) * rng.uniform(0.6, 1.6)
                doses = min(doses, SHORT_DATED_MAX_DOSES)
            packs = max(2, round(doses / prod.doses_per_pack))
            at = at_phase(day, clock, RECEIPTS)
            lot = self._new_lot(p, day, expiry, at)
            note_ref = note_ref or self._number("FS", day, 4)
            self._move(
                RECEIPT,
                lot,
                SSI,
                self.pharmacy,
                packs * prod.doses_per_pack,
                at,
                user,
                delay=rng.randint(0, 900),
                reference=note_ref,
                note="Kort udløb, omfordelt fra SSI",
            )
            clock += rng.randint(40, 150)

    def _lot_for_receipt(self, p: int, i: int, at: datetime) -> int:
        rng, day = self.rng, self.days[i]
        prod = self.products[p]
        last = self.last_lot.get(p)
        if last is not None:
            info = self.lots[last]
            if (
                info.first_day != day
                and (info.expiry - day).days >= 60
                and (day - info.first_day).days <= 21
                and rng.random() < 0.5
            ):
                return last
        programme = prod.programme_code
        short_life = SHORT_SHELF_LIFE_DAYS.get(prod.varenummer)
        if short_life:
            expiry = day + timedelta(days=rng.randint(*short_life))
        elif programme == "influenza":
            # A season's influenza vaccine is not used the next season: it runs out by summer.
            summer = date(day.year + (day.month >= 7), 6, 30)
            expiry = min(_add_months(day, rng.randint(6, 9)), summer)
        elif programme == "covid-19":
            if rng.random() < (0.3 if day.month >= 9 else 0.15):
                expiry = day + timedelta(days=rng.randint(45, 100))
            else:
                expiry = day + timedelta(days=rng.randint(180, 365))
        elif programme in self.all_year:
            expiry = _add_months(day, rng.randint(12, 24))
        else:
            expiry = _add_months(day, rng.randint(6, 18))
        lot = self._new_lot(p, day, expiry, at)
        self.last_lot[p] = lot
        return lot

    def _new_lot(self, p: int, day: date, expiry: date, at: datetime) -> int:
        prod = self.products[p]
        while True:
            batch = _batch(self.rng, prod.manufacturer, day)
            if (prod.varenummer, batch) not in self.taken:
                self.taken.add((prod.varenummer, batch))
                break
        self.lots.append(_Lot(p, batch, expiry, at, day))
        return len(self.lots) - 1

    # pharmacy discards ------------------------------------------------

    def _expiry_round(self, i: int) -> bool:
        """The pharmacy clears expired stock on its first working day of the week."""
        monday = i - self.days[i].weekday()
        return not any(self._pharmacy_open(j) for j in range(max(monday, 0), i))

    def _pharmacy_discards(self, i: int) -> None:
        rng, day = self.rng, self.days[i]
        clock = rng.randint(PHARMACY_DISCARDS[0], PHARMACY_DISCARDS[0] + 600)
        user = self._pharmacist()
        for p in range(len(self.products)):
            for use_by, lot, doses in list(self._entries(self.pharmacy, p)):
                if self._expiry_round(i) and is_expired(use_by, day):
                    self._move(
                        DISCARD,
                        lot,
                        self.pharmacy,
                        WASTED,
                        doses,
                        at_phase(day, clock, PHARMACY_DISCARDS),
                        user,
                        delay=rng.randint(0, 1200),
                        reference=self._number("KAS", day, 4),
                        reason="UDLOEBET",
                    )
                    clock += rng.randint(20, 90)
        if rng.random() < 0.04:
            live = [
                (p, e) for p in range(len(self.products)) for e in self._entries(self.pharmacy, p)
                if not is_expired(e[0], day)
            ]  # fmt: skip
            if live:
                p, entry = rng.choice(live)
                self._move(
                    DISCARD,
                    entry[1],
                    self.pharmacy,
                    WASTED,
                    self.products[p].doses_per_unit,
                    at_phase(day, clock, PHARMACY_DISCARDS),
                    user,
                    delay=rng.randint(0, 600),
                    reference=self._number("KAS", day, 4),
                    reason="BRUD",
                    note=rng.choice(BREAKAGE_NOTES),
                )

    # returns and cold-chain failures ----------------------------------

    def _returns(self, i: int) -> None:
        rng, day = self.rng, self.days[i]
        clock = RETURNS[0]
        for s, site in enumerate(self.sites):
            code = site.spec.code
            user = site.users[0]
            if self.cold_chain.get(i) == s and self.open[s][i]:
                mobile = site.spec.kind_code == "mobile"
                note = rng.choice(COLD_CHAIN_NOTES_MOBILE if mobile else COLD_CHAIN_NOTES)
                ref = self._number("KAS", day, 4)
                for p in site.products:
                    for _use_by, lot, doses in list(self._entries(code, p)):
                        self._move(
                            DISCARD,
                            lot,
                            code,
                            WASTED,
                            doses,
                            at_phase(day, clock, RETURNS),
                            user,
                            delay=rng.randint(0, 1800),
                            reference=ref,
                            reason="TEMPERATURSVIGT",
                            note=note,
                        )
                        clock += 15
            closing = site.spec.kind_code == "temporary" and not in_season(day)
            scheduled = self._scheduled(s, i)
            if not closing and not (scheduled and self.open[s][i]):
                continue
            ref = ""
            for p in site.products:
                prod = self.products[p]
                entries = self._entries(code, p)
                if not entries:
                    continue
                if closing:
                    for use_by, lot, doses in list(entries):
                        at = at_phase(day, clock, RETURNS)
                        clock += rng.randint(5, 20)
                        if is_expired(use_by, day):
                            self._move(
                                DISCARD,
                                lot,
                                code,
                                WASTED,
                                doses,
                                at,
                                user,
                                delay=rng.randint(0, 900),
                                reference=self._number("KAS", day, 4),
                                reason="UDLOEBET",
                            )
                        else:
                            ref = ref or self._number("RET", day, 4)
                            self._move(
                                TRANSFER,
                                lot,
                                code,
                                self.pharmacy,
                                doses,
                                at,
                                user,
                                delay=rng.randint(0, 600),
                                reference=ref,
                                note="Retur ved sæsonafslutning",
                            )
                    continue
                target = self._expected(s, p, i, max(site.spec.cover_days, 9)) * 1.1
                held = self._held(code, p, day)
                if held <= 3 * target + prod.doses_per_pack:
                    continue
                excess_units = int((held - 1.5 * target) // prod.doses_per_unit)
                for use_by, lot, doses in sorted(entries, key=lambda e: (e[0], e[1]), reverse=True):
                    if excess_units <= 0 or (use_by - day).days < 30:
                        break
                    units = min(doses // prod.doses_per_unit, excess_units)
                    if units <= 0:
                        continue
                    excess_units -= units
                    ref = ref or self._number("RET", day, 4)
                    self._move(
                        TRANSFER,
                        lot,
                        code,
                        self.pharmacy,
                        units * prod.doses_per_unit,
                        at_phase(day, clock, RETURNS),
                        user,
                        delay=rng.randint(0, 600),
                        reference=ref,
                        note="Overskud returneret til apoteket",
                    )
                    clock += rng.randint(5, 20)

    # distribution -----------------------------------------------------

    def _delivery_days(self, s: int, day: date) -> frozenset[int]:
        site = self.sites[s]
        return site.delivery_days_season if in_season(day) else site.delivery_days_off

    def _scheduled(self, s: int, i: int) -> bool:
        day = self.days[i]
        if self.sites[s].spec.kind_code == "temporary" and not in_season(day):
            return False
        return i == self.first_pharmacy_day or day.weekday() in self._delivery_days(s, day)

    def _delivery_day(self, s: int, i: int) -> bool:
        return self._pharmacy_open(i) and self._scheduled(s, i)

    def _distribute(self, i: int) -> None:
        rng, day = self.rng, self.days[i]
        for s, site in enumerate(self.sites):
            if site.spec.kind_code == "temporary" and not in_season(day):
                continue
            code = site.spec.code
            scheduled = self._scheduled(s, i)
            if scheduled:
                gap = self._next(i, partial(self._delivery_day, s))
                window = max(site.spec.cover_days, gap + 2)
            elif self.open[s][i]:
                window = 0  # ad hoc: only what is about to run out
            else:
                continue
            wanted: list[tuple[int, int]] = []
            for p in site.products:
                prod = self.products[p]
                held = self._held(code, p, day + timedelta(days=1))
                if window:
                    need = self._expected(s, p, i, window) * site.generosity - held
                else:
                    soon = self._expected(s, p, i, 2)
                    if soon < 1 or held >= 0.8 * soon:
                        continue
                    need = self._expected(s, p, i, max(site.spec.cover_days // 2, 3)) * 1.1 - held
                if need < max(1.0, prod.doses_per_unit / 2):
                    continue
                units = math.ceil(need / prod.doses_per_unit)
                if units >= prod.units_per_pack:
                    units = math.ceil(units / prod.units_per_pack) * prod.units_per_pack
                wanted.append((p, units))
            if not wanted:
                continue
            clock = DISTRIBUTION[0] + site.route_minute * 60 + rng.randint(0, 59)
            user = self._pharmacist()
            ref = ""
            for p, units in wanted:
                for lot, n in self._pick(s, p, i, units):
                    ref = ref or self._number("DL", day, 5)
                    self._move(
                        TRANSFER,
                        lot,
                        self.pharmacy,
                        code,
                        n * self.products[p].doses_per_unit,
                        at_phase(day, clock, DISTRIBUTION),
                        user,
                        delay=rng.randint(0, 300),
                        reference=ref,
                    )
                    clock += rng.randint(5, 30)

    def _pick(self, s: int, p: int, i: int, units: int) -> list[tuple[int, int]]:
        """FEFO from the pharmacy: earliest use-by first, never more of a lot than the site
        can use before it expires, never a lot about to expire."""
        day = self.days[i]
        prod = self.products[p]
        code = self.sites[s].spec.code
        picked: list[tuple[int, int]] = []
        site_entries = self._entries(code, p)
        already = 0
        for use_by, lot, doses in self._entries(self.pharmacy, p):
            if units <= 0:
                break
            if (use_by - day).days < max(prod.min_remaining_shelf_life_days, MIN_DAYS_LEFT_TO_SEND):
                continue
            usable = self._expected(s, p, i, (use_by - day).days + 1)
            before = sum(e[2] for e in site_entries if e[0] <= use_by and not is_expired(e[0], day))
            cap_units = int((usable * PICK_OPTIMISM - before - already) // prod.doses_per_unit)
            n = min(doses // prod.doses_per_unit, units, cap_units)
            if n <= 0:
                continue
            picked.append((lot, n))
            units -= n
            already += n * prod.doses_per_unit
        return picked

    # consumption and site wastage --------------------------------------

    def _administer(self, s: int, i: int) -> None:
        rng, day = self.rng, self.days[i]
        site = self.sites[s]
        code = site.spec.code
        clock = rng.randint(CONSUMPTION[0], 15 * _H)
        leftovers: list[tuple[int, int]] = []
        ref = f"DAG-{day:%Y%m%d}"
        for p in site.products:
            prod = self.products[p]
            n = self._demand(s, p, i)
            if n <= 0:
                continue
            entries = [e for e in self._entries(code, p) if not is_expired(e[0], day)]
            available = sum(e[2] for e in entries)
            dpu = prod.doses_per_unit
            if prod.multi_dose and rng.random() < 0.65:
                # Appointments are booked to empty whole vials.
                low = n - n % dpu
                n = (
                    low + dpu
                    if (n % dpu >= dpu / 2 or low == 0) and low + dpu <= available
                    else low
                )
            n = min(n, available)
            if n <= 0:
                continue
            user = rng.choice(site.users)
            at = at_phase(day, clock, CONSUMPTION)
            clock += rng.randint(60, 240)
            if (
                not self.admin_fixed
                and i >= self.admin_fix_day
                and len(entries) >= 2
                and entries[1][2] >= n
                and n <= entries[0][2]
            ):
                # Registered on the wrong lot, reversed, and registered again on the right one.
                self.admin_fixed = True
                wrong = self._move(
                    ADMINISTER,
                    entries[1][1],
                    code,
                    ADMINISTERED,
                    n,
                    at,
                    user,
                    delay=rng.randint(0, 900),
                    reference=ref,
                )
                at = min(
                    at + timedelta(seconds=rng.randint(600, 1500)),
                    at_phase(day, CONSUMPTION[1], CONSUMPTION),
                )
                self._move(
                    REVERSAL,
                    entries[1][1],
                    ADMINISTERED,
                    code,
                    n,
                    at,
                    user,
                    delay=rng.randint(0, 60),
                    reference=ref,
                    note="Registreret på forkert batch",
                    reverses=wrong,
                )
                at = min(at + timedelta(seconds=60), at_phase(day, CONSUMPTION[1], CONSUMPTION))
                clock = max(clock, int((at - local_time(day, 0)).total_seconds()) + 60)
            given = self.given.setdefault((s, p), [0] * self.n_days)
            given[i] += n
            remaining = n
            last_lot, last_given = -1, 0
            for _use_by, lot, doses in entries:
                if remaining <= 0:
                    break
                give = min(doses, remaining)
                if give <= 0:
                    continue
                self._move(
                    ADMINISTER,
                    lot,
                    code,
                    ADMINISTERED,
                    give,
                    at,
                    user,
                    delay=rng.randint(0, 5400),
                    reference=ref,
                )
                remaining -= give
                last_lot, last_given = lot, give
            if prod.multi_dose and last_given % dpu:
                leftovers.append((last_lot, dpu - last_given % dpu))
        self._site_waste(s, i, leftovers)

    def _site_waste(self, s: int, i: int, leftovers: list[tuple[int, int]]) -> None:
        rng, day = self.rng, self.days[i]
        site = self.sites[s]
        code = site.spec.code
        clock = rng.randint(SITE_WASTE[0], SITE_WASTE[0] + 900)
        user = site.users[-1]
        for lot, doses in leftovers:
            self._move(
                DISCARD,
                lot,
                code,
                WASTED,
                doses,
                at_phase(day, clock, SITE_WASTE),
                user,
                delay=rng.randint(0, 900),
                reason="ANBRUDT_HETTEGLAS",
            )
            clock += rng.randint(10, 60)
        for p in site.products:
            for use_by, lot, doses in list(self._entries(code, p)):
                if day.weekday() == site.clinic_weekday and is_expired(use_by, day):
                    self._move(
                        DISCARD,
                        lot,
                        code,
                        WASTED,
                        doses,
                        at_phase(day, clock, SITE_WASTE),
                        user,
                        delay=rng.randint(0, 1800),
                        reference=self._number("KAS", day, 4),
                        reason="UDLOEBET",
                    )
                    clock += rng.randint(10, 60)
        roll = rng.random()
        if roll < 0.012 or roll > 0.995:
            live = [
                (p, e) for p in site.products for e in self._entries(code, p)
                if not is_expired(e[0], day) and e[2] >= self.products[p].doses_per_unit
            ]  # fmt: skip
            if live:
                p, entry = rng.choice(live)
                if roll < 0.012:
                    reason, note = "BRUD", rng.choice(BREAKAGE_NOTES)
                else:
                    vial = self.products[p].multi_dose
                    reason, note = "ANDET", rng.choice(OTHER_NOTES_VIAL if vial else OTHER_NOTES)
                self._move(
                    DISCARD,
                    entry[1],
                    code,
                    WASTED,
                    self.products[p].doses_per_unit,
                    at_phase(day, clock, SITE_WASTE),
                    user,
                    delay=rng.randint(0, 900),
                    reference=self._number("KAS", day, 4),
                    reason=reason,
                    note=note,
                )

    # ----------------------------------------------------------------- result

    def plan(self, cutoff: datetime | None) -> Plan:
        ordered = sorted(self.moves, key=lambda mv: (mv.occurred_at, mv.seq))
        if cutoff is not None:
            kept = []
            for mv in ordered:
                if mv.occurred_at > cutoff:
                    break
                kept.append(mv if mv.recorded_at <= cutoff else replace(mv, recorded_at=cutoff))
            ordered = kept
        used = sorted({mv.lot for mv in ordered})
        renumber = {old: new for new, old in enumerate(used)}
        lots = tuple(
            PlannedLot(
                renumber[k],
                self.products[self.lots[k].product].varenummer,
                self.lots[k].batch,
                self.lots[k].expiry,
                self.lots[k].created_at,
            )
            for k in used
        )
        movements = tuple(replace(mv, lot=renumber[mv.lot]) for mv in ordered)
        balances = project(movements, self.holders)
        closed = tuple(
            site.spec.code
            for site in self.sites
            if site.spec.kind_code == "temporary"
            and not in_season(self.until)
            and not any(balances.get((site.spec.code, lot.index)) for lot in lots)
        )
        first = movements[0].occurred_at.astimezone(LOCAL_TZ).date() if movements else self.start
        last = movements[-1].occurred_at.astimezone(LOCAL_TZ).date() if movements else self.start
        return Plan(
            pharmacy_code=self.pharmacy,
            sites=tuple(site.spec for site in self.sites),
            lots=lots,
            movements=movements,
            balances=balances,
            closed_sites=closed,
            first_day=first,
            last_day=last,
        )


def project(
    movements: Sequence[PlannedMovement], holders: frozenset[str]
) -> dict[tuple[str, int], int]:
    """Final balances of the locations that hold stock; zero balances left out."""
    totals: dict[tuple[str, int], int] = {}
    for mv in movements:
        if mv.from_code in holders:
            key = (mv.from_code, mv.lot)
            totals[key] = totals.get(key, 0) - mv.doses
        if mv.to_code in holders:
            key = (mv.to_code, mv.lot)
            totals[key] = totals.get(key, 0) + mv.doses
    return {key: doses for key, doses in sorted(totals.items()) if doses}


def verify(plan: Plan, products: Sequence[ProductSpec]) -> None:
    """Replay the plan in time order and raise :class:`PlanError` on any broken rule:
    a negative balance at any moment, expired stock sent to or given at a site, part of a
    vial moved by the pharmacy, a discard without a reason, a reversal that mirrors nothing."""
    by_key = {p.varenummer: p for p in products}
    holders = frozenset([plan.pharmacy_code] + [s.code for s in plan.sites])
    lot_product = {lot.index: by_key[lot.varenummer] for lot in plan.lots}
    lot_use_by = {lot.index: lot.expiry for lot in plan.lots}
    balance: dict[tuple[str, int], int] = {}
    by_seq: dict[int, PlannedMovement] = {}
    previous: tuple[datetime, int] | None = None
    for mv in plan.movements:
        key_order = (mv.occurred_at, mv.seq)
        if previous is not None and key_order < previous:
            raise PlanError(f"movement {mv.seq} out of time order")
        previous = key_order
        if mv.doses <= 0 or mv.from_code == mv.to_code:
            raise PlanError(
                f"movement {mv.seq}: {mv.doses} doses from {mv.from_code} to {mv.to_code}"
            )
        if mv.recorded_at < mv.occurred_at:
            raise PlanError(f"movement {mv.seq} recorded before it happened")
        product = lot_product[mv.lot]
        on = mv.occurred_at.astimezone(LOCAL_TZ).date()  # the Danish day, as the services count
        expired = is_expired(lot_use_by[mv.lot], on)
        pharmacy_side = plan.pharmacy_code in (mv.from_code, mv.to_code)
        if mv.kind == RECEIPT and mv.doses % product.doses_per_pack:
            raise PlanError(f"receipt {mv.seq} is not whole packs")
        if mv.kind in (TRANSFER, DISCARD) and pharmacy_side and mv.doses % product.doses_per_unit:
            raise PlanError(f"movement {mv.seq} moves part of a vial at the pharmacy")
        if mv.kind == TRANSFER and mv.to_code != plan.pharmacy_code and expired:
            raise PlanError(f"transfer {mv.seq} sends expired stock")
        if mv.kind in (ADMINISTER, RECEIPT) and expired:
            raise PlanError(f"movement {mv.seq} uses expired stock")
        if mv.kind == DISCARD and not mv.reason_code:
            raise PlanError(f"discard {mv.seq} has no reason")
        if mv.reason_code == "ANDET" and not mv.note:
            raise PlanError(f"discard {mv.seq} needs a note")
        if mv.kind == REVERSAL:
            original = by_seq.get(mv.reverses_seq) if mv.reverses_seq is not None else None
            if original is None or (
                original.from_code,
                original.to_code,
                original.lot,
                original.doses,
            ) != (
                mv.to_code,
                mv.from_code,
                mv.lot,
                mv.doses,
            ):
                raise PlanError(f"reversal {mv.seq} does not mirror its original")
        by_seq[mv.seq] = mv
        if mv.from_code in holders:
            key = (mv.from_code, mv.lot)
            balance[key] = balance.get(key, 0) - mv.doses
            if balance[key] < 0:
                raise PlanError(
                    f"{mv.from_code} goes negative on lot {mv.lot} at movement {mv.seq}"
                )
        if mv.to_code in holders:
            key = (mv.to_code, mv.lot)
            balance[key] = balance.get(key, 0) + mv.doses
    if {k: v for k, v in sorted(balance.items()) if v} != plan.balances:
        raise PlanError("final balances differ from the ledger")


def simulate(
    products: Sequence[ProductSpec],
    pharmacy_code: str,
    sites: Sequence[SiteSpec],
    *,
    region_code: str,
    seed: int,
    until: date,
    all_year_programmes: frozenset[str] = frozenset({"pneumococcal"}),
    cutoff: datetime | None = None,
    taken_batches: frozenset[tuple[str, str]] = frozenset(),
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    """Twelve months of receipts, distribution, consumption and wastage ending on ``until``.

    ``cutoff`` (an aware datetime) drops whatever would happen after it, so a ledger
    that ends today holds nothing in the future.  The result has passed :func:`verify`.
    """
    start = _year_before(until)
    sim = _Simulation(
        products,
        pharmacy_code,
        sites,
        region_code=region_code,
        seed=seed,
        start=start,
        until=until,
        all_year_programmes=all_year_programmes,
        taken_batches=taken_batches,
        progress=progress,
    )
    sim.run()
    plan = sim.plan(cutoff)
    verify(plan, products)
    return plan


def _year_before(until: date) -> date:
    """The first of twelve months ending on ``until``: 25-11-2026 -> 26-11-2025."""
    try:
        return until.replace(year=until.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(until.year - 1, 3, 1)
