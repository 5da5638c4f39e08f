"""Core XML support (pyrs-nogil): only the `xml.etree.ElementTree` subpackage is provided."""
