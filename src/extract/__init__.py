"""extract: bilingual information extraction for cell-therapy literature."""

__version__ = "0.1.0"
