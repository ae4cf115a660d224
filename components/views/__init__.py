"""One module per page with that page's UI pieces, named after the page."""
