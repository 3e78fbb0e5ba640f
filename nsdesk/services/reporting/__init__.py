"""Reporting: periods, the figures behind a plan report, and the reports an office keeps (no Qt, no xlsx)."""
