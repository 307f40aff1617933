"""Every user-facing error text in one place, each with a code a user can search for."""

from enum import Enum


class Msg(str, Enum):
    # reading (E1xx)
    E101 = "E101 unsupported file type {suffix!r}; supported: {supported}"
    E102 = "E102 empty file"
    E103 = "E103 not a text file: {detail}"
    E104 = "E104 could not decode text: {detail}"
    E105 = "E105 could not read PDF: {detail}"
    E106 = "E106 PDF has no extractable text (scanned image?); OCR it first"
    E107 = "E107 could not parse HTML: {detail}"
    E108 = "E108 file not found"
    # rules (E2xx)
    E201 = "E201 {where}: {what}"
    # gold (E3xx)
    E301 = "E301 {where}: {what}"
    # processing (E4xx)
    E401 = "E401 unexpected error while {stage}: {detail}"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return self.value.format(**kwargs)


class ExtractError(Exception):
    """An error with a stage name ('read', 'segment', 'extract') for errors.csv."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.message = message


class RuleError(ValueError):
    """A bad rule file: the message names the file and line."""


class GoldError(ValueError):
    """A bad gold file: the message names the file and line."""
