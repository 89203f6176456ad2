"""The README and the user guide: their pictures exist, and the promises others rely on stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "docs" / "user-guide.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_linked_picture_and_file_exists(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)\)", text)
    local = [t for t in targets if not t.startswith(("http://", "https://"))]
    assert local, "no local links found"
    missing = [t for t in local if not (doc.parent / t).exists()]
    assert missing == []


def test_readme_is_chinese_first_and_keeps_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index("## 中文") < text.index("## English")
    for command in ("python3 tools/setup_and_run.py", "python3 tools/run_tests.py"):
        assert command in text
    shots = set(re.findall(r"docs/screenshots/(\w+)\.png", text))
    assert {"dashboard", "regions", "reports", "settings"} <= shots
