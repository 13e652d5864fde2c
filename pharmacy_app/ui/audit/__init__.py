"""The Audit page: every movement and activity entry, filtered, exported, and the check
of the audit chain."""
