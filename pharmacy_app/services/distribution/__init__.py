"""Distribution rounds: plan, allocate (FEFO), dispatch, confirm receipt, reverse.

A round is one or many sites' distribution lists, dispatched together.  Each list holds

* **requests**: per product, the doses the app proposes (:mod:`.proposals`: the site's
  recent consumption rate, or the forecast's (:mod:`.use_basis`), x its kind's days of
  cover, less the usable stock it holds)
  and the doses the coordinator asks for (:mod:`.planning`);
* **lines**: the lots picked for the requests, whole vials, first-expiry-first-out from
  the home pharmacy's pickable stock (:mod:`.picking`); a line chosen against FEFO
  carries the reason;
* **visits** (mobile units): the institutions visited and the doses per programme
  (:mod:`.visits`).

Dispatch, receipt at the site, reversal and cancellation are in :mod:`.dispatching`;
reading rounds in :mod:`.queries`; the sites a round may go to in :mod:`.sites`; the
records every use case returns in :mod:`.views`.  Each use case is one transaction.

The names below are those the window and the command line call as
``distribution.plan_round(...)``; new code imports from the module that holds a thing.
"""

from pharmacy_app.services.distribution.dispatching import (
    DEFAULT_DISCREPANCY_CODE,
    cancel_list,
    cancel_round,
    confirm_receipt,
    dispatch,
    reverse_list,
)
from pharmacy_app.services.distribution.planning import (
    add_request,
    override_line,
    plan_round,
    reallocate,
    set_requested,
)
from pharmacy_app.services.distribution.proposals import (
    MIN_DAYS_LEFT,
    USED_WITHIN_DAYS,
    usable_on_hand,
)
from pharmacy_app.services.distribution.queries import (
    list_rounds,
    list_view,
    pickable_stock,
    product_ids_for,
    round_view,
)
from pharmacy_app.services.distribution.sites import (
    DEFAULT_COVER_DAYS,
    NOT_SITE_KINDS,
    OTHER_COVER_DAYS,
    cover_days_of,
    site_candidates,
    site_problem,
)
from pharmacy_app.services.distribution.views import (
    CANCELLED,
    DISPATCHED,
    DRAFT,
    MODES,
    RECEIVED,
    STATUSES,
    LineView,
    ListView,
    RequestView,
    RoundSummary,
    RoundView,
    SiteView,
    StockLotView,
    VisitView,
)
from pharmacy_app.services.distribution.visits import (
    MOBILE_KIND,
    add_visit,
    add_visits,
    remove_visit,
)

__all__ = [
    "CANCELLED",
    "DEFAULT_COVER_DAYS",
    "DEFAULT_DISCREPANCY_CODE",
    "DISPATCHED",
    "DRAFT",
    "MIN_DAYS_LEFT",
    "MOBILE_KIND",
    "MODES",
    "NOT_SITE_KINDS",
    "OTHER_COVER_DAYS",
    "RECEIVED",
    "STATUSES",
    "USED_WITHIN_DAYS",
    "LineView",
    "ListView",
    "RequestView",
    "RoundSummary",
    "RoundView",
    "SiteView",
    "StockLotView",
    "VisitView",
    "add_request",
    "add_visit",
    "add_visits",
    "cancel_list",
    "cancel_round",
    "confirm_receipt",
    "cover_days_of",
    "dispatch",
    "list_rounds",
    "list_view",
    "override_line",
    "pickable_stock",
    "plan_round",
    "product_ids_for",
    "reallocate",
    "remove_visit",
    "reverse_list",
    "round_view",
    "set_requested",
    "site_candidates",
    "site_problem",
    "usable_on_hand",
]
