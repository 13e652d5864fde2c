import os

# Qt must never try to open a real display in the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.pgserver"]
