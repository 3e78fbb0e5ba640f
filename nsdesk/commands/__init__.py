"""CLI commands. Each module adds its sub-commands with ``add_parsers(sub)`` and sets ``func``.

Modules import heavy libraries inside their handlers so ``nsdesk --help`` and the GUI start fast.
"""

MODULES = ("core", "plans", "pilots", "register", "imports", "progress", "report", "safety", "consolidation")  # add your module name here: ("core", "register", ...)
