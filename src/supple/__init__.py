"""Supple: a guided stretching and warm-up timer for runners."""

__version__ = "0.1.0"
