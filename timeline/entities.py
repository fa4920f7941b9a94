"""Named entities for event tags: people, places and organisations, found by rule.

No model, no network: capitalised word sequences are classified with a small gazetteer of
countries, cities and well-known organisations, job titles that announce a person, and
organisation suffixes ("Ministry", "Bank", "Party"). An entity is reported as ``kind:Name``
(``person:Marco Rubio``, ``place:India``, ``org:ASEAN``) so the site can group its filters.
Unknown capitalised names that look like a person (two or three capitalised words) are
people; a lone unknown capitalised word is left out (too often a sentence start or a noun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Entity", "entities", "known_people", "tags", "COUNTRIES"]

COUNTRIES = frozenset(
    """
    Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
    Belarus Belgium Bhutan Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile
    China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt England Eritrea Estonia
    Ethiopia Europe Africa Asia Finland France Gaza Georgia Germany Ghana Greece Greenland Haiti
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya
    Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Maldives Mali
    Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua
    Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal
    Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain
    Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan
    Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Crimea Kashmir
    Tibet Xinjiang Ladakh Punjab Bengal Kerala Gujarat Bihar Delhi Mumbai Beijing Shanghai Moscow
    Kyiv Kiev Washington London Paris Berlin Tokyo Seoul Brussels Geneva Davos Islamabad Karachi
    Lahore Dhaka Kabul Tehran Baghdad Damascus Beirut Jerusalem Cairo Riyadh Dubai Doha Ankara
    Istanbul Rome Madrid Lisbon Vienna Warsaw Prague Budapest Athens Ottawa Toronto Sydney
    Canberra Jakarta Manila Bangkok Hanoi Singapore Nairobi Lagos Johannesburg Brasilia Caracas
    Bogota Lima Santiago Havana Kolkata Chennai Bengaluru Bangalore Hyderabad Colombo Kathmandu
    Hamburg Munich Frankfurt Milan Amsterdam Stockholm Oslo Copenhagen Helsinki Dublin Edinburgh
    Texas California Florida Ohio Michigan Virginia Alaska Hawaii Arizona Nevada Oregon Detroit Chicago
    Boston Seattle Houston Dallas Atlanta Miami Denver Lisbon Porto Bamako Gao Timbuktu Chandigarh
    Ludhiana Amritsar Pune Thane Maharashtra Odisha Assam Manipur Karnataka Telangana Rajasthan Oslo
    """.split()
) | frozenset(
    {
        "United States", "United Kingdom", "New Delhi", "New York", "South Korea", "North Korea",
        "South Africa", "Saudi Arabia", "Sri Lanka", "New Zealand", "Kuala Lumpur", "Hong Kong",
        "United Arab Emirates", "West Bank", "Czech Republic", "Costa Rica", "El Salvador",
        "Ivory Coast", "Los Angeles", "San Francisco", "Abu Dhabi", "Tel Aviv", "Buenos Aires",
        "Mexico City", "Rio de Janeiro", "Sao Paulo", "Middle East", "Latin America",
        "Southeast Asia", "South Asia", "East Asia", "Indo-Pacific", "European Union", "US", "U.S.",
        "Tamil Nadu", "Uttar Pradesh", "Madhya Pradesh", "Andhra Pradesh", "West Bengal", "San Diego",
        "UK", "U.K.", "UAE", "USA", "America",
    }
)

#: Organisations known by name or acronym (places like "US" are listed above and win).
ORGANISATIONS = frozenset(
    {
        "ASEAN", "NATO", "UN", "U.N.", "EU", "WHO", "WTO", "IMF", "OPEC", "BRICS", "G7", "G20",
        "Quad", "SCO", "SAARC", "IAEA", "UNESCO", "UNICEF", "ICC", "ICJ", "FBI", "CIA", "NASA",
        "ISRO", "RBI", "SEBI", "BJP", "Congress", "Pentagon", "Kremlin", "White House", "Reuters",
        "PTI", "ANI", "AFP", "AP", "IANS", "Bloomberg", "Parliament", "Senate", "Fed",
        "Federal Reserve", "Supreme Court", "High Court", "Election Commission", "Lok Sabha",
        "Rajya Sabha", "State Department", "Pax Silica", "Hamas", "Hezbollah", "Taliban",
        "European Commission", "World Bank", "United Nations", "Security Council", "Airbus",
        "Boeing", "Apple", "Google", "Microsoft", "Amazon", "Tesla", "Meta",
    }
)

#: Titles that announce a person's name after them.
TITLES = frozenset(
    """
    President Prime Minister Secretary Ambassador Chancellor King Queen Prince Princess Governor
    Senator Sen Rep Representative Mayor Judge Justice Chief Minister General Gen Admiral Marshal
    Field Colonel Col Captain Capt Lieutenant Sergeant Commissioner Director Chairman Chairwoman
    Chair CEO Speaker Sheikh Pope Bishop Dr Mr Mrs Ms Prof Professor Lord Lady Sir Dame
    External Foreign Defence Defense Finance Home Commerce Trade Vice Deputy Foreign-Secretary
    Ambassador-designate Attorney Premier Emir Crown Leader State Affairs Staff
    """.split()
)

ORG_SUFFIXES = frozenset(
    """
    Ministry Department Party Bank Council Commission Court Union Agency Association Group Inc
    Ltd Corp Corporation Company University Army Navy Force Forces Police Authority Board Institute
    Organisation Organization Committee Assembly Parliament Federation Front Alliance Fund Office
    Service Services Airlines Airways Motors Industries Holdings Exchange League Foundation Summit
    Times Post News Agency Tribunal Cabinet Government Coalition Movement Network Democrats Republicans
    Socialists Conservatives Liberals Greens Labour Motors Cooperative Foundation Branch Bureau Division
    Directorate Inspectorate Unit Trust Council Society Institution Regulator Watchdog
    """.split()
)

#: Prefixes of ships' names ("MV Ingrid", "HMS Astute"): no person's, nor a place's; not tagged.
VESSEL_PREFIXES = frozenset("MV MS MT SS HMS RMS USS FV RV".split())

#: Last words of the names of places ("Harbour Street", "Kessvik Bay", "Ostvale Bridge"), and
#: first words ("Mount Arlen", "Lake Varda", "Cape Mirel"): a name so made is a place, not a person.
PLACE_SUFFIXES = frozenset(
    """
    Street St Road Rd Avenue Ave Boulevard Lane Square Place Way Drive Quay Pier Wharf Bridge Tunnel
    Park Gardens Bay Harbour Harbor Port Beach Coast Island Islands Isle Peninsula Cape Strait Sound
    Sea Ocean Gulf Lake River Canal Creek Falls Valley Hill Hills Mountain Mountains Ridge Pass Forest
    Plain Plains Desert Airport Station Terminal Stadium Arena Cathedral Church Abbey Castle Palace
    Tower Market Estate District County Province Region City Town Village Municipality
    """.split()
)
PLACE_PREFIXES = frozenset("Mount Lake Cape Port Fort".split())

#: Capitalised words that are not names (sentence starts, months, weekdays, pronouns...).
STOPWORDS = frozenset(
    """
    The A An And But Or If In On At By For From To Of With Without As After Before During Since Until
    This That These Those There Here It Its He She They We I You His Her Their Our My Your
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov
    Dec Today Yesterday Tomorrow Last Next Earlier Later Meanwhile However Also Besides Despite
    Amid While When Where What Who Why How Both Each Every Some Many Most No Not Such Other Another
    According Officials Sources Police Minister President Secretary Just Discussed Photo File
    Christmas Easter Diwali Eid Ramadan Holi Thanksgiving Year Day Week Month Just Discussed
    Then Now So Yet Still Thus Instead Under Over Among Through Following Speaking Asked Addressing
    Earlier Later Separately Last Next Citing Analysts Experts Critics Residents Witnesses Authorities
    """.split()
)

#: A run of capitalised words. Its first capital is taken first (``(?<![\w@#].)`` after it is
#: ``(?<![\w@#])`` before it, and ``[A-Z](?:[\w'’.-]*[\w])?`` tries what ``[A-Z][\w'’.-]*[\w]|[A-Z]``
#: tries, in the same order), so a search skips to the next capital in C.
_CAP_SEQ = re.compile(
    r"[A-Z](?<![\w@#].)(?:[\w'’.-]*[\w])?(?:\s+(?:(?:of|de|la|al|bin|van|von|der|the|and|for)\s+)?"
    r"(?:[A-Z][\w'’.-]*[\w]|[A-Z]\.?))*"
)


@dataclass(frozen=True, slots=True, order=True)
class Entity:
    """A named entity: ``kind`` is ``person``, ``place`` or ``org``."""

    kind: str
    name: str

    @property
    def tag(self) -> str:
        """The tag form, ``kind:Name``."""
        return f"{self.kind}:{self.name}"


_NOT_ACRONYMS = frozenset({"AI", "CEO", "GDP", "PM", "TV", "ID", "COVID", "OK", "AM", "FY", "Q1", "Q2", "Q3", "Q4", "EV", "IT", "HQ"})
_DIGIT = re.compile(r"\d")
_PLACE_PREP = re.compile(r"\b(?:in|near|at|outside|across|around|throughout|towards|east of|west of|north of|south of)\s+(?:the\s+)?$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_DEMONYM = re.compile(r"(?:an|ese|ish|ian|i|ic)$")


def _strip_possessive(name: str) -> str:
    if "'" in name or "’" in name:
        name = re.sub(r"['’]s$", "", name)
    return name.strip(" .,-")


def _gazetteer_form(name: str) -> str | None:
    """The gazetteer's spelling of a name ("NEW DELHI" -> "New Delhi": all-caps datelines), or None."""
    for cand in (name, name.title() if name.isupper() and len(name) > 3 else name):
        if cand in COUNTRIES or cand in ORGANISATIONS:
            return cand
    return None


def _known(name: str) -> str | None:
    """Return the kind of a gazetteer name (case-insensitive for all-caps datelines)."""
    form = _gazetteer_form(name)
    return None if form is None else "place" if form in COUNTRIES else "org"


def _classify(words: list[str], sentence_initial: bool) -> list[Entity]:
    """Classify one capitalised sequence (already split around gazetteer names)."""
    titled = False
    while words and (words[0] in STOPWORDS or words[0] in TITLES or words[0].lower() in {"of", "the", "and"}):
        if words[0] in TITLES:
            titled = True
            sentence_initial = False
        words = words[1:]
        if not titled:
            sentence_initial = False
    while words and (words[-1].lower() in {"of", "the", "and", "de", "for"} or words[-1] in TITLES):
        words = words[:-1]
    if not words:
        return []
    name = _strip_possessive(" ".join(words))
    if not name:
        return []
    kind = _known(name)
    if kind:
        return [Entity(kind, name.title() if name.isupper() and kind == "place" and len(name) > 3 else name)]
    last = words[-1].rstrip(".")
    if last in ORG_SUFFIXES and len(words) > 1:
        return [Entity("org", name)]
    if _ACRONYM.fullmatch(name):
        return [] if name in _NOT_ACRONYMS else [Entity("org", name)]
    if name.isupper():
        return []  # an unknown all-caps run: a dateline or a shouted word
    if "-" in name or _DIGIT.search(name):
        return []
    if len(words) > 1 and words[0] in VESSEL_PREFIXES:
        return []  # a ship ("MV Ingrid")
    if len(words) > 1 and (last in PLACE_SUFFIXES or words[0] in PLACE_PREFIXES):
        return [Entity("place", name)]  # "Harbour Street", "Mount Arlen": no person's name
    if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        return [Entity("person", name)]
    if len(words) == 1 and not _DEMONYM.search(name) and len(name) > 2:
        # A lone capitalised word opening a sentence is a person only if a full name explains it.
        return [Entity("person" if titled or not sentence_initial else "person?", name)]
    return []


_FIRST_WORDS = frozenset(n.split()[0] for n in COUNTRIES | ORGANISATIONS if " " in n)


def _split_known(words: list[str]) -> list[tuple[bool, list[str]]]:
    """Split a word sequence around gazetteer names (longest match first)."""
    out: list[tuple[bool, list[str]]] = []
    chunk: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        # an all-caps dateline ("NEW DELHI:") starts a gazetteer name as its title-cased form does
        for n in ((4, 3, 2, 1) if w in _FIRST_WORDS or (w.isupper() and w.title() in _FIRST_WORDS) else (1,)):
            if i + n <= len(words):
                cand = _strip_possessive(" ".join(words[i : i + n]))
                form = _gazetteer_form(cand)
                if form is not None:
                    if " " in cand:
                        cand = form  # "NEW DELHI" is New Delhi
                    # "Pakistan Army", "India Post": a place followed by an organisation suffix.
                    nxt = words[i + n].rstrip(".") if i + n < len(words) else ""
                    if nxt in ORG_SUFFIXES:
                        continue
                    if chunk:
                        out.append((False, chunk))
                        chunk = []
                    out.append((True, [cand]))
                    i += n
                    break
        else:
            chunk.append(words[i])
            i += 1
    if chunk:
        out.append((False, chunk))
    return out


def known_people(text: str) -> frozenset[str]:
    """Return the full names of people (two words or more) written in ``text``."""
    return frozenset(e.name for e in entities(text) if e.kind == "person" and " " in e.name and len(e.name.split()) <= 3)


@lru_cache(maxsize=8192)
def _raw_entities(text: str) -> frozenset[Entity]:
    found: set[Entity] = set()
    for m in _CAP_SEQ.finditer(text):
        seq = m.group(0)
        if seq in STOPWORDS or seq in TITLES:
            continue  # the commonest case: "The", "In", "Monday"
        start = m.start()
        # "near Santa Rosa", "in Cape Mirel": a name after a place preposition is a place (its
        # other tests need no regex, so they come first).
        placed = " " in seq and bool(_PLACE_PREP.search(text[max(0, start - 12) : start].lower()))
        before = text[max(0, start - 4) : start].rstrip()
        initial = not before or before[-1] in ".!?:\"“‘(\n" or before.endswith("—")
        got = _sequence_entities(seq, placed, initial)
        if len(got) == 1 and got[0].kind in ("person", "person?") and " " not in got[0].name:
            # (seventeenth session) a lone word its sentence shows to be a company or a place
            # ("shares in Brekka", "Norcorp said it would", "flooding in Kestria"), unless a full
            # name of the article explains it (:func:`entities`: "org?" and "place?" then say person)
            cue = _lone_word_cue(text, start, m.end())
            if cue is not None:
                got = (Entity(cue, got[0].name),)
        found.update(got)
    return frozenset(found)


#: Around a lone capitalised word: a company's cues ("shares in X", "X's shares", "X said it",
#: "X executives") and a place's ("in X", "near X", "across X").
_ORG_BEFORE = re.compile(r"\b(?:shares|stake|stakes|investors|shareholders|customers|staff|workers|employees)\s+(?:in|of|at)\s+$", re.I)
_ORG_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|plc|executives|employees|staff|workers|shareholders|headquarters|"
                        r"chief executive|spokes(?:man|woman|person)|board|said it|says it|announced it|confirmed it)\b")
_NUMBER_AFTER = re.compile(r"\s+\d")
_LONE_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout)\s+$")


def _lone_word_cue(text: str, start: int, end: int) -> "str | None":
    """``org?`` or ``place?`` when the words around a lone capitalised word say a company or a
    place, else None."""
    if _ORG_AFTER.match(text, end, end + 40) or _ORG_BEFORE.search(text, max(0, start - 30), start):
        return "org?"
    if _LONE_PLACE_BEFORE.search(text, max(0, start - 12), start) and not _NUMBER_AFTER.match(text, end):
        return "place?"  # (not a numbered thing: "in Game 13", "in Room 4")
    return None


@lru_cache(maxsize=8192)
def _sequence_entities(seq: str, placed: bool, initial: bool) -> tuple[Entity, ...]:
    """The entities of one capitalised sequence (once per wording: names recur), given whether
    a place preposition comes before it and whether it opens a sentence."""
    if placed and not _known(seq) and seq.split()[0] not in TITLES:
        return (Entity("place", _strip_possessive(seq)),)
    found: list[Entity] = []
    for _known_name, chunk in _split_known(seq.split()):
        parts = [chunk]
        if "and" in chunk and chunk[-1].rstrip(".") not in ORG_SUFFIXES:
            parts, cur = [], []
            for w in chunk:
                if w == "and":
                    parts.append(cur)
                    cur = []
                else:
                    cur.append(w)
            parts.append(cur)
        for part in parts:
            if part:
                found.extend(_classify(part, initial))
            initial = False
    return tuple(found)


@lru_cache(maxsize=64)
def _by_surname(people: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The full names of ``people`` by their last word ("Gor" -> ("Sergio Gor",))."""
    out: dict[str, list[str]] = {}
    for n in people:
        if " " in n:
            out.setdefault(n.rsplit(" ", 1)[1], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def entities(text: str, context: str | None = None, people: frozenset[str] | None = None) -> tuple[Entity, ...]:
    """Return the people, places and organisations named in ``text``, sorted and unique.

    ``context`` (the whole article) lets a surname alone ("Gor") stand for the full name
    written elsewhere ("Sergio Gor").

    >>> [e.tag for e in entities("External affairs minister S Jaishankar spoke to Marco Rubio of the United States.")]
    ['person:Marco Rubio', 'person:S Jaishankar', 'place:United States']
    """
    found = set(_raw_entities(text))
    full = {e.name for e in found if e.kind == "person" and " " in e.name}
    if context is not None:
        full |= known_people(context)
    by_surname = _by_surname(people) if people else {}  # not a scan of every name per surname
    out: set[Entity] = set()
    for e in found:
        if e.kind in ("person", "person?", "org?", "place?") and " " not in e.name:
            longer = sorted({n for n in full if n.endswith(" " + e.name)}.union(by_surname.get(e.name, ())))
            if longer:
                out.add(Entity("person", longer[0]))
                continue
        if e.kind in ("org?", "place?"):
            out.add(Entity(e.kind[:-1], e.name))
        elif e.kind != "person?":
            out.add(e)
    return tuple(sorted(out, key=_entity_key))  # Entity's order, without its generated __lt__ per comparison


def _entity_key(e: Entity) -> tuple[str, str]:
    return e.kind, e.name


def tags(text: str, context: str | None = None, people: frozenset[str] | None = None) -> tuple[str, ...]:
    """Return ``kind:Name`` tags for ``text`` (see :func:`entities`)."""
    return tuple(e.tag for e in entities(text, context, people))
