import sys

from frontdesk.launcher import main

sys.exit(main())
