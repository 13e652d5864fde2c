"""Suggested orders in whole packs that meet the cover target."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pharmacy_app.domain.ordering import suggest


def test_a_hand_count() -> None:
    # Use 1,000 in 14 days, cover 500 more; 900 usable of which 100 expire first, 120
    # expected: 1,500 - 920 = 580 short, 60 a pack: 10 packs (600 doses).
    s = suggest(1000, 500, 900, 100, 120, 60)
    assert (s.need, s.available, s.short, s.packs, s.doses) == (1500, 920, 580, 10, 600)
    assert suggest(100, 50, 900, 0, 0, 60).packs == 0


@given(
    st.integers(0, 10**6), st.integers(0, 10**5), st.integers(0, 10**6), st.integers(0, 10**5),
    st.integers(0, 10**5), st.integers(1, 500),
)  # fmt: skip
def test_whole_packs_meet_the_target(use, cover, stock, expiring, expected, per_pack) -> None:
    s = suggest(use, cover, stock, expiring, expected, per_pack)
    assert s.doses % per_pack == 0
    assert s.available + s.doses >= s.need
    assert s.doses < s.short + per_pack
