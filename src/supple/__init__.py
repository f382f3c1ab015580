"""Supple: a guided stretching and warm-up timer for runners."""

import os

__version__ = "0.1.0"

# Pydantic looks for third-party plugins through every installed package's metadata on first
# import (~20 ms of start-up); Supple uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
