"""Texts of the login to Data beheer (components/auth.py): the forms, the brakes, the configuration."""

TEXTS: dict[str, dict[str, str]] = {
    # --- Not set up, login, logout
    "beheer.auth.not_configured": {
        "nl": "Data beheer is alleen voor bevoegde gebruikers en is nog niet ingesteld. Zo zet u het aan: kopieer `.streamlit/secrets.toml.example` naar `.streamlit/secrets.toml` en vul onder `[data_beheer]` een wachtwoord-hash in (`password_hash`), of stel onder `[auth]` een OIDC-login in. Start de app daarna opnieuw. De andere pagina's blijven openbaar.",
        "en": "Data management is for authorised users only and has not been set up yet. To enable it: copy `.streamlit/secrets.toml.example` to `.streamlit/secrets.toml` and fill in a password hash (`password_hash`) under `[data_beheer]`, or configure an OIDC login under `[auth]`. Then restart the app. The other pages stay public.",
        "de": "Die Datenverwaltung ist nur für berechtigte Nutzer und noch nicht eingerichtet. So schalten Sie sie ein: Kopieren Sie `.streamlit/secrets.toml.example` nach `.streamlit/secrets.toml` und tragen Sie unter `[data_beheer]` einen Passwort-Hash ein (`password_hash`), oder richten Sie unter `[auth]` eine OIDC-Anmeldung ein. Starten Sie die App danach neu. Die anderen Seiten bleiben öffentlich.",
    },
    "beheer.auth.password": {"nl": "Wachtwoord", "en": "Password", "de": "Passwort"},
    "beheer.auth.name": {
        "nl": "Uw naam (voor het importlogboek, optioneel)",
        "en": "Your name (for the import log, optional)",
        "de": "Ihr Name (für das Importprotokoll, optional)",
    },
    "beheer.auth.submit": {"nl": "Inloggen", "en": "Log in", "de": "Anmelden"},
    "beheer.auth.wrong": {
        "nl": "Dit wachtwoord klopt niet.",
        "en": "This password is not correct.",
        "de": "Dieses Passwort ist nicht korrekt.",
    },
    "beheer.auth.oidc": {
        "nl": "Inloggen met uw organisatieaccount",
        "en": "Log in with your organisation account",
        "de": "Mit Ihrem Organisationskonto anmelden",
    },
    "beheer.auth.oidc_again": {
        "nl": "Opnieuw inloggen",
        "en": "Log in again",
        "de": "Erneut anmelden",
    },
    "beheer.auth.not_allowed": {
        "nl": "U bent ingelogd als {user}, maar dit account heeft geen toegang tot Data beheer.",
        "en": "You are logged in as {user}, but this account has no access to data management.",
        "de": "Sie sind als {user} angemeldet, aber dieses Konto hat keinen Zugriff auf die Datenverwaltung.",
    },
    "beheer.auth.oidc_no_email": {
        "nl": "U bent ingelogd, maar uw organisatieaccount geeft geen e-mailadres door. Zonder e-mailadres kan Data beheer niet nagaan wie u bent.",
        "en": "You are logged in, but your organisation account does not pass on an e-mail address. Without one, data management cannot tell who you are.",
        "de": "Sie sind angemeldet, aber Ihr Organisationskonto übermittelt keine E-Mail-Adresse. Ohne sie kann die Datenverwaltung nicht feststellen, wer Sie sind.",
    },
    "beheer.auth.oidc_unverified": {
        "nl": "U bent ingelogd als {user}, maar uw organisatie bevestigt niet dat dit e-mailadres geverifieerd is (claim `{claim}`). Zonder die bevestiging is Data beheer niet toegankelijk; vraag uw beheerder om de claim mee te sturen.",
        "en": "You are logged in as {user}, but your organisation does not confirm that this e-mail address is verified (claim `{claim}`). Without that confirmation data management is closed; ask your administrator to send the claim.",
        "de": "Sie sind als {user} angemeldet, aber Ihre Organisation bestätigt nicht, dass diese E-Mail-Adresse verifiziert ist (Claim `{claim}`). Ohne diese Bestätigung ist die Datenverwaltung nicht zugänglich; bitten Sie Ihre Administration, den Claim mitzusenden.",
    },
    "beheer.auth.oidc_expired": {
        "nl": "Uw login als {user} is verlopen. Log opnieuw in om verder te gaan.",
        "en": "Your login as {user} has expired. Log in again to continue.",
        "de": "Ihre Anmeldung als {user} ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.",
    },
    "beheer.auth.logged_in": {
        "nl": "Ingelogd als {user}.",
        "en": "Logged in as {user}.",
        "de": "Angemeldet als {user}.",
    },
    "beheer.auth.logout": {"nl": "Uitloggen", "en": "Log out", "de": "Abmelden"},
    # --- The brakes on guessing
    "beheer.auth.locked": {
        "nl": "Te veel mislukte pogingen: inloggen is geblokkeerd. Probeer het over {duration} opnieuw.",
        "en": "Too many failed attempts: logging in is blocked. Try again in {duration}.",
        "de": "Zu viele fehlgeschlagene Versuche: Die Anmeldung ist gesperrt. Versuchen Sie es in {duration} erneut.",
    },
    "beheer.auth.locked_now": {
        "nl": "Dit wachtwoord klopt niet. Na {count} mislukte pogingen is inloggen geblokkeerd; probeer het over {duration} opnieuw.",
        "en": "This password is not correct. After {count} failed attempts logging in is blocked; try again in {duration}.",
        "de": "Dieses Passwort ist nicht korrekt. Nach {count} fehlgeschlagenen Versuchen ist die Anmeldung gesperrt; versuchen Sie es in {duration} erneut.",
    },
    "beheer.auth.backoff": {
        "nl": "Na een fout wachtwoord wacht de login even. Probeer het over {duration} opnieuw.",
        "en": "After a wrong password the login waits a moment. Try again in {duration}.",
        "de": "Nach einem falschen Passwort wartet die Anmeldung kurz. Versuchen Sie es in {duration} erneut.",
    },
    "beheer.auth.busy_server": {
        "nl": "Op deze server zijn zojuist te veel mislukte inlogpogingen gedaan. Probeer het over {duration} opnieuw.",
        "en": "Too many failed login attempts were just made on this server. Try again in {duration}.",
        "de": "Auf diesem Server gab es gerade zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {duration} erneut.",
    },
    "beheer.auth.busy_hashing": {
        "nl": "De server controleert op dit moment andere wachtwoorden. Probeer het over {duration} opnieuw.",
        "en": "The server is checking other passwords right now. Try again in {duration}.",
        "de": "Der Server prüft gerade andere Passwörter. Versuchen Sie es in {duration} erneut.",
    },
    "beheer.auth.seconds.one": {"nl": "1 seconde", "en": "1 second", "de": "1 Sekunde"},
    "beheer.auth.seconds.many": {"nl": "{n} seconden", "en": "{n} seconds", "de": "{n} Sekunden"},
    "beheer.auth.minutes.one": {"nl": "1 minuut", "en": "1 minute", "de": "1 Minute"},
    "beheer.auth.minutes.many": {"nl": "{n} minuten", "en": "{n} minutes", "de": "{n} Minuten"},
    # --- Asking again before commit and undo
    "beheer.auth.reauth.prompt": {
        "nl": "Uw wachtwoord is langer dan {minutes} minuten geleden gecontroleerd. Vul het opnieuw in om door te gaan.",
        "en": "Your password was checked more than {minutes} minutes ago. Enter it again to continue.",
        "de": "Ihr Passwort wurde vor mehr als {minutes} Minuten geprüft. Geben Sie es erneut ein, um fortzufahren.",
    },
    "beheer.auth.reauth.confirm": {"nl": "Bevestigen", "en": "Confirm", "de": "Bestätigen"},
    "beheer.auth.reauth.cancel": {"nl": "Annuleren", "en": "Cancel", "de": "Abbrechen"},
    # --- A configuration that cannot be used (the page says so; nobody can log in)
    "beheer.auth.config.intro": {
        "nl": "Data beheer is verkeerd ingesteld in `.streamlit/secrets.toml`, daarom kan niemand inloggen.",
        "en": "Data management is set up wrongly in `.streamlit/secrets.toml`, so nobody can log in.",
        "de": "Die Datenverwaltung ist in `.streamlit/secrets.toml` falsch eingerichtet, deshalb kann sich niemand anmelden.",
    },
    "beheer.auth.config.plain_password": {
        "nl": "Er staat een wachtwoord in platte tekst in (`password`). Dat wordt niet meer geaccepteerd: verwijder die regel en zet onder `[data_beheer]` een `password_hash`, gemaakt met `python -m components.auth`.",
        "en": "It contains a plain-text password (`password`). That is no longer accepted: remove the line and put a `password_hash` under `[data_beheer]`, made with `python -m components.auth`.",
        "de": "Sie enthält ein Passwort im Klartext (`password`). Das wird nicht mehr akzeptiert: Entfernen Sie die Zeile und tragen Sie unter `[data_beheer]` einen `password_hash` ein, erstellt mit `python -m components.auth`.",
    },
    "beheer.auth.config.layout": {
        "nl": "De `password_hash` is onleesbaar: verwacht wordt `pbkdf2_sha256$<iteraties>$<zout>$<hash>`. Maak een nieuwe met `python -m components.auth`.",
        "en": "The `password_hash` cannot be read: expected `pbkdf2_sha256$<iterations>$<salt>$<hash>`. Make a new one with `python -m components.auth`.",
        "de": "Der `password_hash` ist unlesbar: erwartet wird `pbkdf2_sha256$<Iterationen>$<Salz>$<Hash>`. Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.algorithm": {
        "nl": "De `password_hash` gebruikt het onbekende algoritme `{scheme}`; alleen `{expected}` wordt ondersteund. Maak een nieuwe met `python -m components.auth`.",
        "en": "The `password_hash` uses the unknown algorithm `{scheme}`; only `{expected}` is supported. Make a new one with `python -m components.auth`.",
        "de": "Der `password_hash` verwendet den unbekannten Algorithmus `{scheme}`; nur `{expected}` wird unterstützt. Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.iterations": {
        "nl": "Het aantal iteraties in de `password_hash` is geen geheel getal. Maak een nieuwe met `python -m components.auth`.",
        "en": "The number of iterations in the `password_hash` is not a whole number. Make a new one with `python -m components.auth`.",
        "de": "Die Zahl der Iterationen im `password_hash` ist keine ganze Zahl. Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.too_few": {
        "nl": "De `password_hash` is met {iterations} iteraties gemaakt; dat is te zwak, het minimum is {minimum}. Maak een nieuwe met `python -m components.auth`.",
        "en": "The `password_hash` was made with {iterations} iterations; that is too weak, the minimum is {minimum}. Make a new one with `python -m components.auth`.",
        "de": "Der `password_hash` wurde mit {iterations} Iterationen erstellt; das ist zu schwach, das Minimum ist {minimum}. Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.too_many": {
        "nl": "De `password_hash` vraagt {iterations} iteraties; meer dan {maximum} maakt elke login onredelijk traag. Maak een nieuwe met `python -m components.auth`.",
        "en": "The `password_hash` asks for {iterations} iterations; more than {maximum} makes every login unreasonably slow. Make a new one with `python -m components.auth`.",
        "de": "Der `password_hash` verlangt {iterations} Iterationen; mehr als {maximum} macht jede Anmeldung unzumutbar langsam. Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.salt": {
        "nl": "Het zout in de `password_hash` is korter dan {minimum} tekens. Maak een nieuwe met `python -m components.auth`.",
        "en": "The salt in the `password_hash` is shorter than {minimum} characters. Make a new one with `python -m components.auth`.",
        "de": "Das Salz im `password_hash` ist kürzer als {minimum} Zeichen. Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.digest": {
        "nl": "Het laatste deel van de `password_hash` is geen SHA-256-hash (64 hexadecimale tekens). Maak een nieuwe met `python -m components.auth`.",
        "en": "The last part of the `password_hash` is not a SHA-256 hash (64 hexadecimal characters). Make a new one with `python -m components.auth`.",
        "de": "Der letzte Teil des `password_hash` ist kein SHA-256-Hash (64 Hexadezimalzeichen). Erstellen Sie einen neuen mit `python -m components.auth`.",
    },
    "beheer.auth.config.number": {
        "nl": "`{setting}` moet een getal tussen {low} en {high} zijn, niet `{value}`.",
        "en": "`{setting}` must be a number between {low} and {high}, not `{value}`.",
        "de": "`{setting}` muss eine Zahl zwischen {low} und {high} sein, nicht `{value}`.",
    },
    "beheer.auth.config.text": {
        "nl": "`{setting}` moet een tekst zijn (of een lijst van teksten), niet `{value}`.",
        "en": "`{setting}` must be a text (or a list of texts), not `{value}`.",
        "de": "`{setting}` muss ein Text sein (oder eine Liste von Texten), nicht `{value}`.",
    },
}
