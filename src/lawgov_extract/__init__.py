"""lawgov: quantitative indicators from Chinese local governments' rule-of-law reports.

>>> from lawgov_extract import extract_text, parse_quantity
>>> parse_quantity("3300余件")
Quantity(value=Decimal('3300'), unit='件', qualifier='approx')
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "extract_paths",
    "extract_text",
    "parse_quantity",
    "to_frames",
]


def __getattr__(name: str):
    # Lazy: `lawgov --help` must not pay for the extraction stack.
    if name in ("extract_text",):
        from .pipeline import extract_text

        return extract_text
    if name in ("extract_paths", "to_frames"):
        from . import api

        return getattr(api, name)
    if name == "parse_quantity":
        from .numerals import parse_quantity

        return parse_quantity
    raise AttributeError(f"module 'lawgov_extract' has no attribute {name!r}")
