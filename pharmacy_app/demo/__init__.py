"""A year of a region's vaccine logistics, simulated in memory for demo data.

Not a rule of the pharmacy: a generator of realistic data to look around with.  Only
:mod:`pharmacy_app.services.demo` (which writes a :class:`~.plan.Plan` to the database)
and the command line may import it; an import-linter contract in ``pyproject.toml``
checks that.  Pure Python like the domain: no Qt, no database.

The simulation walks day by day through twelve months and keeps every location's stock
of every lot, so the ledger it produces is consistent by construction;
:func:`.replay.verify` replays it once more before anything is written.

A day has fixed phases in Danish local time, and within a phase a (location, lot) only
receives or only gives (the two corrected mistakes excepted, which keep their own
order), so the time order of the ledger is the order in which stock was simulated:

===========  ===============================================================  ================
07:00-08:15  receipts from SSI at the pharmacy                                :mod:`.receipts`
08:20-08:50  the pharmacy's weekly expiry round, breakage                     :mod:`.waste`
08:55-09:29  returns from sites, cold-chain failures at sites                 :mod:`.returns`
09:30-12:00  distribution to sites: FEFO, whole vials or packs                :mod:`.distribution`
12:30-16:25  consumption registered per site, product and lot: FEFO           :mod:`.consumption`
16:30-17:45  open-vial leftovers, the sites' weekly expiry round, breakage    :mod:`.waste`
===========  ===============================================================  ================

What makes it look real: autumn campaigns (covid-19 and influenza from 1 October,
peaking in October and November) against all-year pneumococcal vaccination; weekdays
busier than Fridays, central centres open on Saturdays in season, Danish holidays
closed (:mod:`.demand`, :mod:`.days`); each site restocked to its kind's cover days;
demand that turns out lower or higher than planned; short-dated lots (some offered by
SSI) so that wastage and the expiry views have something to show; two corrected
mistakes and the coordinator's work on the last day (:mod:`.incidents`).

The sites (:mod:`.sites`) and how each product is used (:mod:`.products`) are data in
``resources/demo/``.  Everything random comes from one ``random.Random(seed)``, and
every loop runs over lists in a fixed order, so a seed and an end date always give the
same ledger.

The modules, by what they hold:

* :mod:`.plan` the inputs and the result (product and site specs, planned lots and
  movements); :mod:`.simulation` :func:`~.simulation.simulate`, which runs the days;
* :mod:`.state` the year as it stands; :mod:`.ledger` its stock and ledger;
* :mod:`.days` calendar and phases; :mod:`.demand` the season and demand model;
  :mod:`.people` user initials and batch numbers; :mod:`.tables` the data files;
* one module per phase of the day (above), :mod:`.incidents` what is planned ahead;
* :mod:`.replay` the ledger checked against the services' rules;
* the large-region demo: :mod:`.large` its size and surge season, :mod:`.large_sites`
  its ~150 sites, :mod:`.recalls` its recalled batches.  It runs the same simulation
  over several years, with doses registered per target group and session.
"""
