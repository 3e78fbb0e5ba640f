import sys

from nsdesk.cli import main

sys.exit(main())
