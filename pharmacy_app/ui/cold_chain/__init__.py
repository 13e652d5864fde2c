"""The Kølekæde (cold chain) page's parts: storage per place and temperature excursions."""
