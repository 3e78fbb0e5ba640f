"""nsdesk — track enterprise productivity pilots under Decision 36/QĐ-TTg."""

__version__ = "0.1.0"
APP_NAME = "nsdesk"
APP_AUTHOR = "nsdesk"
