"""Errors a user can act on, kept apart from bugs."""

from __future__ import annotations


class KnownError(Exception):
    """An environment or input fault with a message that says what to do next.

    ``message`` is shown to the user as is (Vietnamese by default); the CLI prints it on one line
    and exits with ``exit_code``.
    """

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None, exit_code: int | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class DatabaseError(KnownError):
    """The database cannot be opened or used (locked, read-only, corrupt, unreachable, too new)."""


class InputError(KnownError):
    """An input file or argument cannot be used."""
