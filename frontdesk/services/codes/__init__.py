"""PIN codes: the lock provider contract, code operations, codes that follow grants, lockout."""
