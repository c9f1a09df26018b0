"""`python -m assistant …` — see assistant/cli.py."""

import os
import sys

from assistant.cli import main

try:
    sys.exit(main())
except BrokenPipeError:  # `… | head`: the reader left; nothing to report
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
