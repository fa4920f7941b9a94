"""The one sanctioned way to turn input Markdown or HTML into markup (docs/security.md).

Templates escape every input string (autoescape). Where a page must show formatted input
(a Markdown description, a TimelineJS text), it goes through ``markdown_html`` or
``clean_html``: nh3 (ammonia) keeps a small set of formatting tags, drops scripts, styles,
event handlers and every attribute but ``href``/``title`` on links, and keeps only http(s)
and relative links (``javascript:``, ``data:``, ``vbscript:`` are removed).
"""

from __future__ import annotations

from markupsafe import Markup

#: Tags kept in formatted input; everything else is stripped (its text kept), scripts dropped whole.
TAGS = frozenset({"p", "br", "em", "strong", "b", "i", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4"})
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = frozenset({"http", "https"})


def clean_html(fragment: str) -> Markup:
    """Return ``fragment`` sanitised: safe formatting only, http(s) and relative links only."""
    import nh3

    cleaned = nh3.clean(
        fragment,
        tags=set(TAGS),
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )
    return Markup(cleaned)


def markdown_html(text: str) -> Markup:
    """Render Markdown input to sanitised HTML (raw HTML in the input is sanitised too)."""
    import markdown

    return clean_html(markdown.markdown(text, output_format="html"))
