"""Rebound: notices job rejections in an inbox and drafts a timely feedback request."""

__version__ = "0.1.0"
