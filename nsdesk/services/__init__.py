"""Use cases of nsdesk, plain Python: no Qt here."""
