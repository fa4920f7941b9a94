"""Table tests of event titles: who did what, from the clause holding the date (issue 4).

Each row is a sentence, the date expression in it and the title :func:`make_title` makes from
the expression's clause (:func:`clause_bounds`), as an extracted mention gets it.
"""

from __future__ import annotations

import pytest

from timeline.events import _people, clause_bounds, make_title

TITLES = [
    # a bare speech verb takes what was said
    ("Norvik Motors admitted on Tuesday that its recall would cost more than planned.",
     "Tuesday", 'Norvik Motors admitted that its recall would cost more than planned'),
    ("The regional transport authority of the province of Kesh announced on Monday that fares would rise.",
     "Monday", 'The regional transport authority of the province of Kesh announced that fares would rise'),
    ("The mayor denied in March that she had met the developer.",
     "March", 'The mayor denied that she had met the developer'),
    # a verb with no subject of its own takes the sentence's, asides skipped
    ("Halden Power Corporation (HPC) announced on Friday that it would close two plants.",
     "Friday", 'Halden Power Corporation announced that it would close two plants'),
    ("Brightline Foods (BLF), a dairy group which has filed for insolvency, announced on Monday that a buyer was found.",
     "Monday", 'Brightline Foods announced that a buyer was found'),
    ("The airline's pilots' union, Cabin Crew United, denied in May that a strike had been called.",
     "May", "Cabin Crew United denied that a strike had been called"),
    # a relative clause takes its antecedent
    ("Mira Holt, the former director at the Kessel Museum of Art, who first met the collector in 2009, praised him.",
     "2009", 'Mira Holt first met the collector'),
    ("The last living member of the crew which first crossed the strait in 1961 has died.",
     "1961", 'Member of the crew first crossed the strait'),
    ("Only Tavria, still struggling after the flood that destroyed its harbour in 2019, has asked for aid.",
     "2019", 'Flood destroyed its harbour'),
    ("A Lisca man who was arrested for arson in June pleaded guilty on Thursday.",
     "June", 'A Lisca man was arrested for arson'),
    ("Qatar Airways has ordered five new jets which it will begin to fly in 2027 from Doha.",
     "2027", 'Qatar Airways will begin to fly from Doha'),
    # 'it' takes the nearest named subject
    ("Officials expect that Orion 7 will reach its orbit when it arrives on March 3 after a long cruise.",
     "March 3", 'Orion 7 arrives'),
    # a fronted date: the subject and its verb after the list or aside
    ("On Sunday, the finance ministers of the union -- that is, the countries that share the krona -- had agreed on a rescue fund for the banks.",
     "Sunday", 'Finance ministers of the union had agreed on a rescue fund for the banks'),
    ("At 09:00 GMT, the Bank of Tavria, the Bank of Lisca and the Central Bank of Orland jointly announced a cut in interest rates.",
     "09:00 GMT", 'Bank of Tavria and two others jointly announced a cut in interest rates'),
    ("In 2019, the first full year of the scheme, the agency approved 40 grants for farms.",
     "2019", "Agency approved 40 grants for farms"),
    ("In 2018, during talks on the new budget, the Lisca council, which runs the port, voted against the plan.",
     "2018", "Lisca council voted against the plan"),
    # no dangling preposition where the date was
    ("The final of the cup has been postponed until 18:00 on Sunday because of heavy rain.",
     "18:00 on Sunday", 'The final of the cup has been postponed'),
    ("The opening of the new terminal at Kessel airport will be delayed until May 2027.",
     "May 2027", 'The opening of the new terminal at Kessel airport will be delayed'),
    # a long clause is cut before a short phrase, not inside it
    ("Norrmark Telecom's mobile phone service in the southern region in June passed Orland Mobile to become the No. 1 network in the country.",
     "June", "Norrmark Telecom's mobile phone service in the southern region passed Orland Mobile"),
    ("Senator Anna Berg (L-KS) read them into the record during a speech last week against the now-abandoned plan to sell the port.",
     "last week", "Senator Anna Berg read them into the record during a speech"),
    # two verbs: the one of the date's clause, with the first one's subject
    ("Police arrested the driver and charged him with dangerous driving on Monday.",
     "Monday", 'Police charged him with dangerous driving'),
    ("The singer toured Asia in 2015 and took a long break in late 2018, fans said.",
     "late 2018", 'The singer took a long break'),
    ("The club was founded in 1921 and renamed in 1950.",
     "1950", 'The club was renamed'),
    # a participle adjective is no clause break
    ("Sales of the recently announced Vela tablet began on Tuesday, overwhelming the shops.",
     "Tuesday", 'Sales of the recently announced Vela tablet began'),
    ("The club's head coach, Anna Berg, denied on Friday that she would leave.",
     "Friday", "Anna Berg denied that she would leave"),
    # a descriptor before a name gives way to the name; a verb with a clause after it is no participle
    ("The Lisca-based dairy firm Brightline Foods announced on Monday that a buyer was found.",
     "Monday", "Brightline Foods announced that a buyer was found"),
    ("Mira Holt, the director of the Kessel Museum, announced in May that she would retire.",
     "May", "Mira Holt announced that she would retire"),
    ("The plan, announced in May, was dropped a year later.",
     "May", "The plan was announced"),
    # the month "May" is no verb; an "-ed" after a word ending in "a" is one
    ("In May 2024, prosecutors in Kesh issued an arrest warrant for the former minister.",
     "May 2024", "Prosecutors in Kesh issued an arrest warrant for the former minister"),
    ("In early May, the council of Lisca approved the budget.",
     "early May", "Council of Lisca approved the budget"),
    ("On Monday, markets across Asia resumed their slide.",
     "Monday", "Markets across Asia resumed their slide"),
    # a quote first, its attribution after: the speaker, then what was said
    ('"The offer is the most we can afford," Carla Ness said on Monday.',
     "Monday", "Carla Ness said: The offer is the most we can afford"),
    ('"We never had a deal with (Holt) about the land or the house," Davis told reporters on Thursday.',
     "Thursday", "Davis told reporters: We never had a deal with Holt about the land"),
    # the one told is no subject
    ("Mira Holt told reporters in August she would not run again.",
     "August", "Mira Holt told reporters she would not run again"),
    # a year inside a noun phrase with its own verb: the noun phrase's event
    ("The minister apologised on Monday for the 2019 flood that destroyed the harbour.",
     "2019", "Flood destroyed the harbour"),
    ("The union said the offer was a breach of the 2016 agreement reached with the board.",
     "2016", "Agreement reached with the board"),
    ("Voters punished the party for its 2021 budget cuts, analysts said.",
     "2021", "Voters punished the party for its budget cuts"),
    ("Sales rose for the 2024 model year, the maker said.",
     "2024", "Sales rose for the model year"),
    # one word over 14: a speech verb's "that" goes; no auxiliary ends a cut title
    ("The Karsby Water Board announced on Monday that all its customers in the north would pay less.",
     "Monday", "The Karsby Water Board announced all its customers in the north would pay less"),
    ("The Karsby Water Board announced on Monday that most of its customers in the northern district would pay less.",
     "Monday", "The Karsby Water Board announced that most of its customers in the northern district"),
    ("Kreel announced on Monday that she would reshuffle her cabinet next week, and that the defence minister would go.",
     "Monday", "Kreel announced that she would reshuffle her cabinet next week"),
    # kept as before
    ("The inquiry into the sinking, which opened in May, heard from the crew.",
     "May", "Inquiry into the sinking opened"),
    ("Helmer Consult, which inspected the bridge in September, has cooperated with the inquiry.",
     "September", "Helmer Consult inspected the bridge"),
    ("Nimbus recently announced on Monday that it would open a store in Lisca.",
     "Monday", "Nimbus recently announced that it would open a store in Lisca"),
    ("The index fell 2% on Monday and rebounded on Tuesday.",
     "Tuesday", "The index rebounded"),
    ("Stratos, founded in 2012, makes drones.",
     "2012", "Stratos was founded"),
    ("Ticket sales will open on March 1 (local time), the club said.",
     "March 1", "Ticket sales will open"),
]


@pytest.mark.parametrize(("sentence", "expr", "title"), TITLES, ids=[t[2] for t in TITLES])
def test_title(sentence: str, expr: str, title: str) -> None:
    start = sentence.index(expr)
    end = start + len(expr)
    clause = clause_bounds(sentence, start, end)
    assert make_title(sentence, clause, (start, end)) == title


PRONOUNS = [
    # one person named before in the paragraph: the pronoun takes the surname
    ("Governor Erik Vass spoke to reporters.", "He said on Tuesday that the bank would wait.", "Tuesday",
     "Vass said that the bank would wait"),
    # none in the paragraph, one in the article
    ("Hector Vane was a foreman.\n\nA new paragraph.", "He started work at the mine in 1990.", "1990",
     "Vane started work at the mine"),
    # two people named: the pronoun stays
    ("Anna Berg met Lars Nyberg.", "She resigned in March.", "March", "She resigned"),
    # a place is no person ("in Serra Alta"); the pronoun stays
    ("The suspect was taken to the court in Serra Alta.", "He appeared on August 1.", "August 1", "He appeared"),
    # the paragraph's person wins over the article's others
    ("Anna Berg spoke.\n\nCoach Lars Nyberg left.", "He joined a rival club in May.", "May",
     "Nyberg joined a rival club"),
]


@pytest.mark.parametrize(("before", "sentence", "expr", "title"), PRONOUNS, ids=[t[3] for t in PRONOUNS])
def test_pronoun_subject(before: str, sentence: str, expr: str, title: str) -> None:
    body = before + " " + sentence
    at = len(before) + 1
    start = sentence.index(expr)
    end = start + len(expr)
    clause = clause_bounds(sentence, start, end)
    assert make_title(sentence, clause, (start, end), people=_people(body), source=(body, at)) == title


@pytest.mark.parametrize("entry", [
    "May 10: Two ships collide in fog",
    "- May 10: Two ships collide in fog",
    "• May 10: Two ships collide in fog",
    "* May 10 - Two ships collide in fog",
    "- 10 May: Two ships collide in fog",
    "10 May 2026: Two ships collide in fog",
])
def test_a_chronology_entry_of_may_is_titled_without_its_date_or_mark(entry: str) -> None:
    """ "May" is a month here, not the verb: the entry's date is no clause of its own."""
    import datetime as dt

    from timeline.events import extract
    from timeline.model import Article
    from timeline.read import markdown_text
    from timeline.tag import tag

    body = markdown_text("The inquiry published its report on Tuesday.\n\nKey dates:\n\n" + entry + "\n")
    a = Article(id="k", path="k.md", title="Ferry report", body=body, published=dt.date(2026, 6, 5))
    mentions, _ = extract(a, tag(body, a.published))
    assert [(m.date.value, m.title) for m in mentions if m.expr in ("May 10", "10 May", "10 May 2026")] == [
        ("2026-05-10", "Two ships collide in fog")]
