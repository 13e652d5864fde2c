"""Benchmarks of the app at the default demo's size and at the large-region demo's.

Run ``.venv/bin/python -m benchmarks`` from the project folder (see the README); not part
of the test run.  :mod:`.databases` builds and caches the demo databases, :mod:`.pg`
runs the private PostgreSQL server they live on, :mod:`.cases` holds what is measured,
:mod:`.cold_start` is the window started in a process of its own.
"""
