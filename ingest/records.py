"""The records ingest produces: Policy, Clause, Chunk (DESIGN.md, Records)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class Policy:
    """One policy document with what its text (or its sidecar) says about it."""

    id: str
    city: str
    province: str
    title: str
    doc_number: str
    issuer: str
    issue_date: date | None
    effective_from: date | None
    valid_until: date | None
    notes: str
    source_file: str
    content_hash: str
    awards_counted_from: date | None = None
    issue_year: int | None = None

    def status(self, as_of: date) -> dict[str, object]:
        """The validity entry of the Answer contract's policy_status list."""
        return {
            "doc_number": self.doc_number,
            "city": self.city,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "expired": bool(self.valid_until and as_of > self.valid_until),
        }

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("issue_date", "effective_from", "valid_until", "awards_counted_from"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Policy:
        values = dict(data)
        for key in ("issue_date", "effective_from", "valid_until", "awards_counted_from"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        return cls(**values)


@dataclass
class Clause:
    """A numbered (or preamble/closing) passage of a policy, labelled as in DESIGN.md."""

    policy_id: str
    label: str
    heading: str
    text: str
    parent_label: str | None = None
    responsible_units: dict[str, list[str]] = field(default_factory=dict)
    order: int = 0

    @property
    def units_flat(self) -> list[str]:
        return [u for units in self.responsible_units.values() for u in units]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Clause:
        return cls(**data)


@dataclass
class Chunk:
    """Retrieval text for (part of) a clause, with the clause's metadata."""

    id: str
    policy_id: str
    label: str
    part: int
    text: str
    metadata: dict[str, object]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Chunk:
        return cls(**data)
