"""timeline: turn a folder of news articles into a dated-event timeline website."""

__version__ = "0.1.0"
