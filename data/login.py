"""Passwords for Data beheer: the stored hash, how it is checked, and the brake on guessing.

No Streamlit here; ``components/auth.py`` reads the settings and draws the forms.

**The hash** (``password_hash`` in ``.streamlit/secrets.toml``) reads
``pbkdf2_sha256$<iterations>$<salt>$<64 hex digits>``.  A hash with fewer than
``MIN_ITERATIONS`` iterations, another algorithm or a broken layout is a configuration
error (:class:`HashFormatError`), never a login: a hash of one iteration is as good as the
password itself to anyone who reads the file.

**The throttle** (:class:`LoginThrottle`, one per server process) sits before the hash:
a refused attempt costs no PBKDF2 at all.  Each key (a browser session, a client
address) waits longer after every failure and is locked out after a few; all failures
together have a budget per minute; and at most a few hashes run at the same time, so
a stream of guesses cannot take the server's CPU from everyone else.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

HASH_SCHEME = "pbkdf2_sha256"
# OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256 with 600,000 iterations.
DEFAULT_ITERATIONS = 600_000
# The floor a stored hash must reach.  Only tests lower it (monkeypatch this constant);
# it is deliberately not read from secrets.toml or the environment.
MIN_ITERATIONS = DEFAULT_ITERATIONS
# Above this one login would cost several seconds of CPU: a typo, not a policy.
MAX_ITERATIONS = 10_000_000
MIN_SALT_LENGTH = 16
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
_DIGITS = re.compile(r"[0-9]{1,12}")


class HashFormatError(ValueError):
    """Why a stored hash cannot be used; ``code`` names a translation (``beheer.auth.config.<code>``)."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def hash_password(password: str, *, salt: str | None = None, iterations: int = DEFAULT_ITERATIONS) -> str:
    """'pbkdf2_sha256$<iterations>$<salt>$<hex>': what ``password_hash`` in secrets.toml holds."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"{HASH_SCHEME}${iterations}${salt}${digest}"


@dataclass(frozen=True)
class PasswordHash:
    """A stored hash that passed every check; ``matches`` is the only way to use it."""

    iterations: int
    salt: str
    digest: str = field(repr=False)

    @classmethod
    def parse(cls, text: str) -> PasswordHash:
        """The hash in ``text``, or :class:`HashFormatError` saying what is wrong with it."""
        parts = text.strip().split("$")
        if len(parts) != 4:  # scheme, iterations, salt, digest
            raise HashFormatError("layout")
        scheme, iterations_text, salt, digest = parts
        if scheme != HASH_SCHEME:
            raise HashFormatError("algorithm", scheme=scheme[:40], expected=HASH_SCHEME)
        if not _DIGITS.fullmatch(iterations_text):
            raise HashFormatError("iterations")
        iterations = int(iterations_text)
        if iterations < MIN_ITERATIONS:
            raise HashFormatError("too_few", iterations=iterations, minimum=MIN_ITERATIONS)
        if iterations > MAX_ITERATIONS:
            raise HashFormatError("too_many", iterations=iterations, maximum=MAX_ITERATIONS)
        if len(salt) < MIN_SALT_LENGTH:
            raise HashFormatError("salt", minimum=MIN_SALT_LENGTH)
        if not _HEX_DIGEST.fullmatch(digest):
            raise HashFormatError("digest")
        return cls(iterations=iterations, salt=salt, digest=digest.lower())

    def matches(self, candidate: str) -> bool:
        """Whether ``candidate`` is the password: PBKDF2 once, compared in constant time."""
        computed = hashlib.pbkdf2_hmac("sha256", candidate.encode(), self.salt.encode(), self.iterations)
        return hmac.compare_digest(computed.hex(), self.digest)


def _default_concurrency() -> int:
    """Half the CPU cores (at least one, at most four) may be hashing at any moment."""
    return max(1, min(4, (os.cpu_count() or 2) // 2))


@dataclass(frozen=True)
class ThrottleRules:
    """How hard the throttle brakes.

    The defaults: a wait of 1, 2, 4, 8 s after the 1st to 4th failure (a person retyping
    never notices it; a script is slowed at once), a lockout of 15 minutes after 5 failures
    within 15 minutes (the common OWASP-style policy), and 10 failures per minute for the
    whole server (a few staff mistyping stay far below it, while ten sessions guessing get
    10 hashes a minute between them, about 2-4 s of one core, instead of 121 in 45 s).
    At most half the cores hash at once (1 to 4), so logins never take the whole machine.
    """

    backoff_first_s: float = 1.0  # after the 1st failure; doubles after each further one
    backoff_max_s: float = 60.0
    lockout_after: int = 5  # failures within ``lockout_s`` that lock the key ...
    lockout_s: float = 15 * 60  # ... for this long
    global_failures: int = 10  # failures of all sessions together within ...
    global_window_s: float = 60.0  # ... this window, before everyone waits
    max_concurrent_hashes: int = field(default_factory=_default_concurrency)
    hash_wait_s: float = 5.0  # how long an attempt may queue for a hashing slot

    def backoff(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.backoff_first_s * 2 ** (failures - 1), self.backoff_max_s)


# Why an attempt was not checked at all (Outcome.refused).
LOCKED, BACKOFF, BUSY_SERVER, BUSY_HASHING = "locked", "backoff", "global", "busy"


@dataclass(frozen=True)
class Outcome:
    """What became of a login attempt.

    ``ok``: the password was right.  ``refused``: it was not checked (locked out, backing
    off, the server-wide budget spent, or no hashing slot free) and ``wait_s`` says for
    how long.  Otherwise the password was wrong: ``failures`` counts this key's recent
    failures and ``locked_now`` says this one started a lockout of ``wait_s`` seconds.
    """

    ok: bool
    refused: str = ""
    wait_s: float = 0.0
    failures: int = 0
    locked_now: bool = False


class LoginThrottle:
    """Back-off and lockout per key, a failure budget per minute, and a bound on hashing at once.

    Thread-safe: one instance serves every session of the server.  ``clock`` returns
    seconds (tests pass a fake one).  An attempt counts as a failure from the moment it
    is let through until its password proves right, so parallel attempts of one key
    cannot slip past the back-off together.
    """

    def __init__(self, rules: ThrottleRules | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.rules = rules or ThrottleRules()
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, list[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._recent: deque[float] = deque()  # every failure within the global window
        self._hashing = threading.BoundedSemaphore(self.rules.max_concurrent_hashes)

    def refusal(self, keys: Sequence[str]) -> Outcome | None:
        """Why an attempt with ``keys`` would be refused right now, or None if it would be checked."""
        with self._lock:
            now = self._clock()
            self._forget_old(now)
            return self._refusal(keys, now)

    def attempt(self, keys: Sequence[str], check: Callable[[], bool]) -> Outcome:
        """Run ``check`` (the costly password comparison) unless ``keys`` must wait; record the result."""
        with self._lock:
            started = self._clock()
            self._forget_old(started)
            refused = self._refusal(keys, started)
            if refused is not None:
                logger.info(
                    "Data beheer login refused (%s, %.0f s): %s", refused.refused, refused.wait_s, keys
                )
                return refused
            for key in keys:
                self._failures.setdefault(key, []).append(started)
            self._recent.append(started)
        if not self._hashing.acquire(timeout=self.rules.hash_wait_s):
            with self._lock:
                self._withdraw(keys, started)
            logger.warning(
                "Data beheer login refused: every hashing slot busy for %.0f s", self.rules.hash_wait_s
            )
            return Outcome(ok=False, refused=BUSY_HASHING, wait_s=self.rules.hash_wait_s)
        try:
            ok = check()
        except BaseException:
            with self._lock:
                self._withdraw(keys, started)
            raise
        finally:
            self._hashing.release()
        with self._lock:
            if ok:
                self._withdraw(keys, started)
                for key in keys:
                    self._failures.pop(key, None)
                    self._locked_until.pop(key, None)
                return Outcome(ok=True)
            return self._failed(keys)

    def _failed(self, keys: Sequence[str]) -> Outcome:
        now = self._clock()
        failures = max(len(self._failures.get(key, ())) for key in keys)
        locked = [key for key in keys if len(self._failures.get(key, ())) >= self.rules.lockout_after]
        for key in locked:
            self._locked_until[key] = now + self.rules.lockout_s
        logger.warning(
            "Data beheer login failed: wrong password (%s; %d failure(s) within %.0f min)",
            ", ".join(keys),
            failures,
            self.rules.lockout_s / 60,
        )
        if locked:
            logger.warning("Data beheer login locked for %.0f min: %s", self.rules.lockout_s / 60, locked)
            return Outcome(ok=False, wait_s=self.rules.lockout_s, failures=failures, locked_now=True)
        return Outcome(ok=False, wait_s=self.rules.backoff(failures), failures=failures)

    def _refusal(self, keys: Sequence[str], now: float) -> Outcome | None:
        locked = [self._locked_until[key] - now for key in keys if key in self._locked_until]
        if locked:
            return Outcome(ok=False, refused=LOCKED, wait_s=max(locked))
        waits = [
            self._failures[key][-1] + self.rules.backoff(len(self._failures[key])) - now
            for key in keys
            if self._failures.get(key)
        ]
        if waits and max(waits) > 0:
            return Outcome(ok=False, refused=BACKOFF, wait_s=max(waits))
        if len(self._recent) >= self.rules.global_failures:
            return Outcome(
                ok=False, refused=BUSY_SERVER, wait_s=self._recent[0] + self.rules.global_window_s - now
            )
        return None

    def _withdraw(self, keys: Sequence[str], started: float) -> None:
        """Take back the provisional failure of an attempt that turned out not to fail."""
        for key in keys:
            times = self._failures.get(key, [])
            if started in times:
                times.remove(started)
            if not times:
                self._failures.pop(key, None)
        if started in self._recent:
            self._recent.remove(started)

    def _forget_old(self, now: float) -> None:
        """Drop what no longer counts: expired lockouts (and their failures), old failures."""
        for key, until in list(self._locked_until.items()):
            if until <= now:
                del self._locked_until[key]
                self._failures.pop(key, None)
        horizon = now - self.rules.lockout_s
        for key, times in list(self._failures.items()):
            kept = [t for t in times if t > horizon]
            if kept:
                self._failures[key] = kept
            else:
                del self._failures[key]
        while self._recent and self._recent[0] <= now - self.rules.global_window_s:
            self._recent.popleft()
