"""Words and phrases that fill a message's parameters, as data.

A problem says *which* field or *why* a value is refused with a :class:`Term` (a field's
name, a rule), with a :class:`Phrase` when the words have parameters of their own
(``Phrase(Term.ACTION_SENT_TO, {"destination": "Vejle"})``), or with a :class:`Name`
when the words come from the reference data (a programme's or a reason's name, kept in
both languages in the database).  The renderer
writes a term in the message's language from its word table (``TERMS`` in
:mod:`.terms_da` / :mod:`.terms_en`), so a Danish message never carries an
English word and no caller passes the same thing twice, once per language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Term(StrEnum):
    """A word or phrase with a Danish and an English text in the catalogue."""

    # The fields of the settings, products and locations a problem can name.
    FIELD_NAME = "field_name"
    FIELD_VARENUMMER = "field_varenummer"
    FIELD_GTIN = "field_gtin"
    FIELD_DOSES_PER_UNIT = "field_doses_per_unit"
    FIELD_UNITS_PER_PACK = "field_units_per_pack"
    FIELD_THAWED_SHELF_LIFE = "field_thawed_shelf_life"
    FIELD_MIN_SHELF_LIFE = "field_min_shelf_life"
    FIELD_FORM = "field_form"
    FIELD_PROGRAMME = "field_programme"
    FIELD_CODE = "field_code"
    FIELD_KIND = "field_kind"
    FIELD_ACTIVE = "field_active"
    FIELD_LOCATION = "field_location"
    FIELD_BACKDATE_WINDOW = "field_backdate_window"
    FIELD_HOME_PHARMACY = "field_home_pharmacy"
    FIELD_USER = "field_user"
    FIELD_REFERENCE = "field_reference"
    FIELD_LABEL = "field_label"
    FIELD_SITE = "field_site"
    FIELD_PACK_VOLUME = "field_pack_volume"
    # The classes of storage equipment a place may have (domain.cold_chain).
    STORAGE_ULTRALOW = "storage_ultralow"
    STORAGE_FREEZER = "storage_freezer"
    STORAGE_FRIDGE = "storage_fridge"
    STORAGE_COOLBOX = "storage_coolbox"
    # The roles a user may have (domain.roles).
    ROLE_VIEWER = "role_viewer"
    ROLE_STAFF = "role_staff"
    ROLE_COORDINATOR = "role_coordinator"
    ROLE_ADMINISTRATOR = "role_administrator"
    # Why a value is refused.
    WHY_DIGITS_ONLY = "why_digits_only"
    WHY_GTIN_CHECK_DIGIT = "why_gtin_check_digit"
    WHY_AT_LEAST_1 = "why_at_least_1"
    WHY_DAYS_AT_LEAST_1 = "why_days_at_least_1"
    WHY_DAYS_0_OR_MORE = "why_days_0_or_more"
    WHY_UNKNOWN_PROGRAMME = "why_unknown_programme"
    WHY_LOCATION_CODE_CHARS = "why_location_code_chars"
    WHY_UNKNOWN_LOCATION_KIND = "why_unknown_location_kind"
    WHY_VIRTUAL_NOT_EDITABLE = "why_virtual_not_editable"
    WHY_BACKDATE_RANGE = "why_backdate_range"
    WHY_NOT_A_PHARMACY = "why_not_a_pharmacy"
    WHY_NOT_IN_ROUND = "why_not_in_round"
    # What cannot be done to a lot or a list (``sent to {destination}`` in a Phrase).
    ACTION_RECEIVING_FROM_SSI = "action_receiving_from_ssi"
    ACTION_RECEIVED = "action_received"
    ACTION_GIVEN = "action_given"
    ACTION_THAWED = "action_thawed"
    ACTION_SENT_TO = "action_sent_to"
    ACTION_SENT_TO_REGION = "action_sent_to_region"
    ACTION_PUT_BACK_AT = "action_put_back_at"
    ACTION_CONFIRMED_RECEIVED = "action_confirmed_received"
    ACTION_REVERSED = "action_reversed"
    # The distribution records a message names.
    RECORD_ROUND = "record_round"
    RECORD_ROUND_TO_PRINT = "record_round_to_print"
    RECORD_LIST = "record_list"
    RECORD_VISIT = "record_visit"
    RECORD_REQUEST = "record_request"
    RECORD_LINE = "record_line"
    THE_ROUND = "the_round"
    THE_LIST = "the_list"
    AMONG_CHOSEN_LISTS = "among_chosen_lists"
    # Why a site may not be supplied, a lot not picked.
    WHY_SITE_NOT_REAL = "why_site_not_real"
    WHY_SITE_INACTIVE = "why_site_inactive"
    WHY_SITE_PHARMACY = "why_site_pharmacy"
    WHY_SITE_QUARANTINE = "why_site_quarantine"
    WHY_SITE_OTHER_REGION = "why_site_other_region"
    WHY_NOT_REAL_PLACE = "why_not_real_place"
    WHY_NO_LONGER_IN_USE = "why_no_longer_in_use"
    WHY_A_PHARMACY = "why_a_pharmacy"
    WHY_QUARANTINE = "why_quarantine"
    WHY_REGION = "why_region"
    WHY_LOT_RECALLED = "why_lot_recalled"
    WHY_LOT_EXPIRED_FOR_ROUND = "why_lot_expired_for_round"
    WHY_IN_LIST = "why_in_list"
    # What is wrong with a row of a round file.
    RF_NOT_UTF8 = "rf_not_utf8"
    RF_NOT_TEXT = "rf_not_text"
    RF_EMPTY = "rf_empty"
    RF_COLUMN_MISSING = "rf_column_missing"
    RF_COLUMN_TWICE = "rf_column_twice"
    RF_NO_ROWS = "rf_no_rows"
    RF_SITE_EMPTY = "rf_site_empty"
    RF_VARENUMMER_EMPTY = "rf_varenummer_empty"
    RF_DOSES_NOT_ASCII = "rf_doses_not_ascii"
    RF_DOSES_TOO_LARGE = "rf_doses_too_large"
    RF_DOSES_INVALID = "rf_doses_invalid"
    RF_SITE_UNKNOWN = "rf_site_unknown"
    RF_SITE_REFUSED = "rf_site_refused"
    RF_VARENUMMER_UNKNOWN = "rf_varenummer_unknown"
    RF_PRODUCT_INACTIVE = "rf_product_inactive"
    RF_NOT_WHOLE_VIALS = "rf_not_whole_vials"
    RF_REPEATED = "rf_repeated"
    RF_NOTHING_TO_SEND = "rf_nothing_to_send"
    # The fields of a scanned pack code, and a file's separator.
    GS1_GTIN = "gs1_gtin"
    GS1_EXPIRY = "gs1_expiry"
    GS1_BATCH = "gs1_batch"
    GS1_SERIAL = "gs1_serial"
    GS1_FIELD = "gs1_field"
    CSV_AND_SEPARATOR = "csv_and_separator"
    # The state of a round, a list or a receipt.
    STATUS_DRAFT = "status_draft"
    STATUS_DISPATCHED = "status_dispatched"
    STATUS_CANCELLED = "status_cancelled"
    # The units a round proposes, after its doses: " (23 vials of 6)".
    BASIS_UNITS = "basis_units"
    # Why a field of a shipment file (the lot passport) is refused, or the file is unreadable.
    SH_MISSING = "sh_missing"
    SH_NOT_TEXT = "sh_not_text"
    SH_EMPTY = "sh_empty"
    SH_TOO_LONG = "sh_too_long"
    SH_CONTROL_CHARACTERS = "sh_control_characters"
    SH_NOT_WHOLE_NUMBER = "sh_not_whole_number"
    SH_NOT_BETWEEN = "sh_not_between"
    SH_NOT_A_DATE = "sh_not_a_date"
    SH_NOT_A_MOMENT = "sh_not_a_moment"
    SH_BEFORE_YEAR = "sh_before_year"
    SH_NOT_A_GROUP = "sh_not_a_group"
    SH_UNKNOWN_FIELD = "sh_unknown_field"
    SH_TOO_BIG = "sh_too_big"
    SH_NOT_UTF8 = "sh_not_utf8"
    SH_KEY_TWICE = "sh_key_twice"
    SH_NOT_JSON = "sh_not_json"
    SH_NOT_A_SHIPMENT_FILE = "sh_not_a_shipment_file"
    SH_UNSIGNED = "sh_unsigned"
    SH_VERSION = "sh_version"
    SH_NOT_A_SHIPMENT_ID = "sh_not_a_shipment_id"
    SH_NOT_A_BATCH = "sh_not_a_batch"
    SH_NOT_THE_ALGORITHM = "sh_not_the_algorithm"
    SH_NOT_A_FINGERPRINT = "sh_not_a_fingerprint"
    SH_NOT_A_HISTORY = "sh_not_a_history"
    SH_HISTORY_TOO_LONG = "sh_history_too_long"
    SH_NOT_A_MOVEMENT = "sh_not_a_movement"
    SH_NOT_A_KIND = "sh_not_a_kind"
    SH_NOT_A_BATCH_PART = "sh_not_a_batch_part"
    SH_SAME_PLACE = "sh_same_place"
    SH_OUT_OF_ORDER = "sh_out_of_order"
    SH_SENDING_REGION = "sh_sending_region"
    SH_AFTER_EXPIRY = "sh_after_expiry"
    SH_AFTER_SENT_DAY = "sh_after_sent_day"
    SH_BEFORE_THAW = "sh_before_thaw"
    SH_THAWED_PART_NOT_THAWED = "sh_thawed_part_not_thawed"
    SH_AFTER_SENT = "sh_after_sent"
    SH_NOT_THIS_SHIPMENT = "sh_not_this_shipment"
    SH_GIVES_AWAY = "sh_gives_away"
    SH_THE_THAWED_PART = "sh_the_thawed_part"
    SH_THE_LOT = "sh_the_lot"
    SH_IN_FUTURE = "sh_in_future"
    SH_YEAR_AGO = "sh_year_ago"
    SH_EXPIRY_TOO_FAR = "sh_expiry_too_far"
    SH_USE_BY_PASSED = "sh_use_by_passed"
    SH_OTHER_GTIN = "sh_other_gtin"
    SH_OTHER_DOSES_PER_UNIT = "sh_other_doses_per_unit"
    SH_NOT_WHOLE_UNITS = "sh_not_whole_units"
    SH_NOT_FROZEN = "sh_not_frozen"
    SH_OTHER_USE_BY = "sh_other_use_by"
    SH_CANNOT_OPEN = "sh_cannot_open"
    SH_UNKNOWN_REGION = "sh_unknown_region"
    SH_OWN_REGION = "sh_own_region"
    SH_UNKNOWN_PRODUCT = "sh_unknown_product"


@dataclass(frozen=True)
class Name:
    """A name the reference data keeps in both languages (a programme, a reason)."""

    da: str
    en: str

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Phrase:
    """A term with parameters of its own, written like a message (numbers and dates as
    the language does); a parameter may itself be a term, a phrase or a name."""

    term: Term
    params: Mapping[str, Any] = field(default_factory=dict)
