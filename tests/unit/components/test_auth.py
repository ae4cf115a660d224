"""Who may use Data beheer: the stored hash and its checks, the throttle on guessing, OIDC claims."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from components import auth
from components.auth import AuthConfig, account_allowed, hash_password, oidc_refusal
from data import login
from data.login import (
    BACKOFF,
    BUSY_HASHING,
    BUSY_SERVER,
    LOCKED,
    HashFormatError,
    LoginThrottle,
    PasswordHash,
    ThrottleRules,
)

PASSWORD = "geheim-wachtwoord"  # noqa: S105 - a test password
SALT = "0123456789abcdef0123456789abcdef"


class FakeClock:
    """Seconds that only move when the test says so."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.time = start

    def __call__(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += seconds


@pytest.fixture
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test-only way to a fast suite: lower the floor in the code, never in secrets.toml."""
    monkeypatch.setattr(login, "MIN_ITERATIONS", 1000)


# --- The stored hash -------------------------------------------------------------------


def test_the_default_hash_meets_the_minimum_and_opens_only_with_the_password():
    """What `python -m components.auth` makes is accepted with no test switch at all."""
    assert login.DEFAULT_ITERATIONS >= 600_000
    assert login.MIN_ITERATIONS == login.DEFAULT_ITERATIONS
    stored = hash_password(PASSWORD)
    assert PASSWORD not in stored  # only the hash is stored
    parsed = PasswordHash.parse(stored)
    assert parsed.iterations == 600_000
    assert parsed.matches(PASSWORD)
    assert not parsed.matches(PASSWORD.upper())
    assert AuthConfig(password_hash=stored).problem is None


@pytest.mark.usefixtures("cheap_hashes")
def test_a_hashed_password_opens_only_with_the_password():
    parsed = PasswordHash.parse(hash_password("geheim", iterations=1000))
    assert parsed.matches("geheim")
    assert not parsed.matches("Geheim")
    assert not parsed.matches("")


def test_a_hash_with_one_iteration_is_refused():
    weak = hash_password(PASSWORD, iterations=1)
    with pytest.raises(HashFormatError) as refused:
        PasswordHash.parse(weak)
    assert refused.value.code == "too_few"
    assert refused.value.values == {"iterations": 1, "minimum": 600_000}
    problem = AuthConfig(password_hash=weak).problem
    assert problem is not None
    assert "met 1 iteraties gemaakt" in problem.message("nl")
    assert "het minimum is 600.000" in problem.message("nl")
    assert "the minimum is 600,000" in problem.message("en")


@pytest.mark.usefixtures("cheap_hashes")
def test_the_lowered_test_minimum_still_refuses_what_is_below_it():
    with pytest.raises(HashFormatError):
        PasswordHash.parse(hash_password(PASSWORD, iterations=999))


@pytest.mark.parametrize(
    ("stored", "code"),
    [
        ("", "layout"),
        ("geheim-wachtwoord", "layout"),
        (f"pbkdf2_sha256$600000${SALT}", "layout"),
        (f"pbkdf2_sha256$600000${SALT}${'a' * 64}$extra", "layout"),
        (f"md5$600000${SALT}${'a' * 64}", "algorithm"),
        (f"bcrypt$600000${SALT}${'a' * 64}", "algorithm"),
        (f"pbkdf2_sha256$zeshonderdduizend${SALT}${'a' * 64}", "iterations"),
        (f"pbkdf2_sha256$-600000${SALT}${'a' * 64}", "iterations"),
        (f"pbkdf2_sha256$6²${SALT}${'a' * 64}", "iterations"),  # a digit to isdigit(), not to int()
        (f"pbkdf2_sha256$9999999999999${SALT}${'a' * 64}", "iterations"),
        (f"pbkdf2_sha256$99999999999${SALT}${'a' * 64}", "too_many"),
        (f"pbkdf2_sha256$600000$kort${'a' * 64}", "salt"),
        (f"pbkdf2_sha256$600000${SALT}${'g' * 64}", "digest"),
        (f"pbkdf2_sha256$600000${SALT}${'a' * 63}", "digest"),
    ],
)
def test_a_malformed_hash_is_a_configuration_problem_not_an_exception(stored: str, code: str):
    with pytest.raises(HashFormatError) as refused:
        PasswordHash.parse(stored)
    assert refused.value.code == code
    problem = AuthConfig(password_hash=stored).problem
    assert problem is not None
    assert problem.code == code
    for lang in ("nl", "en", "de"):
        assert "secrets.toml" in problem.message(lang)


def _config_from(monkeypatch: pytest.MonkeyPatch, secrets: dict) -> AuthConfig:
    monkeypatch.setattr(auth, "_secrets", lambda: secrets)
    return auth.load_config()


def test_a_plain_text_password_is_refused_even_beside_a_hash(monkeypatch: pytest.MonkeyPatch):
    config = _config_from(monkeypatch, {"data_beheer": {"password": PASSWORD}})
    assert config.configured, "the page must not pretend nothing is set up"
    assert config.problem is not None
    assert config.problem.code == "plain_password"
    assert "platte tekst" in config.problem.message("nl")
    assert PASSWORD not in config.problem.message("nl")

    both = {"data_beheer": {"password": PASSWORD, "password_hash": hash_password(PASSWORD)}}
    assert _config_from(monkeypatch, both).problem.code == "plain_password"
    assert not hasattr(config, "password"), "the plain text is not even kept"


def test_unreadable_settings_are_named(monkeypatch: pytest.MonkeyPatch):
    good_hash = hash_password(PASSWORD)
    config = _config_from(
        monkeypatch, {"data_beheer": {"password_hash": good_hash, "reauth_minutes": "tien"}}
    )
    assert config.problem is not None
    assert "`reauth_minutes`" in config.problem.message("nl")
    config = _config_from(monkeypatch, {"data_beheer": {"password_hash": good_hash, "max_upload_mb": 0}})
    assert "`max_upload_mb`" in config.problem.message("nl")
    config = _config_from(monkeypatch, {"data_beheer": {"password_hash": good_hash, "reauth_minutes": 30}})
    assert config.problem is None
    assert config.reauth_minutes == 30


def test_the_allow_list_decides_which_accounts_may_import():
    listed = AuthConfig(oidc=True, allowed_emails=("els@enschede.nl",))
    assert account_allowed("Els@Enschede.nl", listed)  # e-mail addresses ignore case
    assert not account_allowed("jan@hengelo.nl", listed)
    assert account_allowed("jan@hengelo.nl", AuthConfig(oidc=True)), "no list: every signed-in account"


def test_an_allow_list_written_as_one_text_is_one_address(monkeypatch: pytest.MonkeyPatch):
    config = _config_from(
        monkeypatch, {"auth": {"x": 1}, "data_beheer": {"allowed_emails": "els@enschede.nl"}}
    )
    assert config.allowed_emails == ("els@enschede.nl",)


# --- OIDC claims ------------------------------------------------------------------------

NOW = 1_800_000_000.0
VERIFIED = {"is_logged_in": True, "email": "els@enschede.nl", "email_verified": True, "exp": NOW + 600}


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({}, None),
        ({"email_verified": False}, "unverified"),
        ({"email_verified": None}, "unverified"),
        ({"email_verified": "false"}, "unverified"),
        ({"email_verified": "true"}, None),
        ({"email": None, "name": "els@enschede.nl"}, "no_email"),  # a display name is no address
        ({"email": ""}, "no_email"),
        ({"exp": NOW - 1}, "expired"),
        ({"email": "jan@hengelo.nl"}, "not_allowed"),
    ],
)
def test_oidc_requires_a_verified_email_claim(changes: dict, refusal: str | None):
    claims = {k: v for k, v in {**VERIFIED, **changes}.items() if v is not None}  # None: no such claim
    config = AuthConfig(oidc=True, allowed_emails=("els@enschede.nl",))
    assert oidc_refusal(claims, config, NOW) == refusal


def test_the_verified_claim_can_be_the_providers_own(monkeypatch: pytest.MonkeyPatch):
    """Microsoft Entra ID sends no email_verified; its optional claim is xms_edov."""
    config = _config_from(
        monkeypatch, {"auth": {"x": 1}, "data_beheer": {"email_verified_claim": "xms_edov"}}
    )
    entra = {"is_logged_in": True, "email": "els@enschede.nl", "xms_edov": True}
    assert oidc_refusal(entra, config, NOW) is None
    assert oidc_refusal({**entra, "xms_edov": False}, config, NOW) == "unverified"
    assert oidc_refusal(entra, AuthConfig(oidc=True), NOW) == "unverified", "the default claim is not there"


# --- The throttle -----------------------------------------------------------------------


class Checks:
    """A stand-in for PBKDF2 that counts how often it was asked."""

    def __init__(self, answer: bool = False) -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.answer


def _throttle(clock: FakeClock, **rules: object) -> LoginThrottle:
    return LoginThrottle(ThrottleRules(**{"max_concurrent_hashes": 2, **rules}), clock=clock)


def test_each_failure_doubles_the_wait_and_a_refused_attempt_costs_no_hash():
    clock, wrong = FakeClock(), Checks(answer=False)
    throttle = _throttle(clock)
    waits = []
    for _ in range(4):
        outcome = throttle.attempt(["session a"], wrong)
        assert not outcome.ok
        assert not outcome.refused
        waits.append(outcome.wait_s)
        early = throttle.attempt(["session a"], wrong)
        assert early.refused == BACKOFF
        assert early.wait_s == pytest.approx(outcome.wait_s)
        clock.advance(outcome.wait_s)
    assert waits == [1, 2, 4, 8]
    assert wrong.calls == 4, "attempts during the back-off never reach PBKDF2"


def test_five_failures_lock_out_and_the_right_password_waits_for_the_lock():
    clock = FakeClock()
    throttle = _throttle(clock)
    for _ in range(4):
        throttle.attempt(["session a"], Checks(False))
        clock.advance(60)
    fifth = throttle.attempt(["session a"], Checks(False))
    assert fifth.locked_now
    assert fifth.failures == 5
    assert fifth.wait_s == 15 * 60

    right = Checks(answer=True)
    clock.advance(14 * 60)
    refused = throttle.attempt(["session a"], right)
    assert refused.refused == LOCKED
    assert refused.wait_s == pytest.approx(60)
    assert right.calls == 0
    assert throttle.attempt(["session b"], right).ok, "another session is not locked"

    clock.advance(61)
    assert throttle.attempt(["session a"], right).ok, "after the lock the right password opens"


def test_a_success_forgets_the_failures():
    clock = FakeClock()
    throttle = _throttle(clock)
    for _ in range(4):
        throttle.attempt(["session a"], Checks(False))
        clock.advance(60)
    assert throttle.attempt(["session a"], Checks(True)).ok
    assert throttle.attempt(["session a"], Checks(False)).failures == 1


def test_an_address_is_locked_across_its_sessions():
    """A reload makes a new session; the client address still counts every failure."""
    clock = FakeClock()
    throttle = _throttle(clock)
    for number in range(5):
        throttle.attempt([f"session {number}", "address 10.0.0.7"], Checks(False))
        clock.advance(20)
    outcome = throttle.attempt(["session new", "address 10.0.0.7"], Checks(True))
    assert outcome.refused == LOCKED
    assert throttle.attempt(["session other", "address 10.0.0.8"], Checks(True)).ok


def test_failures_of_all_sessions_share_a_budget_per_minute():
    clock = FakeClock()
    throttle = _throttle(clock)
    wrong = Checks(False)
    for number in range(10):  # ten sessions, one guess each: no session is backing off
        assert not throttle.attempt([f"session {number}"], wrong).refused
        clock.advance(1)
    refused = throttle.attempt(["session 99"], wrong)
    assert refused.refused == BUSY_SERVER
    assert refused.wait_s == pytest.approx(50)
    assert wrong.calls == 10
    clock.advance(51)
    assert not throttle.attempt(["session 99"], wrong).refused, "the window has moved on"


def test_121_guesses_from_ten_sessions_in_45_seconds_cost_at_most_the_budget():
    """The attack of the issue: every session guesses as fast as it can."""
    clock = FakeClock()
    throttle = _throttle(clock)
    wrong = Checks(False)
    for attempt in range(121):
        throttle.attempt([f"session {attempt % 10}"], wrong)
        clock.advance(45 / 121)
    assert wrong.calls <= ThrottleRules().global_failures


def test_at_most_n_hashes_run_at_once():
    throttle = LoginThrottle(
        ThrottleRules(max_concurrent_hashes=2, hash_wait_s=30, global_failures=100), clock=FakeClock()
    )
    lock, running, peak, release = threading.Lock(), [0], [0], threading.Event()

    def slow_check() -> bool:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        release.wait(timeout=10)
        with lock:
            running[0] -= 1
        return True

    threads = [
        threading.Thread(target=throttle.attempt, args=([f"session {n}"], slow_check)) for n in range(6)
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while running[0] < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # room for a third to slip in, if the bound did not hold
    assert running[0] == 2
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert peak[0] == 2, "never more than two at once"
    assert running[0] == 0, "and every attempt got its turn"


def test_no_free_hashing_slot_answers_busy_and_counts_no_failure():
    throttle = LoginThrottle(ThrottleRules(max_concurrent_hashes=1, hash_wait_s=0.05), clock=FakeClock())
    inside, release = threading.Event(), threading.Event()

    def blocking() -> bool:
        inside.set()
        release.wait(timeout=10)
        return False

    first = threading.Thread(target=throttle.attempt, args=(["session a"], blocking))
    first.start()
    inside.wait(timeout=10)
    busy = throttle.attempt(["session b"], Checks(True))
    release.set()
    first.join(timeout=10)
    assert busy.refused == BUSY_HASHING
    assert throttle.attempt(["session b"], Checks(True)).ok, "the busy answer was no failure"


def test_failures_are_logged_without_the_password(caplog: pytest.LogCaptureFixture):
    clock = FakeClock()
    throttle = _throttle(clock)
    stored = PasswordHash.parse(hash_password(PASSWORD))
    guess = "mijn-geheime-gok"
    with caplog.at_level(logging.INFO, logger="data.login"):
        for _ in range(5):
            throttle.attempt(["session a"], lambda: stored.matches(guess))
            clock.advance(60)
        throttle.attempt(["session a"], lambda: stored.matches(PASSWORD))
    messages = [record.getMessage() for record in caplog.records]
    assert sum("wrong password" in m for m in messages) == 5
    assert any("locked for 15 min" in m for m in messages)
    assert any("refused (locked" in m for m in messages)
    assert all(guess not in m and PASSWORD not in m for m in messages)


def test_old_failures_are_forgotten():
    clock = FakeClock()
    throttle = _throttle(clock)
    for _ in range(4):
        throttle.attempt(["session a"], Checks(False))
        clock.advance(5 * 60)
    clock.advance(15 * 60)
    assert throttle.attempt(["session a"], Checks(False)).failures == 1


def test_waits_are_said_in_words():
    assert auth.wait_duration(15 * 60, "nl") == "15 minuten"
    assert auth.wait_duration(61, "nl") == "2 minuten"
    assert auth.wait_duration(60, "nl") == "1 minuut"
    assert auth.wait_duration(0.4, "nl") == "1 seconde"
    assert auth.wait_duration(8, "de") == "8 Sekunden"


def test_the_example_secrets_file_reads_and_its_placeholder_is_refused(monkeypatch: pytest.MonkeyPatch):
    import tomllib
    from pathlib import Path

    example = Path(__file__).resolve().parents[3] / ".streamlit" / "secrets.toml.example"
    secrets = tomllib.loads(example.read_text(encoding="utf-8"))
    assert "password" not in secrets["data_beheer"], "the example never shows a plain-text password"
    config = _config_from(monkeypatch, secrets)
    assert config.problem is not None, "a copied example is not a working login"
    assert "python -m components.auth" in config.problem.message("nl")
