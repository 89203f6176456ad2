"""Small checks the township registers share: phones typed into forms and sheets."""

from __future__ import annotations

from emergency_desk import values


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def check_phone(label: str, value: str | None, problems: dict[str, str]) -> str | None:
    """A mobile or landline in the form the sheets use; a problem under `label` if unreadable."""
    if value is None or not str(value).strip():
        return None
    try:
        return values.phone(str(value))
    except values.InvalidValue as exc:
        problems[label] = str(exc)
        return None


def check_phones(label: str, value: str | None, problems: dict[str, str]) -> str | None:
    """One number per person of a field that names several (值班员 “胡干事、李委员”), each
    read as `check_phone` reads one, joined with “、”; a problem names the number refused."""
    if value is None or not str(value).strip():
        return None
    numbers = [check_phone(label, p, problems) for p in values.phone_parts(str(value))]
    if label in problems:
        return None
    return "、".join(n for n in numbers if n)
