"""Look-alike character confusions (placeholder until the plausibility model lands)."""
