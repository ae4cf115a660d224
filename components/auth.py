"""Who may use Data beheer: a password or an OIDC login, configured in ``.streamlit/secrets.toml``.

Only the Data beheer page asks; every other page stays public.  Store a hash, not the
password itself; make one with ``python -m components.auth``.  Without configuration
the page explains how to enable it; with a configuration that cannot be used (a
plain-text ``password``, a weak or broken hash) it says what is wrong, in Dutch, and
nobody can log in.

Guessing is braked by one :class:`data.login.LoginThrottle` per server process
(``shared_throttle``): per browser session and per client address a growing wait
after each wrong password and a lockout after a few, a budget of failures per minute
for the whole server, and a bound on how many hashes run at once.  Storing (commit)
and undo ask for the password again when it was last checked more than
``reauth_minutes`` ago (``confirm_action``).  An OIDC account needs an e-mail address
that its provider marks as verified, and an identity token that has not expired.
"""

from __future__ import annotations

import getpass
import logging
import math
import secrets
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from components import cache
from data import login
from data.formatting import escape_markdown, format_number
from data.i18n import translate
from data.importing.limits import max_upload_bytes
from data.login import HashFormatError, LoginThrottle, Outcome, PasswordHash, hash_password

__all__ = [
    "AuthConfig",
    "ConfigProblem",
    "account_allowed",
    "client_keys",
    "confirm_action",
    "hash_password",
    "load_config",
    "oidc_refusal",
    "require_user",
    "shared_throttle",
    "wait_duration",
]

logger = logging.getLogger(__name__)

SECTION = "data_beheer"
USER_KEY = "beheer_user"
CHECKED_AT_KEY = "beheer_password_checked_at"  # when this session last gave the right password
SESSION_KEY = "beheer_login_session"  # a random name for this browser session, for the throttle
PENDING_PREFIX = "beheer_reauth_pending_"  # a click on commit/undo that waits for the password
PASSWORD_USER = "beheerder"  # noqa: S105 - a display name, not a secret
DEFAULT_REAUTH_MINUTES = 10.0
REAUTH_MINUTES_RANGE = (1, 8 * 60)
UPLOAD_MB_RANGE = (1, 1024)
VERIFIED_CLAIM = "email_verified"  # OIDC standard; Microsoft Entra ID: the optional claim "xms_edov"


def now() -> float:
    """The clock of logins, lockouts and re-authentication (seconds); tests replace it."""
    return time.time()


@dataclass(frozen=True)
class ConfigProblem:
    """A setting that cannot be used; ``code`` names the text ``beheer.auth.config.<code>``."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        values = {
            name: format_number(value, 0, lang)
            if isinstance(value, int) and not isinstance(value, bool)
            else str(value)[:60]
            for name, value in self.values.items()
        }
        intro = translate("beheer.auth.config.intro", lang)
        return f"{intro} {translate(f'beheer.auth.config.{self.code}', lang, **values)}"


@dataclass(frozen=True)
class AuthConfig:
    password_hash: str = ""
    plain_password: bool = False  # a ``password =`` in secrets.toml: refused, never used
    oidc: bool = False
    oidc_provider: str = ""
    allowed_emails: tuple[str, ...] = ()
    verified_claim: str = VERIFIED_CLAIM
    max_upload_mb: float | None = None
    reauth_minutes: float = DEFAULT_REAUTH_MINUTES
    problems: tuple[ConfigProblem, ...] = ()  # settings that could not be read

    @property
    def configured(self) -> bool:
        return bool(self.password_hash or self.plain_password or self.oidc)

    @property
    def max_upload_bytes(self) -> int:
        if self.max_upload_mb is None:
            return max_upload_bytes()
        return int(self.max_upload_mb * 1024 * 1024)

    def stored_hash(self) -> PasswordHash:
        """The password hash, checked; :class:`HashFormatError` when it cannot be used."""
        return PasswordHash.parse(self.password_hash)

    @property
    def problem(self) -> ConfigProblem | None:
        """The first thing wrong with this configuration, or None when it can be used."""
        if self.problems:
            return self.problems[0]
        if self.plain_password:
            return ConfigProblem("plain_password")
        if not self.oidc:
            try:
                self.stored_hash()
            except HashFormatError as problem:
                return ConfigProblem(problem.code, problem.values)
        return None


def _secrets() -> dict[str, Any]:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml (or an unreadable one): nothing is configured
        return {}


def _number(
    section: Mapping[str, Any], name: str, limits: tuple[int, int], problems: list[ConfigProblem]
) -> float | None:
    value = section.get(name)
    if value is None:
        return None
    low, high = limits
    if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
        return float(value)
    problems.append(ConfigProblem("number", {"setting": name, "low": low, "high": high, "value": value}))
    return None


def _texts(section: Mapping[str, Any], name: str, problems: list[ConfigProblem]) -> tuple[str, ...]:
    value = section.get(name) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        problems.append(ConfigProblem("text", {"setting": name, "value": value}))
        return ()
    return tuple(value)


def load_config() -> AuthConfig:
    """The settings of ``[data_beheer]`` and whether ``[auth]`` (OIDC) is set up."""
    values = _secrets()
    section = values.get(SECTION) or {}
    if not isinstance(section, Mapping):
        section = {}
    problems: list[ConfigProblem] = []
    upload_mb = _number(section, "max_upload_mb", UPLOAD_MB_RANGE, problems)
    reauth = _number(section, "reauth_minutes", REAUTH_MINUTES_RANGE, problems)
    claim = _texts(section, "email_verified_claim", problems)
    return AuthConfig(
        password_hash=str(section.get("password_hash", "") or ""),
        plain_password="password" in section,
        oidc=bool(values.get("auth")),
        oidc_provider=str(section.get("oidc_provider", "") or ""),
        allowed_emails=tuple(e.strip().lower() for e in _texts(section, "allowed_emails", problems)),
        verified_claim=claim[0] if claim else VERIFIED_CLAIM,
        max_upload_mb=upload_mb,
        reauth_minutes=reauth or DEFAULT_REAUTH_MINUTES,
        problems=tuple(problems),
    )


def shared_throttle() -> LoginThrottle:
    """The one throttle of this server process, shared by every session (and reading ``now``)."""
    return cache.login_throttle(lambda: now())


def _client_address() -> str | None:
    try:
        return st.context.ip_address
    except Exception:  # no client connection (bare mode, tests)
        return None


def client_keys() -> list[str]:
    """Who is asking: this browser session and, if known, its address.

    What the login throttle counts failures against, and what the proposal form's
    rate limits count sends and lookups against (``components/views/initiatief_aanmelden.py``).
    """
    token = st.session_state.setdefault(SESSION_KEY, secrets.token_hex(8))
    keys = [f"session {token}"]
    address = _client_address()
    if address:
        keys.append(f"address {address}")
    return keys


def wait_duration(seconds: float, lang: str) -> str:
    """'15 minuten', '8 seconden': a wait rounded up, in words."""
    if seconds >= 60:
        minutes = math.ceil(seconds / 60)
        return translate(
            "beheer.auth.minutes.one" if minutes == 1 else "beheer.auth.minutes.many", lang, n=minutes
        )
    whole = max(1, math.ceil(seconds))
    return translate("beheer.auth.seconds.one" if whole == 1 else "beheer.auth.seconds.many", lang, n=whole)


def _outcome_message(outcome: Outcome, lang: str) -> str:
    duration = wait_duration(outcome.wait_s, lang)
    refused = {
        login.LOCKED: "beheer.auth.locked",
        login.BACKOFF: "beheer.auth.backoff",
        login.BUSY_SERVER: "beheer.auth.busy_server",
        login.BUSY_HASHING: "beheer.auth.busy_hashing",
    }
    if outcome.refused:
        return translate(refused[outcome.refused], lang, duration=duration)
    if outcome.locked_now:
        return translate("beheer.auth.locked_now", lang, count=outcome.failures, duration=duration)
    return translate("beheer.auth.wrong", lang)


def _check_password(config: AuthConfig, password: str, lang: str) -> bool:
    """The password through the throttle; a refusal or a wrong password is shown as an error."""
    stored = config.stored_hash()
    outcome = shared_throttle().attempt(client_keys(), lambda: stored.matches(password))
    if not outcome.ok:
        st.error(_outcome_message(outcome, lang), icon=":material/lock:")
        return False
    st.session_state[CHECKED_AT_KEY] = now()
    return True


def _password_user(config: AuthConfig, lang: str) -> str | None:
    if st.session_state.get(USER_KEY):
        return st.session_state[USER_KEY]
    with st.form("beheer_login", clear_on_submit=True):
        password = st.text_input(translate("beheer.auth.password", lang), type="password")
        name = st.text_input(translate("beheer.auth.name", lang))
        submitted = st.form_submit_button(translate("beheer.auth.submit", lang))
    if not submitted:
        locked = shared_throttle().refusal(client_keys())
        if locked is not None and locked.refused == login.LOCKED:
            st.warning(_outcome_message(locked, lang), icon=":material/lock:")
        return None
    if not _check_password(config, password, lang):
        return None
    st.session_state[USER_KEY] = name.strip() or PASSWORD_USER
    return st.session_state[USER_KEY]


def account_allowed(email: str, config: AuthConfig) -> bool:
    """With ``allowed_emails`` only those accounts may import; without, any signed-in account."""
    return not config.allowed_emails or email.lower() in config.allowed_emails


def _claim_true(value: object) -> bool:
    """A claim that says yes: JSON true, or (as some providers send it) "true" or 1."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    return isinstance(value, str) and value.strip().lower() in {"true", "1"}


def oidc_refusal(claims: Mapping[str, Any], config: AuthConfig, at: float) -> str | None:
    """Why this signed-in account may not use Data beheer ("no_email", "unverified",
    "expired", "not_allowed"), or None when it may.

    The e-mail address decides access (``allowed_emails``), so it must be one the provider
    vouches for: ``email_verified`` (or the claim named by ``email_verified_claim``) true.
    The display name never stands in for it.
    """
    email = claims.get("email")
    if not isinstance(email, str) or "@" not in email:
        return "no_email"
    if not _claim_true(claims.get(config.verified_claim)):
        return "unverified"
    expires = claims.get("exp")
    if isinstance(expires, int | float) and not isinstance(expires, bool) and expires <= at:
        return "expired"
    if not account_allowed(email, config):
        return "not_allowed"
    return None


def _user_claims() -> dict[str, Any]:
    """What ``st.user`` holds (the identity token's claims); tests replace this."""
    return dict(st.user.to_dict())


def _oidc_login(config: AuthConfig) -> None:
    if config.oidc_provider:
        st.login(config.oidc_provider)
    else:
        st.login()


def _oidc_user(config: AuthConfig, lang: str) -> str | None:
    claims = _user_claims()
    # .get: st.user only has ``is_logged_in`` once [auth] is read by a running server.
    if not claims.get("is_logged_in", False):
        if st.button(translate("beheer.auth.oidc", lang), type="primary"):
            _oidc_login(config)
        return None
    refusal = oidc_refusal(claims, config, now())
    if refusal is None:
        return str(claims["email"])
    user = str(claims.get("email") or claims.get("name") or "?")
    logger.warning("Data beheer: OIDC account refused (%s): %r", refusal, user[:100])
    messages = {
        "no_email": "beheer.auth.oidc_no_email",
        "unverified": "beheer.auth.oidc_unverified",
        "expired": "beheer.auth.oidc_expired",
        "not_allowed": "beheer.auth.not_allowed",
    }
    st.error(
        translate(messages[refusal], lang, user=escape_markdown(user), claim=config.verified_claim), icon="🔒"
    )
    if refusal == "expired":
        if st.button(translate("beheer.auth.oidc_again", lang), type="primary"):
            _oidc_login(config)
    elif st.button(translate("beheer.auth.logout", lang)):
        st.logout()
    return None


def require_user(lang: str) -> str | None:
    """The signed-in user's name, or None after showing the login (or what to set up or fix)."""
    config = load_config()
    if not config.configured:
        st.info(translate("beheer.auth.not_configured", lang), icon="🔒")
        return None
    problem = config.problem
    if problem is not None:
        logger.error("Data beheer: unusable configuration in secrets.toml (%s)", problem.code)
        st.error(problem.message(lang), icon="🔒")
        return None
    user = _oidc_user(config, lang) if config.oidc else _password_user(config, lang)
    if user is None:
        return None
    column, button = st.columns([4, 1])
    column.caption(translate("beheer.auth.logged_in", lang, user=escape_markdown(user)))
    if button.button(translate("beheer.auth.logout", lang)):
        for key in [k for k in st.session_state if str(k).startswith(PENDING_PREFIX)]:
            del st.session_state[key]
        st.session_state.pop(USER_KEY, None)
        st.session_state.pop(CHECKED_AT_KEY, None)
        if config.oidc:
            st.logout()
        st.rerun()
    return user


def _recently_checked(config: AuthConfig) -> bool:
    checked = st.session_state.get(CHECKED_AT_KEY)
    return checked is not None and 0 <= now() - checked <= config.reauth_minutes * 60


def _reauth_form(config: AuthConfig, lang: str, key: str) -> bool:
    """The password asked again, beside the button it was clicked for; True once it is right."""
    st.warning(
        translate("beheer.auth.reauth.prompt", lang, minutes=f"{config.reauth_minutes:g}"),
        icon=":material/lock_clock:",
    )
    with st.form(f"beheer_reauth_{key}", clear_on_submit=True):
        password = st.text_input(
            translate("beheer.auth.password", lang), type="password", key=f"beheer_reauth_password_{key}"
        )
        confirmed = st.form_submit_button(translate("beheer.auth.reauth.confirm", lang), type="primary")
        cancelled = st.form_submit_button(translate("beheer.auth.reauth.cancel", lang))
    if cancelled:
        st.session_state.pop(PENDING_PREFIX + key, None)
        st.rerun()
    if not confirmed or not _check_password(config, password, lang):
        return False
    st.session_state.pop(PENDING_PREFIX + key, None)
    return True


def confirm_action(clicked: bool, lang: str, *, key: str, subject: str = "") -> bool:
    """Whether a click on a button that stores or undoes may go ahead on this run.

    Right away when the password was checked within ``reauth_minutes``.  Otherwise the
    click is remembered and the password asked for beside the button; the action goes
    ahead on the run the right password is given, unless ``subject`` (what the click was
    about: the files, the import number) has changed in between.  With OIDC the login
    itself is checked on every run (``require_user``: a verified address, a token that
    has not expired), so a click goes ahead.
    """
    config = load_config()
    if config.oidc:
        return clicked
    pending = PENDING_PREFIX + key
    if clicked:
        if _recently_checked(config):
            st.session_state.pop(pending, None)
            return True
        st.session_state[pending] = subject
    if pending not in st.session_state:
        return False
    if st.session_state[pending] != subject or (not clicked and _recently_checked(config)):
        del st.session_state[pending]  # about something else now, or the password came in elsewhere
        return False
    return _reauth_form(config, lang, key)


def _make_hash() -> int:
    """``python -m components.auth``: ask for the password twice and print its hash."""
    password = getpass.getpass(translate("beheer.auth.cli.password"))
    if not password:
        print(translate("beheer.auth.cli.empty"), file=sys.stderr)
        return 1
    if getpass.getpass(translate("beheer.auth.cli.again")) != password:
        print(translate("beheer.auth.cli.differ"), file=sys.stderr)
        return 1
    print(f'password_hash = "{hash_password(password)}"')
    return 0


if __name__ == "__main__":
    sys.exit(_make_hash())
