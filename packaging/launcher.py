"""Entry point of the frozen app: the same `zzreader` command as `pip install` gives."""

import multiprocessing
import sys

from zzreader.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process must not start the app again
    sys.exit(main())
