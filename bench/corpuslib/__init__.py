"""Build labelled corpora of real job-mail wording from fetched public sources.

The mail *texts* are never part of this repository: every recipe in
:mod:`corpuslib.sources` names a public file (repository, commit, path) and
reads it from a snapshot folder given at run time. What lives here is how to
extract a template from such a file, the invented values that fill its
placeholders (companies, roles, names) and the labels, so that anybody with the
same snapshots rebuilds the same corpus byte for byte.
"""
