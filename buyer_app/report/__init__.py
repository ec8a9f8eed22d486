"""The printable summary: HTML built from a comparison (pure) and its PDF rendering (Qt)."""
