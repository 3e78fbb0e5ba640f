"""Consolidation: the data package an office sends with its report, and the province's import of it."""
