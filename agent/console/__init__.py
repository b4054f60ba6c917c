"""What ``rebound`` shows and asks on a terminal: progress, set-up, the review flow.

The CLI's helpers, kept out of ``cli.py`` so it stays a parser and a table of
commands. Nothing here is used by the daemon.
"""
