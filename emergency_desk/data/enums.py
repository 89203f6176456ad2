"""Enumerations stored as stable English codes, shown and imported by their Chinese labels."""

from __future__ import annotations

from enum import StrEnum

from emergency_desk.i18n import t


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Chinese label (translated on display)."""

    @property
    def zh(self) -> str:
        return _LABELS[self]

    @property
    def label(self) -> str:
        return t(self.zh)

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum | None:
        for m in cls:
            if text in (m.zh, m.value, t(m.zh)):
                return m
        return None


class RegionLevel(LabelledEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"
    COMMUNITY = "community"

    @property
    def rank(self) -> int:
        return {"county": 0, "township": 1, "village": 2, "community": 2}[self.value]


_LABELS: dict[StrEnum, str] = {
    RegionLevel.COUNTY: "县",
    RegionLevel.TOWNSHIP: "乡镇",
    RegionLevel.VILLAGE: "村",
    RegionLevel.COMMUNITY: "社区",
}


def register_labels(labels: dict[StrEnum, str]) -> None:
    """Later registers add their enumerations' labels here."""
    _LABELS.update(labels)


def all_labels() -> dict[StrEnum, str]:
    """Every enumeration member registered so far, with its Chinese label (the audit log shows
    stored values by these)."""
    return dict(_LABELS)
