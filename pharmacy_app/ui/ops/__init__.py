"""One small factory per write use case, grouped one module per capability.

A slot reads ``dispatch_round(self, round_id).success(done).run(self._ops, label)``: the
factory names the service function it runs, and :class:`~pharmacy_app.ui.ops.service_op.
ServiceOp` takes what the run changes from that function's declaration
(:func:`pharmacy_app.domain.changes.declares`), so no screen guesses what changed.  This is
the shape of Anki's ``aqt/operations`` (``CollectionOp`` and ``operations/card.py``).
"""
