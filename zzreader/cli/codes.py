"""Exit codes every command shares (0 ok, 1 failed, 2 bad input, 130 interrupted)."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
