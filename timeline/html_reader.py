"""Read saved web pages (.html, .htm) as articles.

The main text is found among the page's furniture (navigation, trending links, ads,
comments, scripts, footers) by trafilatura; comments are never included. The metadata
comes from the page itself, most reliable first:

* publication date: JSON-LD ``datePublished`` > ``article:published_time`` and the other
  publication ``<meta>`` tags > ``<time itemprop="datePublished">`` > htmldate's *header-only*
  search (``extensive_search=False``: dates in the free text and in the furniture are never
  taken as the publication date);
* title: JSON-LD ``headline`` > ``og:title`` > trafilatura's title > ``<title>``;
* author, site name (``source``), the canonical URL (``<link rel="canonical">``, ``og:url``:
  absolute URLs only) and the language (``<html lang>``, ``og:locale``).

``Article.body`` is the extracted plain text (paragraphs separated by a blank line); every
offset of the pipeline points into it, not into the HTML. Extraction is deterministic: no
network, no cache shared between pages, no dependence on today's date.
"""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING, Any, Iterator

from .errors import InputError

if TYPE_CHECKING:  # (read imports this module: the import at run time is inside the functions)
    from .read import ReadResult

for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Meta tags that carry the publication date, most reliable first (name or property, lower case).
DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date",
    "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
)
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "liveblogposting"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: A page larger than this is refused (trafilatura's own default limit).
MAX_HTML_BYTES = 20_000_000
#: A tag with more attributes than this loses them all before parsing: HTML parsers check
#: attributes pairwise, so 100 000 attributes on one tag would take minutes (a hostile page).
MAX_ATTRIBUTES = 200
_LONG_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]{0,40})(\s[^<>]{800,})>")
_ATTRIBUTE = re.compile(r"[^\s=/>]+\s*=")


def defuse(text: str) -> str:
    """Strip the attributes of tags that carry absurdly many (linear time; see MAX_ATTRIBUTES)."""

    def repl(m: re.Match[str]) -> str:
        if sum(1 for _ in _ATTRIBUTE.finditer(m[2])) > MAX_ATTRIBUTES:
            return f"<{m[1]}>"
        return m[0]

    return _LONG_TAG.sub(repl, text)


def declared_charset(data: bytes) -> str | None:
    """Return the codec named by a ``<meta charset>`` in the first 4 KB, if Python knows it."""
    import codecs

    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_declared(path: str, data: bytes) -> str | None:
    """Decode a page that is not UTF-8 but declares its charset (``<meta charset>``), else None.

    ``read.decode`` calls this for .html/.htm files before its own UTF-8 / Windows-1252 rule.

    Raises:
        InputError: for pages over ``MAX_HTML_BYTES``.
    """
    if len(data) > MAX_HTML_BYTES:
        raise InputError(path, None, f"page is {len(data) // 1_000_000} MB; pages over {MAX_HTML_BYTES // 1_000_000} MB "
                                     "are not read (save the article text as a .txt or .md file instead)")
    charset = declared_charset(data)
    if not charset or charset in ("utf-8", "ascii") or b"\x00" in data[:8192]:
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 500:
            item = stack.pop(0)
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in items if x}


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_metadata(tree: Any) -> dict[str, str]:
    """Return the page's own metadata: ``date``, ``title``, ``author``, ``source``, ``url`` (where present)."""
    meta: dict[str, str] = {}
    for obj in _json_ld_objects(tree):
        if not _types(obj) & _ARTICLE_TYPES:
            continue
        if "date" not in meta and isinstance(obj.get("datePublished"), str) and obj["datePublished"].strip():
            meta["date"] = obj["datePublished"].strip()
        if "title" not in meta and isinstance(obj.get("headline"), str) and obj["headline"].strip():
            meta["title"] = obj["headline"].strip()
        if "author" not in meta and (a := _name(obj.get("author"))):
            meta["author"] = a
        if "source" not in meta and (p := _name(obj.get("publisher"))):
            meta["source"] = p
        page = obj.get("mainEntityOfPage")
        page_url = page if isinstance(page, str) else page.get("@id") if isinstance(page, dict) else None
        if "url" not in meta and isinstance(page_url, str) and page_url.startswith(("http://", "https://")):
            meta["url"] = page_url
    tags: dict[str, str] = {}
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and key not in tags and (el.get("content") or "").strip():
            tags[key] = el.get("content").strip()
    if "date" not in meta:
        for key in DATE_META:
            if key in tags:
                meta["date"] = tags[key]
                break
    if "date" not in meta:
        for el in tree.xpath('//time[@itemprop="datePublished"][@datetime]'):
            meta["date"] = el.get("datetime").strip()
            break
    if "title" not in meta and tags.get("og:title"):
        meta["title"] = tags["og:title"]
    if "author" not in meta and tags.get("author"):
        meta["author"] = tags["author"]
    if "source" not in meta and tags.get("og:site_name"):
        meta["source"] = tags["og:site_name"]
    if "url" not in meta:
        for el in tree.xpath('//link[@href]'):
            href = el.get("href").strip()
            # A relative canonical URL would point into our own site: only absolute ones count.
            if "canonical" in (el.get("rel") or "").lower().split() and href.lower().startswith(("http://", "https://")):
                meta["url"] = href
                break
    if "url" not in meta and tags.get("og:url", "").lower().startswith(("http://", "https://")):
        meta["url"] = tags["og:url"]
    lang = (tree.get("lang") or tags.get("og:locale") or "").strip().replace("_", "-").split("-")[0].lower()
    if re.fullmatch(r"[a-z]{2,3}", lang):
        meta["lang"] = lang
    return meta


def _parse(text: str) -> Any:
    import lxml.html
    from lxml import etree

    try:
        # lxml refuses str input carrying an XML encoding declaration.
        text = re.sub(r"\A\s*<\?xml[^>]*\?>", "", text)
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _has(word: str) -> str:
    return f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}') or " \
           f"contains(translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')"


#: Page furniture removed before extraction, so that even trafilatura's fallbacks never see it.
FURNITURE_XPATH = [
    # Not //form: ASP.NET pages wrap the whole page, article included, in one <form>.
    "//nav", "//aside", "//footer", "//iframe", "//noscript",
    "//*[@role='navigation' or @role='complementary' or @role='contentinfo' or @role='banner']",
    # Never a wrapper of the article itself: <div class="page with-related-links"><article>...
    *(f"//*[not(self::html or self::body or self::article or self::main) and not(.//article or .//main) and ({_has(w)})]"
      for w in ("comments", "comment-", "comment_", "disqus", "trending", "related", "advert", "sponsor", "newsletter", "cookie", "promo", "ticker",
                "byline", "timestamp", "breadcrumb", "social-share", "share-bar")),
]


def extract_text(text: str) -> tuple[str, dict[str, str]]:
    """Return the main text of a page (paragraphs separated by blank lines) and trafilatura's metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        include_links=False, include_formatting=False, deduplicate=False, favor_precision=False,
        prune_xpath=FURNITURE_XPATH,
        date_extraction_params={"extensive_search": False, "original_date": True,
                                "min_date": "1900-01-01", "max_date": "2999-12-31"},
    )
    if doc is None:
        return "", {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    paragraphs = [" ".join(line.split()) for line in body.split("\n")]
    meta = {k: str(data[k]).strip() for k in ("title", "author", "date", "sitename", "url") if data.get(k)}
    return "\n\n".join(p for p in paragraphs if p), meta


def read_html(path: str, stem: str, text: str) -> "ReadResult":
    """Read a saved web page: its main text and its metadata (see the module docstring).

    Raises:
        InputError: when no article text can be found in the page.
    """
    from .read import ReadResult, article_from

    text = defuse(text)
    tree = _parse(text)
    if tree is None:
        raise InputError(path, None, "not an HTML page that can be parsed; save the page again or paste its text into a .md file")
    own = page_metadata(tree)
    try:
        body, found = extract_text(text)
    except RecursionError:
        body, found = "", {}
    if not body.strip():
        raise InputError(path, None, "no article text found in the page (only navigation, scripts or very short text); "
                                     "paste the article text into a .md file instead")
    title = own.get("title") or found.get("title") or ""
    first, sep, rest = body.partition("\n\n")
    if title and sep and " ".join(first.split()) == " ".join(title.split()):
        body = rest  # trafilatura repeats the headline as the first paragraph
    meta: dict[str, Any] = {
        "title": title,
        "date": own.get("date") or found.get("date"),
        "author": own.get("author") or found.get("author"),
        "source": own.get("source") or found.get("sitename"),
        "url": own.get("url") or found.get("url"),
        "lang": own.get("lang"),
    }
    meta = {k: v for k, v in meta.items() if v}
    page_title = "".join(tree.xpath("//title//text()")).strip()
    result = article_from(path, stem, meta, body, 1, None, default_title=page_title,
                          date_key="the page's publication date")
    return ReadResult(result.article, result.warnings)


def read_mhtml(path: str, stem: str, text: str) -> "ReadResult":
    """Read a page saved as one file (``.mhtml``/``.mht``, Chrome's "Webpage, Single File").

    Its first ``text/html`` part is read as a saved page; the other parts (images, frames,
    style sheets) are ignored.

    Raises:
        InputError: when the file holds no HTML part.
    """
    import email
    import email.policy

    try:
        message = email.message_from_string(text, policy=email.policy.compat32)
        html = None
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                charset = part.get_content_charset() or "utf-8"
                try:
                    html = payload.decode(charset, errors="replace")
                except LookupError:
                    html = payload.decode("utf-8", errors="replace")
                break
    except (ValueError, TypeError, IndexError, AttributeError, RecursionError) as err:
        raise InputError(path, None, f"not a readable MHTML file ({type(err).__name__}); save the page as HTML instead") from None
    if html is None:
        raise InputError(path, None, "no HTML part in this MHTML file; save the page as HTML instead")
    return read_html(path, stem, html.replace("\r\n", "\n"))
