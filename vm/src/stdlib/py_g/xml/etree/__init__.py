"""The ElementTree package (pyrs-nogil): see ElementTree.py."""
