"""Who may use Data beheer: a password or an OIDC login, configured in ``.streamlit/secrets.toml``.

Only the Data beheer page asks; every other page stays public.  Store a hash, not the
password itself; make one with ``python -m components.auth``.  Without configuration
the page explains how to enable it and shows nothing else.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

import streamlit as st

from data.i18n import translate
from data.importer import max_upload_bytes

SECTION = "data_beheer"
USER_KEY = "beheer_user"
PASSWORD_USER = "beheerder"  # noqa: S105 - a display name, not a secret
HASH_SCHEME = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000


@dataclass(frozen=True)
class AuthConfig:
    password_hash: str = ""
    password: str = ""
    oidc: bool = False
    oidc_provider: str = ""
    allowed_emails: tuple[str, ...] = ()
    max_upload_mb: float | None = None

    @property
    def configured(self) -> bool:
        return bool(self.password_hash or self.password or self.oidc)

    @property
    def max_upload_bytes(self) -> int:
        if self.max_upload_mb is None:
            return max_upload_bytes()
        return int(self.max_upload_mb * 1024 * 1024)


def _secrets() -> dict[str, Any]:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml (or an unreadable one): nothing is configured
        return {}


def load_config() -> AuthConfig:
    """The settings of ``[data_beheer]`` and whether ``[auth]`` (OIDC) is set up."""
    values = _secrets()
    section = values.get(SECTION, {}) or {}
    limit = section.get("max_upload_mb")
    return AuthConfig(
        password_hash=str(section.get("password_hash", "") or ""),
        password=str(section.get("password", "") or ""),
        oidc=bool(values.get("auth")),
        oidc_provider=str(section.get("oidc_provider", "") or ""),
        allowed_emails=tuple(str(e).lower() for e in section.get("allowed_emails", []) or []),
        max_upload_mb=float(limit) if limit is not None else None,
    )


def hash_password(password: str, *, salt: str | None = None, iterations: int = DEFAULT_ITERATIONS) -> str:
    """'pbkdf2_sha256$<iterations>$<salt>$<hex>': what ``password_hash`` in secrets.toml holds."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"{HASH_SCHEME}${iterations}${salt}${digest}"


def check_password(candidate: str, config: AuthConfig) -> bool:
    """Constant-time comparison against the stored hash (or the plain secret)."""
    if config.password_hash:
        try:
            scheme, iterations, salt, _ = config.password_hash.split("$")
        except ValueError:
            return False
        if scheme != HASH_SCHEME:
            return False
        expected = hash_password(candidate, salt=salt, iterations=int(iterations))
        return hmac.compare_digest(expected.encode(), config.password_hash.encode())
    if config.password:
        return hmac.compare_digest(candidate.encode(), config.password.encode())
    return False


def _password_user(config: AuthConfig, lang: str) -> str | None:
    if st.session_state.get(USER_KEY):
        return st.session_state[USER_KEY]
    with st.form("beheer_login"):
        password = st.text_input(translate("beheer.auth.password", lang), type="password")
        name = st.text_input(translate("beheer.auth.name", lang))
        submitted = st.form_submit_button(translate("beheer.auth.submit", lang))
    if not submitted:
        return None
    if not check_password(password, config):
        st.error(translate("beheer.auth.wrong", lang))
        return None
    st.session_state[USER_KEY] = name.strip() or PASSWORD_USER
    return st.session_state[USER_KEY]


def account_allowed(email: str, config: AuthConfig) -> bool:
    """With ``allowed_emails`` only those accounts may import; without, any signed-in account."""
    return not config.allowed_emails or email.lower() in config.allowed_emails


def _oidc_user(config: AuthConfig, lang: str) -> str | None:
    # .get: st.user only has ``is_logged_in`` once [auth] is read by a running server.
    if not st.user.get("is_logged_in", False):
        if st.button(translate("beheer.auth.oidc", lang), type="primary"):
            if config.oidc_provider:
                st.login(config.oidc_provider)
            else:
                st.login()
        return None
    email = str(st.user.get("email") or st.user.get("name") or "")
    if not account_allowed(email, config):
        st.error(translate("beheer.auth.not_allowed", lang, user=email))
        return None
    return email


def require_user(lang: str) -> str | None:
    """The signed-in user's name, or None after showing the login (or how to enable it)."""
    config = load_config()
    if not config.configured:
        st.info(translate("beheer.auth.not_configured", lang), icon="🔒")
        return None
    user = _oidc_user(config, lang) if config.oidc else _password_user(config, lang)
    if user is None:
        return None
    column, button = st.columns([4, 1])
    column.caption(translate("beheer.auth.logged_in", lang, user=user))
    if button.button(translate("beheer.auth.logout", lang)):
        st.session_state.pop(USER_KEY, None)
        if config.oidc:
            st.logout()
        st.rerun()
    return user


if __name__ == "__main__":
    print(hash_password(getpass.getpass("Wachtwoord voor Data beheer: ")))
