"""Policy files -> Policy/Clause records -> chunks -> indexes (BM25 + Chroma).

Settings that both ingest and the assistant need (index location, Chroma host, embedding
model) live here, in `ingest.settings`, and the assistant reads them from there.
"""

from ingest.errors import IngestError
from ingest.records import Chunk, Clause, Policy
from ingest.settings import IndexSettings

__all__ = ["Chunk", "Clause", "IndexSettings", "IngestError", "Policy"]
