"""What every view needs: the signed-in staff member, and a 404 for a reference nobody has."""

from collections.abc import Callable

from django.http import Http404, HttpRequest

from ownup.accounts.models import User
from ownup.errors import UserError


def staff_user(request: HttpRequest) -> User:
    """The user behind a view that login_required has already guarded."""
    assert isinstance(request.user, User)
    return request.user


def found[T](lookup: Callable[[], T]) -> T:
    """The looked-up object, or a 404 carrying the lookup's own one-line reason."""
    try:
        return lookup()
    except UserError as exc:
        raise Http404(str(exc)) from None
