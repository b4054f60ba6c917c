"""``python -m agent.classify.onepass_child PATH [EXACT]``: compile a one-pass database apart.

Why a module of its own: ``-m agent.classify.onepass`` ran ``onepass`` twice (the
package imports it before runpy executes it as ``__main__``), with runpy's
RuntimeWarning on every compile. The patterns come as JSON on stdin.
"""

import logging
import sys

from agent.classify.onepass import compile_main

if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    sys.exit(compile_main(sys.argv[1:]))
