"""Exceptions that carry enough context to print one clear line for the user."""

from __future__ import annotations


class LawgovError(Exception):
    """Base class for every error lawgov reports to the user."""


class InputError(LawgovError):
    """One input could not be read; the batch goes on without it.

    ``stage`` says where it failed (``read``, ``decode``, ``extract``, ...).
    """

    def __init__(self, path: str, stage: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.stage = stage
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        # Workers send failures back pickled; Exception's default would call __init__(message).
        return (type(self), (self.path, self.stage, self.reason))


class PackError(LawgovError):
    """One or more pattern packs are broken; raised before any report is read."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("broken pattern pack:\n" + "\n".join(f"  {p}" for p in problems))
        self.problems = problems

    def __reduce__(self) -> tuple[type[PackError], tuple[list[str]]]:
        return (type(self), (self.problems,))


class GoldError(LawgovError):
    """A gold file for ``lawgov eval`` has a missing or malformed line."""
