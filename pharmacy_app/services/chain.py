"""Adding to the audit chain inside a write transaction (see ``domain.audit_chain``).

Whoever adds movements or activity entries takes the chain's head first with
:func:`take_head` (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the write
transaction holds the database from ``BEGIN IMMEDIATE``), gives each new row its place
and hash with ``Head.append`` and stores the head with :func:`put_head`, all in the same
transaction: places are given one transaction at a time, in commit order, with no gap.
Lock order: the head before any balance (``ledger.post_many`` takes it first), so that
two workstations never wait for each other in opposite orders; an activity entry takes
it too, before or after the postings of its transaction.
"""

from __future__ import annotations

import socket

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.audit_chain import Head
from pharmacy_app.domain.limits import MAX_WORKSTATION

HEAD_ID = 1


def this_host() -> str:
    """This machine's name, as a movement's workstation records it."""
    try:
        return socket.gethostname()[:MAX_WORKSTATION] or "unknown"
    except OSError:
        return "unknown"


def workstation(session: Session) -> str:
    """The workstation of the database session (``Database.workstation``)."""
    return str(session.info.get("workstation") or this_host())


def take_head(session: Session) -> Head:
    """The chain's head, locked until the transaction ends."""
    row = session.execute(
        select(m.ChainHead.seq, m.ChainHead.hash).where(m.ChainHead.id == HEAD_ID).with_for_update()
    ).one()
    return Head(int(row.seq), str(row.hash))


def put_head(session: Session, head: Head) -> None:
    session.execute(
        update(m.ChainHead)
        .where(m.ChainHead.id == HEAD_ID)
        .values(seq=head.seq, hash=head.hash)
        .execution_options(synchronize_session=False)
    )
