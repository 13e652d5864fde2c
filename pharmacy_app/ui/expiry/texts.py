"""Words the expiry screens share: the expiry windows' headings and tooltips, and the
sentences of the daily summary and the status bar.

A window's heading is ``≤ 7 days`` for the first, then its own span (``8–30 days``), so
"≤ 30 days" always means 0 to 30 days left, never expired, as the status bar says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.ui import fmt


class ExpiryTexts(QObject):
    """Words the expiry screens share (a QObject so that plurals reach the translations)."""

    def bucket(self, bucket: str, windows: Sequence[int] = er.DEFAULT_WINDOWS) -> str:
        """A window's heading: ``≤ 7 days`` for the first, then its own span, ``8–30 days``,
        so "≤ 30 days" always means 0 to 30 days, as the status bar says."""
        if bucket == er.EXPIRED:
            return self.tr("Expired")
        if bucket == er.LATER:
            return self.tr("Later")
        days = int(bucket.lstrip("≤"))
        lower = max((w for w in windows if w < days), default=None)
        if lower is None:
            return self.tr("≤ %Ln day(s)", None, days)
        return self.tr("%1–%2 days").replace("%1", str(lower + 1)).replace("%2", str(days))

    def within(self, days: int) -> str:
        """``≤ 30 days``: not expired, use-by within ``days`` (0 to ``days`` days left)."""
        return self.tr("≤ %Ln day(s)", None, days)

    def bucket_tip(self, bucket: str, windows: Sequence[int] = er.DEFAULT_WINDOWS) -> str:
        if bucket == er.EXPIRED:
            return self.tr("Stock past its use-by date")
        if bucket == er.LATER:
            return self.tr("Use-by more than %Ln day(s) from today", None, max(windows, default=0))
        days = int(bucket.lstrip("≤"))
        lower = max((w + 1 for w in windows if w < days), default=0)
        return self.tr("Use-by %1 to %2 days from today (not yet expired)").replace("%1", str(lower)).replace(
            "%2", str(days)
        )

    def expired(self, doses: int, lots: int) -> str:
        return self.tr("%1 doses have expired (%Ln lot(s))", None, lots).replace("%1", fmt.integer(doses))

    def soon(self, doses: int, days: int, lots: int) -> str:
        return (
            self.tr("%1 doses expire within %2 days (%Ln lot(s))", None, lots)
            .replace("%1", fmt.integer(doses))
            .replace("%2", str(days))
        )

    def at_risk(self, doses: int, lots: int) -> str:
        return self.tr("%1 doses will not be used in time at the expected rate of use (%Ln lot(s))", None, lots).replace(
            "%1", fmt.integer(doses)
        )

    def days_left(self, days: int) -> str:
        return self.tr("last day today") if days == 0 else self.tr("%Ln day(s) left", None, days)

    def soon_lot(self, product: str, batch: str, use_by: date, days: int, doses: int, locations: int) -> str:
        return (
            self.tr("%1 %2: use by %3 (%4), %5 doses at %Ln location(s)", None, locations)
            .replace("%1", product)
            .replace("%2", batch)
            .replace("%3", fmt.date_text(use_by))
            .replace("%4", self.days_left(days))
            .replace("%5", fmt.integer(doses))
        )


def bucket_label(bucket: str, windows: Sequence[int] = er.DEFAULT_WINDOWS) -> str:
    """``expired`` / ``≤30`` / ``later`` as a heading in the UI language (``8–30 days``)."""
    return ExpiryTexts().bucket(bucket, windows)
