"""Signing in, switching user and locking the window (see session.py)."""
