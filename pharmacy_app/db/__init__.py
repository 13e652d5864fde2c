"""Storage: SQLAlchemy 2 typed models, engines for SQLite and PostgreSQL, migrations."""
