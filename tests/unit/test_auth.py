"""Who may use Data beheer: the stored password hash and the OIDC allow-list."""

from __future__ import annotations

from components.auth import AuthConfig, account_allowed, check_password, hash_password


def test_a_hashed_password_opens_only_with_the_password():
    config = AuthConfig(password_hash=hash_password("geheim", iterations=1000))
    assert check_password("geheim", config)
    assert not check_password("Geheim", config)
    assert not check_password("", config)
    assert "geheim" not in config.password_hash  # only the hash is stored


def test_the_allow_list_decides_which_accounts_may_import():
    listed = AuthConfig(oidc=True, allowed_emails=("els@enschede.nl",))
    assert account_allowed("Els@Enschede.nl", listed)  # e-mail addresses ignore case
    assert not account_allowed("jan@hengelo.nl", listed)
    assert account_allowed("jan@hengelo.nl", AuthConfig(oidc=True)), "no list: every signed-in account"
