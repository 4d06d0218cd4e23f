"""Type stubs of the extension module (python/src/lib.rs)."""

import datetime
import os
from typing import Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from .types import Extraction

__version__: str

_Path = Union[str, "os.PathLike[str]"]
_Day = Union[str, datetime.date, None]
_Item = Union[str, Tuple[str, _Day], Mapping[str, object]]

class Extractor:
    """Reads English diplomacy and defence news and returns its actors, statements, meetings,
    refusals and dates. ``Extractor()`` uses the bundled gazetteer. Immutable, thread-safe;
    extraction releases the GIL."""

    def __init__(self) -> None: ...
    @classmethod
    def from_files(
        cls,
        gazetteer: Union[_Path, Sequence[_Path], None] = None,
        phoenix: Union[_Path, Sequence[_Path], None] = None,
        *,
        default_gazetteer: bool = True,
    ) -> "Extractor":
        """An extractor that also loads gazetteer files (tab-separated or JSON) and
        PETRARCH/Phoenix ``.actors`` dictionaries. Raises ``GazetteerError`` (``file``,
        ``line``) for a malformed line, ``GazetteerFileError`` for an unreadable file."""
    def extract(self, text: str, published: _Day = None) -> Extraction:
        """One article's records. ``published``: a ``datetime.date`` or ``"YYYY-MM-DD"``
        (``DateError`` otherwise), the anchor for relative dates."""
    def extract_many(
        self,
        items: Iterable[_Item],
        threads: Optional[int] = None,
        *,
        published: _Day = None,
    ) -> List[Extraction]:
        """Many articles on ``threads`` threads (``None``: all cores) without the GIL, in input
        order. Items: a text, a ``(text, published)`` pair or a mapping with ``"text"`` (and
        ``"published"``)."""
    def __reduce__(self) -> Tuple[object, Tuple[List[str], List[str], bool]]: ...

def _rebuild_extractor(
    gazetteer: Sequence[_Path], phoenix: Sequence[_Path], default_gazetteer: bool
) -> Extractor: ...
