"""The public API is small and deliberate: ``__all__`` is sorted and every name exists."""

from __future__ import annotations

import importlib

import pytest

import marsad

MODULES = ["marsad", "marsad.errors", "marsad.models", "marsad.arabic", "marsad.settings"]


@pytest.mark.parametrize("name", MODULES)
def test_all_is_sorted_and_resolves(name: str) -> None:
    module = importlib.import_module(name)
    names = list(module.__all__)
    assert names == sorted(names), f"{name}.__all__ is not sorted"
    assert len(names) == len(set(names))
    for attr in names:
        assert hasattr(module, attr), f"{name}.{attr} is in __all__ but missing"


def test_every_error_derives_from_the_root() -> None:
    import marsad.errors as errors

    for attr in errors.__all__:
        cls = getattr(errors, attr)
        assert issubclass(cls, marsad.MarsadError)


def test_input_error_names_its_source() -> None:
    err = marsad.InputError("cannot decode", source="page.html")
    assert str(err) == "page.html: cannot decode"
    assert err.source == "page.html"
