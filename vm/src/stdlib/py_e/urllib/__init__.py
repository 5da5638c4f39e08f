"""URL handling (pyrs-nogil): only `urllib.parse` is provided."""
