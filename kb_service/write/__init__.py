"""Writes: validated documents -> rows -> atomic, serialised, idempotent transactions;
retraction."""
