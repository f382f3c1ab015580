import sys

from supple.cli import main

sys.exit(main())
