"""Reference data: the vaccine catalogue, regions, pharmacies, sites, settings.

The shipped ``resources/catalog.json`` seeds an empty database (:mod:`.catalogue`);
after that the data lives in the database and is edited in the app (Settings:
:mod:`.editing`), listed for the window (:mod:`.listings`) and found by code inside a
use case (:mod:`.lookups`).  The installation's own settings, the home pharmacy among
them, are :mod:`.settings`.

The names below are those the window, the command line and the other services call as
``reference.home_pharmacy(...)``; new code imports from the module that holds a thing.
"""

# Callers know the record conversions by these names.
from pharmacy_app.services.reference.catalogue import (
    EXTRA_KINDS,
    KIND_NAMES_EN,
    PROGRAMME_NAMES_EN,
    VIRTUAL_NAMES,
    load_catalog,
    seed,
    seed_session,
)
from pharmacy_app.services.reference.editing import (
    gtin_check_digit_ok,
    save_location,
    save_product,
    validate_product,
)
from pharmacy_app.services.reference.listings import (
    KindInfo,
    LocationInfo,
    ProductInfo,
    ProgrammeInfo,
    ReasonInfo,
    RegionInfo,
    list_discard_reasons,
    list_location_kinds,
    list_locations,
    list_products,
    list_programmes,
    list_regions,
)
from pharmacy_app.services.reference.lookups import (
    location_by_code,
    product_by_key,
    virtual,
)
from pharmacy_app.services.reference.settings import (
    SETTING_BACKDATE_DAYS,
    SETTING_HOME_LOCATION,
    Settings,
    backdate_window_days,
    get_setting,
    home_pharmacy,
    read_settings,
    region_locations,
    save_settings,
    set_home_location,
)

__all__ = [
    "EXTRA_KINDS",
    "KIND_NAMES_EN",
    "PROGRAMME_NAMES_EN",
    "SETTING_BACKDATE_DAYS",
    "SETTING_HOME_LOCATION",
    "VIRTUAL_NAMES",
    "KindInfo",
    "LocationInfo",
    "ProductInfo",
    "ProgrammeInfo",
    "ReasonInfo",
    "RegionInfo",
    "Settings",
    "backdate_window_days",
    "get_setting",
    "gtin_check_digit_ok",
    "home_pharmacy",
    "list_discard_reasons",
    "list_location_kinds",
    "list_locations",
    "list_products",
    "list_programmes",
    "list_regions",
    "load_catalog",
    "location_by_code",
    "product_by_key",
    "read_settings",
    "region_locations",
    "save_location",
    "save_product",
    "save_settings",
    "seed",
    "seed_session",
    "set_home_location",
    "validate_product",
    "virtual",
]
