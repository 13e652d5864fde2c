"""The Cold chain page: what each place can store and holds (Equipment), and temperature
excursions with the lots they hold (Temperature excursions)."""
