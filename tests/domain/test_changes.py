"""What a write use case declares it changes (pharmacy_app/domain/changes.py)."""

import pytest

from pharmacy_app.domain.changes import Change, changes_of, declares


def test_a_declared_function_reports_its_changes_and_is_itself_unchanged() -> None:
    @declares(Change.STOCK | Change.DISTRIBUTION)
    def move(x: int) -> int:
        return x + 1

    assert move(1) == 2
    assert changes_of(move) == Change.STOCK | Change.DISTRIBUTION
    assert Change.STOCK in changes_of(move) and Change.RECEIVING not in changes_of(move)


def test_several_functions_change_the_union_and_none_changes_nothing() -> None:
    @declares(Change.RECEIVING)
    def start() -> None: ...

    @declares(Change.NONE)
    def write_file() -> None: ...

    assert changes_of(start, write_file) == Change.RECEIVING
    assert changes_of(write_file) == Change.NONE and not changes_of(write_file)
    assert changes_of() == Change.NONE


def test_a_function_that_declares_nothing_is_refused() -> None:
    def undeclared() -> None: ...

    with pytest.raises(TypeError, match="undeclared"):
        changes_of(undeclared)


def test_a_declaration_is_a_change_not_words() -> None:
    with pytest.raises(TypeError):
        declares({"stock"})  # type: ignore[arg-type]
