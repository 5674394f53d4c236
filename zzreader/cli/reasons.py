"""What an import set aside, one line each on standard error, the first few only.

Shared by `import-annotations` (zzreader/cli/annotation.py) and
`import-corrections` (zzreader/cli/corrections.py): a hostile file of a
million bad items must not flood the terminal, and every name in a reason
comes from the file, so it is escaped (core/shown.py).
"""

from __future__ import annotations

import sys

from zzreader.cli import language
from zzreader.core import shown

MAX_REASONS_SHOWN = 20


def list_reasons(label: str, reasons: list[str]) -> None:
    """Each reason on its own line (names in it escaped), the first few only."""
    for reason in reasons[:MAX_REASONS_SHOWN]:
        print(language.after(f"  {label}: ", shown.message(reason)), file=sys.stderr)
    if len(reasons) > MAX_REASONS_SHOWN:
        more = len(reasons) - MAX_REASONS_SHOWN  # "…" first: the streams pick a line only after Chinese
        print("  … " + language.say(f"另有 {more} 条", f"and {more} more"), file=sys.stderr)
