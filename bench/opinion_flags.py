"""The second-opinion flags the classifier benches share (``bench/external``, ``bench/ham``).

Why: both pick the shipped opinion the same way (``agent.classify.bundled_opinion``); one
copy keeps their flags and their meaning alike.
"""

from __future__ import annotations

import argparse


def add(ap: argparse.ArgumentParser) -> None:
    """``--model``, ``--sentences`` and ``--slot-model`` on ``ap``."""
    ap.add_argument("--model", action="store_true", help="ask the learned second opinion too")
    ap.add_argument(
        "--sentences",
        action="store_true",
        help="with --model: the sentence model after the word model, as a scan does by default"
        " (classify.sentence_model); alone: the sentence model only",
    )
    ap.add_argument(
        "--slot-model", action="store_true", help="ask the slot model instead (evidence.py)"
    )


def name_of(args: argparse.Namespace) -> str | None:
    """The ``bundled_opinion`` name the flags ask for, or None: the rules alone."""
    if args.sentences:
        return "both" if args.model else "sentences"
    if args.slot_model:
        return "slots"
    return "words" if args.model else None
