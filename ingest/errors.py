"""Errors raised by ingest; `message` is Chinese and shown to users as it is."""


class IngestError(Exception):
    """A policy file or the index cannot be processed; the message names the file."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ChromaUnavailable(IngestError):
    """The Chroma server named by POLICY_CHROMA_HOST cannot be reached."""
