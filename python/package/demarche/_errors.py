"""The exceptions demarche raises. The extension module raises these classes by name."""

from __future__ import annotations

from typing import Any, Optional, Tuple

__all__ = [
    "DemarcheError",
    "GazetteerError",
    "GazetteerFileError",
    "DateError",
    "ExtractionError",
]


class DemarcheError(Exception):
    """The base class of every exception demarche raises."""


class GazetteerError(DemarcheError, ValueError):
    """A gazetteer or Phoenix dictionary could not be loaded: a malformed line, or (the
    subclass :class:`GazetteerFileError`) a file that could not be read.

    ``file`` names the file (or the name given to the text) and ``line`` the 1-based line where
    the error is about one line; ``problem`` is the message without the ``file:line:`` prefix.
    """

    def __init__(
        self,
        message: str,
        file: Optional[str] = None,
        line: Optional[int] = None,
        problem: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.problem = problem if problem is not None else message

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:  # keep the attributes through pickling (Spark, multiprocessing)
        return (type(self), (str(self), self.file, self.line, self.problem))


class GazetteerFileError(GazetteerError, OSError):
    """A gazetteer or Phoenix file could not be read (missing, unreadable, a directory).

    Also an :class:`OSError`: ``errno``, ``strerror`` and ``filename`` are set as for ``open``.
    """

    def __init__(
        self,
        message: str,
        file: Optional[str] = None,
        line: Optional[int] = None,
        problem: Optional[str] = None,
        errno: Optional[int] = None,
        strerror: Optional[str] = None,
    ) -> None:
        GazetteerError.__init__(self, message, file, line, problem)
        self.errno = errno
        self.strerror = strerror
        self.filename = file

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        return (
            type(self),
            (str(self), self.file, self.line, self.problem, self.errno, self.strerror),
        )


class DateError(DemarcheError, ValueError):
    """A publication date that is not a ``YYYY-MM-DD`` calendar day (``"2023-02-30"``,
    ``"June 3"``). ``text`` is the value given."""

    def __init__(self, message: str, text: Optional[str] = None) -> None:
        super().__init__(message)
        self.text = text

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        return (type(self), (str(self), self.text))


class ExtractionError(DemarcheError, RuntimeError):
    """Extracting one article failed inside the extractor: a bug (extraction never fails by
    contract). Please report the input. ``index`` is the article's position in the batch."""

    def __init__(self, message: str, index: Optional[int] = None) -> None:
        super().__init__(message)
        self.index = index

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        return (type(self), (str(self), self.index))
