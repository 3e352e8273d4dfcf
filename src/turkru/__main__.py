"""``python -m turkru`` runs the command line."""

import sys

from turkru.cli import main

sys.exit(main())
