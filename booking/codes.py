"""Short human reservation codes, e.g. `CAB-7KQ2`.

Guests read them aloud and type them on phones, so the alphabet leaves out
characters that look alike (0/O, 1/I/L). 31**4 ≈ 920,000 codes; a clash with
an existing code is caught by the UNIQUE constraint and a new code is drawn.
"""

from __future__ import annotations

import re
import secrets

PREFIX = "CAB-"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 4
_CODE = re.compile(rf"^{PREFIX}[{ALPHABET}]{{{LENGTH},8}}$")


def new_code(length: int = LENGTH) -> str:
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalize_code(text: str) -> str:
    """`cab-7kq2`, ` CAB 7KQ2 ` or `7kq2` → `CAB-7KQ2` (what a guest types)."""
    cleaned = re.sub(r"[\s_-]+", "", text.strip().upper())
    if cleaned.startswith("CAB"):
        cleaned = cleaned[3:]
    return PREFIX + cleaned


def looks_like_code(text: str) -> bool:
    return bool(_CODE.match(normalize_code(text)))
