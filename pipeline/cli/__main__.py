"""``python -m pipeline.cli``: the same as the ``cesr`` command."""

import sys

from .parser import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
