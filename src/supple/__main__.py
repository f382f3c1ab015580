import sys

from supple.cli.main import main

sys.exit(main())
