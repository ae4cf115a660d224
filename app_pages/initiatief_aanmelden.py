"""Initiatief aanmelden: partners propose an initiative (or a change to one) and look up its status.

Public, no login.  The form, its checks (the importer's own rules), the rate limits and
the honeypot are in ``components/views/initiatief_aanmelden.py``; the proposals are stored apart
from the agenda, the contact details apart again (``data/cocreation.py``).
"""

from components.views import initiatief_aanmelden as aanmelden_view
from components.widgets.page_setup import context, page_header, t

ctx = context()
page_header(t("page.initiatief_aanmelden"), ctx, shows_figures=False)
aanmelden_view.render(ctx.lang)
