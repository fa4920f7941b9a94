"""Entity tags (timeline/entities.py): one wording, classified by where it stands."""

from __future__ import annotations

import pytest

from timeline.entities import tags


def test_a_name_after_a_place_preposition_is_a_place_and_elsewhere_a_person() -> None:
    # The same words in three places, in one process: what is remembered per wording must keep
    # the place preposition and the sentence start apart.
    assert tags("Floods hit homes near Santa Rosa on Monday.") == ("place:Santa Rosa",)
    assert tags("Santa Rosa said the dam held.") == ("person:Santa Rosa",)
    assert tags("Officials met Santa Rosa in Lisbon. Rosa left.") == ("person:Santa Rosa", "place:Lisbon")


def test_a_lone_word_opening_a_sentence_needs_a_full_name() -> None:
    assert tags("Rosa spoke.") == ()
    assert tags("Gor met Rubio.", people=frozenset({"Sergio Gor"})) == ("person:Rubio", "person:Sergio Gor")


def test_gazetteer_names_and_people_in_one_sentence() -> None:
    assert tags("External affairs minister S Jaishankar spoke to Marco Rubio of the United States.") == (
        "person:Marco Rubio", "person:S Jaishankar", "place:United States")


def test_an_all_caps_dateline_is_the_place_it_names() -> None:
    """ "NEW DELHI:" is New Delhi, not the place Delhi and an organisation "NEW"."""
    from timeline.entities import tags

    assert tags("NEW DELHI: External affairs minister S Jaishankar spoke to Marco Rubio.") == (
        "person:Marco Rubio", "person:S Jaishankar", "place:New Delhi")
    assert tags("WASHINGTON: The US and NATO said so.") == ("org:NATO", "place:US", "place:Washington")


def test_a_name_ending_in_a_place_word_is_a_place() -> None:
    assert tags("Police closed Harbour Street on Monday.") == ("place:Harbour Street",)
    assert tags("Divers searched Kessvik Bay, Mount Arlen and the Ostvale Bridge.") == (
        "place:Kessvik Bay", "place:Mount Arlen", "place:Ostvale Bridge")
    assert tags("Marta Lindqvist spoke.") == ("person:Marta Lindqvist",)


def test_ships_are_no_people_and_branches_are_organisations() -> None:
    assert tags("The MV Ingrid struck the pier. HMS Astute sailed on Monday.") == ()
    assert tags("The Marine Accident Investigation Branch opened an inquiry.") == (
        "org:Marine Accident Investigation Branch",)



@pytest.mark.parametrize("text, expected", [
    # (seventeenth session) a lone word its sentence shows to be a company or a place
    ("Norcorp said it would cut 300 jobs.", ("org:Norcorp",)),
    ("Shares in Brekka fell after Halvern announced the deal.", ("org:Brekka", "person:Halvern")),
    ("Brekka shares fell 12%.", ("org:Brekka",)),
    ("Mayor Ilsa Varn met Pellcorp executives.", ("org:Pellcorp", "person:Ilsa Varn")),
    ("Flooding in Kestria killed two people.", ("place:Kestria",)),
    # no cue: as before (a lone word mid-sentence is a person; opening a sentence, it needs a full name)
    ("Talks between Kestria and Vardania resumed.", ("person:Kestria", "person:Vardania")),
    ("She won in Game 13 on Sunday.", ("person:Game",)),
])
def test_a_lone_word_is_a_company_or_a_place_by_the_words_around_it(text: str, expected: tuple[str, ...]) -> None:
    assert tags(text) == expected


def test_a_full_name_of_the_article_still_explains_a_lone_word_with_a_companys_cue() -> None:
    """"Varn said it was a good day" with Ilsa Varn named in the article: the person."""
    assert tags("Varn said it was a good day.", people=frozenset({"Ilsa Varn"})) == ("person:Ilsa Varn",)
