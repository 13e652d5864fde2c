"""The desktop window (PySide6).

Screens call :mod:`pharmacy_app.services` through :mod:`pharmacy_app.ui.operations` and
show plain data; they hold no SQL and no business rules (import-linter checks that this
package never imports the database layer).
"""
