"""demarche: extracts actors, statements, meetings, refusals and dates from English diplomacy
and defence news.

>>> import demarche
>>> ex = demarche.Extractor()
>>> doc = ex.extract("Lloyd Austin met Dong Jun in Singapore on Friday.", published="2024-06-01")
>>> doc["meetings"][0]["participants"]
['lloyd-austin', 'dong-jun']

:class:`Extractor` does the work (``Extractor()`` with the bundled data,
``Extractor.from_files(gazetteer=[...], phoenix=[...])`` with your own too). ``extract`` returns
one article's records as a dict with the keys of the JSON contract (the README's "Output"
section): ``published``, ``anchor``, ``actors``, ``statements``, ``meetings``, ``refusals``,
``dates``. ``extract_many`` runs many articles on all cores without the GIL.

:mod:`demarche.spark` turns extractions into the rows of flat tables, for Spark jobs.
"""

from __future__ import annotations

from ._demarche import Extractor, __version__
from . import types
from ._errors import (
    DateError,
    DemarcheError,
    ExtractionError,
    GazetteerError,
    GazetteerFileError,
)

__all__ = [
    "Extractor",
    "DemarcheError",
    "GazetteerError",
    "GazetteerFileError",
    "DateError",
    "ExtractionError",
    "types",
    "__version__",
]
