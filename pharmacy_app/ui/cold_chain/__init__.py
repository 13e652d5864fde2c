"""The Cold chain page: what each place can store and what it holds (the Equipment tab)."""
