import pytest

from ownup.accounts.models import AuditEvent, Role, User
from ownup.accounts.services import user_add, user_by_name
from ownup.errors import UserError

pytestmark = pytest.mark.django_db

GOOD = {
    "username": "dave",
    "role": Role.AGENT,
    "email": "dave@ownup.test",
    "password": "correct horse battery staple",
    "full_name": "Dave Davies",
}


def test_an_added_user_can_sign_in_with_their_role_and_name(
    agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    dave = user_add(**GOOD)

    assert dave.check_password("correct horse battery staple")
    assert (dave.role, dave.get_full_name(), str(dave)) == ("agent", "Dave Davies", "Dave Davies")
    assert [(u.username, u.role) for u in User.objects.order_by("username")] == [
        ("alice", "agent"),
        ("bob", "lead"),
        ("carol", "admin"),
        ("dave", "agent"),
    ]


def test_only_an_admin_gets_into_the_django_admin(
    agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    assert [u.is_staff for u in (agent_alice, lead_bob, admin_carol)] == [False, False, True]
    assert admin_carol.is_superuser


def test_adding_a_user_is_recorded_in_the_audit_log() -> None:
    user_add(**GOOD)

    event = AuditEvent.objects.get()
    assert (event.action, event.target, event.details) == (
        "user.added",
        "dave",
        {"role": "agent"},
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"role": "boss"}, "role: 'boss' is not one of agent, lead, admin"),
        ({"email": "dave@"}, "email: 'dave@' is not an address"),
        ({"email": ""}, "email: '' is not an address"),
        ({"password": "short"}, "password: This password is too short"),
        ({"password": "password123"}, "password: This password is too common"),
    ],
)
def test_a_bad_role_email_or_weak_password_is_refused_and_nobody_is_added(
    change: dict[str, str], message: str
) -> None:
    with pytest.raises(UserError) as refused:
        user_add(**{**GOOD, **change})

    assert message in str(refused.value)
    assert User.objects.count() == 0
    assert AuditEvent.objects.count() == 0


def test_a_taken_name_is_refused(agent_alice: User) -> None:
    with pytest.raises(UserError, match="user 'alice' already exists"):
        user_add(**{**GOOD, "username": "alice"})
    assert User.objects.filter(username="alice").get().email == "alice@ownup.test"


def test_an_unknown_user_name_is_named_in_the_error() -> None:
    with pytest.raises(UserError, match="no user named 'zed'"):
        user_by_name("zed")
