import sys

from pharmacy_app.main import main

sys.exit(main())
