"""Widgets shared by the pages: page setup, filters, pickers, maps with their tables, downloads."""
