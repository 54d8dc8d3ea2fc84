class UserError(Exception):
    """A mistake a person can fix; its message says what and where, in one line."""
