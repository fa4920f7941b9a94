"""Table tests of titles from coordinated clauses (issue 4, fourth round): when a date's title
clause holds another date of the sentence joined by "and", "but", "while", ", and", "; " (or a
comma before a subordinator, ", after ..."), each date's title comes from its own conjunct, with
the shared subject when the second conjunct has none, and the other conjunct's date words never
appear in it (docs/events.md section 5).

Each row is the sentence, its date expression and the title :func:`make_title` makes for it, as
an extracted mention gets it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import _own_conjunct, _people, clause_bounds, make_title

ROWS = [
    # a coordinated clause with its own subject and verb
    ("Engineers closed the bridge in January 2024 and the council approved a repair plan in March 2024.",
     "January 2024", "Engineers closed the bridge"),
    ("Engineers closed the bridge in January 2024 and the council approved a repair plan in March 2024.",
     "March 2024", "Council approved a repair plan"),
    ("Work on the new deck began in September 2024 and the last beam was lifted into place in October 2025.",
     "October 2025", "Last beam was lifted into place"),
    ("Sales rose in March while costs fell in April.", "March", "Sales rose"),
    ("Sales rose in March while costs fell in April.", "April", "Costs fell"),
    ("The firm cut prices in May, and costs and wages fell in June.", "May", "The firm cut prices"),
    ("The firm cut prices in May, and costs and wages fell in June.", "June", "Costs and wages fell"),
    ("Police arrested two men on Tuesday and a third man was detained on Thursday.", "Thursday", "Third man was detained"),
    ("The ministry signed the deal in January and the first ships arrived three months later.", "January",
     "The ministry signed the deal"),
    ("Voters approved the plan in May and the works started in June and July.", "May", "Voters approved the plan"),
    # a shared subject: the second conjunct takes it (and its auxiliary when it is passive)
    ("The suspect was arrested in May and charged in June.", "May", "The suspect was arrested"),
    ("The suspect was arrested in May and charged in June.", "June", "The suspect was charged"),
    ("The shop opened in 2019 and closed last year.", "2019", "The shop opened"),
    ("The shop opened in 2019 and closed last year.", "last year", "The shop closed"),
    ("The mayor was elected in 2018 but lost her seat in 2022.", "2018", "The mayor was elected"),
    ("The mayor was elected in 2018 but lost her seat in 2022.", "2022", "The mayor lost her seat"),  # active: no "was"
    ("The portrait, by the painter Tomas Ruen, was painted in 1887 and bought by the museum in 1952.", "1952",
     "The portrait was bought by the museum"),
    ("The rise will be backdated to April 1 and paid from July.", "July", "The rise will be paid"),
    ("Menck, who has been on the tour since 2017 and won his first title in 2022, denies wrongdoing.", "2022",
     "Menck won his first title"),
    ("The talks began on Monday and ended on Friday.", "Friday", "The talks ended"),
    ("The club was founded in 1921 and renamed in 1950.", "1950", "The club was renamed"),
    # a present verb, or a bare verb under the first conjunct's modal, shares the subject too (with the modal)
    ("Voting opens on Monday and closes on October 3.", "Monday", "Voting opens"),
    ("Voting opens on Monday and closes on October 3.", "October 3", "Voting closes"),
    ("The inquiry will hold its first hearing on October 19 and report early next year.", "October 19",
     "The inquiry will hold its first hearing"),
    ("The inquiry will hold its first hearing on October 19 and report early next year.", "early next year",
     "The inquiry will report"),
    ("The company launched 60 satellites in March and plans a second batch in the autumn.", "the autumn",
     "The company plans a second batch"),
    ("The ward will stop admitting new patients from March 2 and close completely at the end of March.",
     "the end of March", "The ward will close completely"),
    ("A public consultation opened at the start of the month and closes on July 10; anyone can respond online.",
     "July 10", "A public consultation closes"),
    ("The firm cut prices in May and prices fell again in June.", "June", "Prices fell again"),  # a plural noun, no verb
    # a comma before a subordinator whose clause has its own date
    ("Port expansion will start in early 2027, after the environmental review finishes in December 2026.",
     "December 2026", "Environmental review finishes"),
    ("Port expansion will start in early 2027, after the environmental review finishes in December 2026.",
     "early 2027", "Port expansion will start"),
    ("The plant closed in 2019, after the owner went bankrupt in 2018.", "2018", "Owner went bankrupt"),
    # no coordinated clause with a date of its own: the title is as before
    ("Prices rose in 2023 and 2024.", "2024", "Prices rose in 2023"),  # one event, two dates
    ("Babies who missed a dose when clinics paused on Monday and Tuesday will be offered catch-up sessions from May 18.",
     "May 18", "Clinics paused on Monday and Tuesday will be offered catch-up sessions"),  # "and Tuesday": a date, no clause
    ("A jury on Friday found Karl Moss and Dean Orrin guilty of armed robbery over the November 2024 raid.", "Friday",
     "A jury found Karl Moss and Dean Orrin guilty of armed robbery"),  # "the November 2024 raid": a noun's attribute
    ("The council approved the plan in March and published it.", "March", "The council approved the plan"),  # no other date
]


@pytest.mark.parametrize(("sentence", "expr", "title"), ROWS, ids=[f"{r[1]}: {r[2]}" for r in ROWS])
def test_title_of_own_conjunct(sentence: str, expr: str, title: str) -> None:
    start = sentence.index(expr)
    end = start + len(expr)
    clause = clause_bounds(sentence, start, end)
    assert make_title(sentence, clause, (start, end), people=_people(sentence), source=(sentence, 0)) == title


@pytest.mark.parametrize(("sentence", "expr", "own"), [
    ("Engineers closed the bridge in January 2024 and the council approved a repair plan in March 2024.", "March 2024",
     ((48, 97), None)),
    ("Engineers closed the bridge in January 2024 and the council approved a repair plan in March 2024.", "January 2024",
     ((0, 43), None)),
    # the cut from the other conjunct's verb to the date's conjunct, and the auxiliary in its place ("" for an
    # active verb with its object)
    ("The portrait, by the painter Tomas Ruen, was painted in 1887 and bought by the museum in 1952.", "1952",
     ((39, 94), (41, 65, "was "))),
    ("The mayor was elected in 2018 but lost her seat in 2022.", "2022", ((0, 56), (10, 34, ""))),
    ("Prices rose in 2023 and 2024.", "2024", None),
])
def test_own_conjunct(sentence: str, expr: str, own: object) -> None:
    start = sentence.index(expr)
    end = start + len(expr)
    assert _own_conjunct(sentence, clause_bounds(sentence, start, end), (start, end)) == own


def test_extracted_titles_hold_no_other_date() -> None:
    """Through extraction: the scaffold's example sentences, each date titled by its own conjunct."""
    from timeline.model import Article
    from timeline.tag import tag

    body = ("Engineers closed the bridge in January 2024 and the council approved a repair plan in March 2024.\n\n"
            "Work on the new deck began in September 2024 and the last beam was lifted into place in October 2025.")
    article = Article(id="a", path="a.md", title="Bridge", body=body, published=dt.date(2026, 1, 20))
    from timeline.events import extract

    mentions, _ = extract(article, tag(body, article.published))
    assert [(m.expr, m.title) for m in mentions] == [
        ("January 2024", "Engineers closed the bridge"),
        ("March 2024", "Council approved a repair plan"),
        ("September 2024", "Work on the new deck began"),
        ("October 2025", "Last beam was lifted into place"),
    ]
