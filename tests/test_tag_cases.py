"""Table-driven tests of the temporal tagger: sentence + DCT -> exact expressions.

Each case lists every expression the tagger must find in the sentence, as
``(text, type, value)`` or ``(text, type, value, mod)``. The why column names the
convention the case pins down (see docs/tagger.md).
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.tag import tag

W = "2025-06-18"  # a Wednesday (ISO week 25)
T = "2026-01-13"  # a Tuesday (the seed article's DCT; ISO week 3)

Exp = tuple  # (text, type, value[, mod])

CASES: list[tuple[str, str, list[Exp], str]] = [
    # (twenty-first session) the awaited happening a state lasts until lies ahead, in a story of an old year too
    ("He was remanded in custody until a further hearing in January.", W, [("January", "DATE", "2026-01")],
     "until an awaited hearing: ahead"),
    ("In 1996 she vanished. He was remanded in custody until a further hearing in January.", W,
     [("1996", "DATE", "1996"), ("January", "DATE", "2026-01")], "until an awaited hearing: not the story's old year"),
    ("The hearing was held in January.", W, [("January", "DATE", "2025-01")], "a past hearing in a month: back"),
    # --- full dates in the common formats
    ("The deal was signed on Jan. 13, 2026.", W, [("Jan. 13, 2026", "DATE", "2026-01-13")], "AP month abbreviation"),
    ("The deal was signed on 13 January 2026.", W, [("13 January 2026", "DATE", "2026-01-13")], "day-month-year"),
    ("The deal was signed on 2026-01-13.", W, [("2026-01-13", "DATE", "2026-01-13")], "ISO date"),
    ("It happened on Tuesday, Sept. 16, 2025, in Paris.", W, [("Tuesday, Sept. 16, 2025", "DATE", "2025-09-16")], "weekday + date"),
    ("It happened on September 16th, 2025.", W, [("September 16th, 2025", "DATE", "2025-09-16")], "ordinal suffix"),
    ("It happened on the 16th of September 2025.", W, [("the 16th of September 2025", "DATE", "2025-09-16")], "the Nth of Month"),
    ("The filing is dated 09/16/2025.", W, [("09/16/2025", "DATE", "2025-09-16")], "slash: month first"),
    ('She said "In 1990 we won the cup".', W, [("1990", "DATE", "1990")], "a quotation opening with 'In <year>'"),
    ("Peter Aske, 71, fell at his home in Lintmoor on 6 January and broke his hip.", "2025-10-21",
     [("6 January", "DATE", "2025-01-06")], "a past verb, a place phrase, then the date: the last 6 January, not the next"),
    ("The company hoped to reopen the plant in the north on 6 January.", "2025-10-21",
     [("6 January", "DATE", "2026-01-06")], "an infinitive's date after a past verb: the nearest"),
    ("Hask launched the pilot in January.", "2025-10-15", [("January", "DATE", "2025-01")],
     "a past verb, its object, then the month: the last January, not the nearer next one"),
    ("Brimvale was fined 400,000 crowns in November for safety breaches.", "2027-09-15", [("November", "DATE", "2026-11")],
     "a past verb, an amount, then the month: the last November"),
    ("Brimvale was fined heavily in November.", "2027-09-15", [("November", "DATE", "2026-11")],
     "a past verb, an adverb, then the month: the last November"),
    ("The firm will pay 400 crowns in November.", "2027-09-15", [("November", "DATE", "2027-11")],
     "a future verb and an amount: the next November"),
    ("It was approved in May 2026, and construction started in September of that year.", "2027-11-17",
     [("May 2026", "DATE", "2026-05"), ("September of that year", "DATE", "2026-09")],
     "a month of the year just told, not the nearest such month"),
    ("He was born in 2001 and moved in March of the following year.", "2027-11-17",
     [("2001", "DATE", "2001"), ("March of the following year", "DATE", "2002-03")], "a month of the year after the one told"),
    ("Judge Vanstone-Iles set a trial date of 13 September.", "2027-01-20", [("13 September", "DATE", "2027-09-13")],
     "a trial date fixed: ahead"),
    ("The court heard that the date of 13 September was missed.", "2027-01-20", [("13 September", "DATE", "2026-09-13")],
     "'the date of' alone fixes nothing: the tense decides"),
    ("Ambrecht will be consecrated at Ardmoor Minster in March and installed at Calvergate Cathedral on April 26.",
     "2025-02-04", [("March", "DATE", "2025-03"), ("April 26", "DATE", "2025-04-26")],
     "a past-looking participle under a future further back in its sentence: ahead"),
    ("Our petition, signed by 21,400 people, was handed to the city council on February 12.", "2026-11-20",
     [("February 12", "DATE", "2026-02-12")], "a past verb, 'to' and its object, then the day: the last February 12"),
    ("The hearing was postponed to the autumn session in March.", "2026-01-20", [("March", "DATE", "2026-03")],
     "a forward verb before 'to' and its object: the nearest March"),
    ("The company hoped to reopen the plant on June 1.", "2026-02-20", [("June 1", "DATE", "2026-06-01")],
     "an infinitive's 'to' is no preposition: the nearest June 1"),
    ("Midnight Mass will be celebrated on December 24.", "2026-02-16", [("December 24", "DATE", "2026-12-24")],
     "'Midnight Mass' is a name, no time of day"),
    ("The work follows the High Court judgment of 8 March.", "2024-11-08", [("8 March", "DATE", "2024-03-08")],
     "a paper issued 'of' its date is done: the last 8 March"),
    ("The government has promised a research strategy in January.", "2025-10-15", [("January", "DATE", "2026-01")],
     "a promise's object happens later: the nearest January"),
    ("Kestrel confirmed that Carrow will generate for the last time on September 30.", "2026-04-09",
     [("September 30", "DATE", "2026-09-30")], "'the last time' tells no tense: the future decides"),
    ("In 2019, 2020 and 2021 the fund grew.", W, [("2019", "DATE", "2019"), ("2020", "DATE", "2020"), ("2021", "DATE", "2021")],
     "a comma list of years (no label before it)"),
    ("The filing is dated 16/09/2025.", W, [("16/09/2025", "DATE", "2025-09-16")], "slash: day first when first > 12"),
    ("The filing is dated 16.09.2025.", W, [("16.09.2025", "DATE", "2025-09-16")], "dots: day first"),
    ("The filing is dated 03-02-2009.", W, [("03-02-2009", "DATE", "2009-02-03")], "dashes: day first"),
    ("The filing is dated 2025/09/16.", W, [("2025/09/16", "DATE", "2025-09-16")], "year first with slashes"),
    ("The memo was dated 7/8/07.", W, [("7/8/07", "DATE", "2007-07-08")], "two-digit year"),
    ("The record was set on June 13 , 2005 .", W, [("June 13 , 2005", "DATE", "2005-06-13")], "tokenised comma"),
    ("Markets closed at 2025-06-17T16:30 local time.", W, [("2025-06-17T16:30", "TIME", "2025-06-17T16:30")], "ISO date-time"),
    # --- months, years, without a day
    ("The deal closed in May 2025.", W, [("May 2025", "DATE", "2025-05")], "a month, not 1 May"),
    ("The May 2025 clashes left 40 dead.", W, [("May 2025", "DATE", "2025-05")], "month-year as modifier"),
    ("It was approved in January of 2024.", W, [("January of 2024", "DATE", "2024-01")], "month of year"),
    ("It was founded in 1998.", W, [("1998", "DATE", "1998")], "bare year"),
    ("A 2010 commando raid killed nine.", W, [("2010", "DATE", "2010")], "year as a modifier"),
    ("The talks began in March.", W, [("March", "DATE", "2025-03")], "month without year, past"),
    ("The talks will resume in September.", W, [("September", "DATE", "2025-09")], "month without year, future"),
    ("The vote was held in December.", T, [("December", "DATE", "2025-12")], "previous December from January"),
    ("Elections are due in March.", T, [("March", "DATE", "2026-03")], "nearest March ahead"),
    ("He resigned last May.", W, [("last May", "DATE", "2025-05")], "last + month: the most recent May"),
    ("He resigned last February.", W, [("last February", "DATE", "2025-02")], "last + month earlier this year"),
    ("The plan starts next January.", W, [("next January", "DATE", "2026-01")], "next + month"),
    ("Between March and September 2025 prices rose.", W,
     [("March", "DATE", "2025-03"), ("September 2025", "DATE", "2025-09")], "range: year shared"),
    ("The festival runs June 3-5.", W, [("June 3", "DATE", "2025-06-03"), ("5", "DATE", "2025-06-05")], "day range, pieces"),
    ("The festival runs from June 3 to 5, 2026.", W,
     [("June 3", "DATE", "2026-06-03"), ("5, 2026", "DATE", "2026-06-05")], "day range with year"),
    ("The summit is on 1-10 February 2026.", W,
     [("1", "DATE", "2026-02-01"), ("10 February 2026", "DATE", "2026-02-10")], "day-first range"),
    ("The 2009-2010 pandemic was severe.", W, [("2009", "DATE", "2009"), ("2010", "DATE", "2010")], "year range"),
    ("The expedition of 1957-58 crossed Antarctica.", W, [("1957", "DATE", "1957"), ("58", "DATE", "1958")], "short year range"),
    # --- seasons, quarters, halves, weeks, decades, centuries, fiscal years
    ("Sales rose in the second quarter of 2024.", W, [("the second quarter of 2024", "DATE", "2024-Q2")], "quarter of year"),
    ("Third-quarter profit fell.", "2025-10-20", [("Third-quarter", "DATE", "2025-Q3")], "adjectival quarter"),
    ("Third-quarter profit fell.", W, [("Third-quarter", "DATE", "2024-Q3")], "a past quarter not yet reached this year"),
    ("Profit fell in Q1 2025.", W, [("Q1 2025", "DATE", "2025-Q1")], "Q notation"),
    ("Profit fell in the first quarter.", W, [("the first quarter", "DATE", "2025-Q1")], "quarter without year"),
    ("Profit fell in the 1988 second quarter.", W, [("the 1988 second quarter", "DATE", "1988-Q2")], "year before quarter"),
    ("Growth slowed in the first half of 2025.", W, [("the first half of 2025", "DATE", "2025-H1")], "half year"),
    ("Revenue grew in H2 2024.", W, [("H2 2024", "DATE", "2024-H2")], "H notation"),
    ("Output is due in 2025-W30.", W, [("2025-W30", "DATE", "2025-W30")], "ISO week"),
    ("It peaked in the summer of 2024.", W, [("the summer of 2024", "DATE", "2024-SU")], "season of year"),
    ("It peaked in winter 2023.", W, [("winter 2023", "DATE", "2023-WI")], "season year"),
    ("Prices fell last summer.", W, [("last summer", "DATE", "2024-SU")], "last summer during summer"),
    ("Prices fell last winter.", W, [("last winter", "DATE", "2024-WI")], "last winter"),
    ("Talks resume this fall.", W, [("this fall", "DATE", "2025-FA")], "this fall"),
    ("Music of the 1990s returned.", W, [("1990s", "DATE", "199")], "decade"),
    ("Music of the early 1990s returned.", W, [("early 1990s", "DATE", "199", "START")], "early decade"),
    ("Cars of the '80s were boxy.", W, [("'80s", "DATE", "198")], "apostrophe decade"),
    ("Cars of the 70s and 80s were boxy.", W, [("70s", "DATE", "197"), ("80s", "DATE", "198")], "bare decades after 'the'"),
    ("It shaped the 20th century.", W, [("20th century", "DATE", "19")], "century"),
    ("It was an eighteenth-century house.", W, [("eighteenth-century", "DATE", "17")], "century in words"),
    ("Sales rose in fiscal 2024.", W, [("fiscal 2024", "DATE", "FY2024")], "fiscal year kept distinct"),
    ("Sales rose in FY2024.", W, [("FY2024", "DATE", "FY2024")], "FY notation"),
    ("Cuts are planned this fiscal year.", W, [("this fiscal year", "DATE", "FY2025")], "relative fiscal year"),
    # --- modifiers: the value is the containing unit
    ("Tariffs took effect in mid-2025.", W, [("mid-2025", "DATE", "2025", "MID")], "MID modifier"),
    ("Tariffs took effect in late 2023.", W, [("late 2023", "DATE", "2023", "END")], "END modifier"),
    ("Tariffs took effect early last year.", W, [("early last year", "DATE", "2024", "START")], "START on relative year"),
    ("Talks ended at the end of January.", T, [("the end of January", "DATE", "2026-01", "END")], "end of month"),
    ("Talks resume at the beginning of March 2026.", W, [("the beginning of March 2026", "DATE", "2026-03", "START")], "beginning of"),
    ("The plant opens in mid-July.", W, [("mid-July", "DATE", "2025-07", "MID")], "mid-month"),
    ("Prices rose earlier this month.", W, [("earlier this month", "DATE", "2025-06", "START")], "earlier this month"),
    ("Prices will rise later this year.", W, [("later this year", "DATE", "2025", "END")], "later this year"),
    ("The budget is due by the end of the year.", W, [("the end of the year", "DATE", "2025", "END")], "the end of the year"),
    ("The agency lost a satellite in 2024. Its successor will be retired by the end of the year.", W,
     [("2024", "DATE", "2024"), ("the end of the year", "DATE", "2025", "END")],
     "a plan's 'the year' is the publication year, not the earlier year just named"),
    ("It will be the second strike this year, after a one-day stoppage in February.", "2025-10-20",
     [("this year", "DATE", "2025"), ("one-day", "DURATION", "P1D"), ("February", "DATE", "2025-02")],
     "a month after 'this year' in its sentence is of the publication year, whatever the tense"),
    ("Organisers said that Sunday's race will go ahead.", W, [("Sunday", "DATE", "2025-06-22")],
     "a possessive weekday takes the tense of the clause it heads, not of 'said'"),
    ("Officials said Sunday's race was a success.", W, [("Sunday", "DATE", "2025-06-15")],
     "a possessive weekday in a past clause: the last one"),
    ("Two men were arrested in March.", W, [("March", "DATE", "2025-03")], "past verb right before: not a later month"),
    ("Two men were arrested in September.", W, [("September", "DATE", "2024-09")],
     "a month's own verb in the past: the last September, even though the next is nearer"),
    ("The ship sank on September 5.", W, [("September 5", "DATE", "2024-09-05")], "irregular past verb before the date"),
    ("Police said the men had been arrested in September.", W, [("September", "DATE", "2024-09")], "pluperfect passive"),
    ("The men will be arrested in September.", W, [("September", "DATE", "2025-09")], "a future auxiliary: ahead"),
    ("Talks resume in September.", W, [("September", "DATE", "2025-09")], "no past verb: the nearest"),
    ("Flu cases rose in 2024 and peaked by the end of the year.", W,
     [("2024", "DATE", "2024"), ("the end of the year", "DATE", "2024", "END")],
     "a past 'the end of the year' is the year just named"),
    ("Prices rose late last week.", W, [("late last week", "DATE", "2025-W24", "END")], "late last week"),
    # --- deictic and relative to the DCT
    ("The minister resigned yesterday.", W, [("yesterday", "DATE", "2025-06-17")], "yesterday"),
    ("The minister resigns today.", W, [("today", "DATE", "2025-06-18")], "today"),
    ("The minister resigns tomorrow.", W, [("tomorrow", "DATE", "2025-06-19")], "tomorrow"),
    ("The minister speaks tonight.", W, [("tonight", "TIME", "2025-06-18TNI")], "tonight"),
    ("He said: Tonight we vote.", W, [("Tonight", "TIME", "2025-06-18TNI")], "a capital Tonight after a colon is the day"),
    ("## Council Votes Tonight\nThe council met.", W, [("Tonight", "TIME", "2025-06-18TNI")], "a heading in title case"),
    ("The minister spoke this morning.", W, [("this morning", "TIME", "2025-06-18TMO")], "this morning"),
    ("The minister spoke last night.", W, [("last night", "TIME", "2025-06-17TNI")], "last night"),
    ("The minister spoke yesterday afternoon.", W, [("yesterday afternoon", "TIME", "2025-06-17TAF")], "yesterday afternoon"),
    ("He left three years ago.", W, [("three years ago", "DATE", "2022")], "years ago"),
    ("He left two weeks ago.", W, [("two weeks ago", "DATE", "2025-W23")], "weeks ago"),
    ("He left 10 days ago.", W, [("10 days ago", "DATE", "2025-06-08")], "days ago"),
    ("He left five months ago.", W, [("five months ago", "DATE", "2025-01")], "months ago"),
    ("He left a few years ago.", W, [("a few years ago", "DATE", "PAST_REF")], "vague ago"),
    ("Lutnick said last week that a pact failed.", T, [("last week", "DATE", "2026-W02")], "last week"),
    ("Inflation fell this week.", W, [("this week", "DATE", "2025-W25")], "this week"),
    ("Talks resume next week.", W, [("next week", "DATE", "2025-W26")], "next week"),
    ("They meet next month.", T, [("next month", "DATE", "2026-02")], "next month"),
    ("Prices fell last month.", W, [("last month", "DATE", "2025-05")], "last month"),
    ("Prices fell last year.", W, [("last year", "DATE", "2024")], "last year"),
    ("Prices will fall next year.", W, [("next year", "DATE", "2026")], "next year"),
    ("Prices fell this year.", W, [("this year", "DATE", "2025")], "this year"),
    ("Profit fell last quarter.", W, [("last quarter", "DATE", "2025-Q1")], "last quarter"),
    ("Sales fell in January this year.", W, [("January this year", "DATE", "2025-01")], "month + this year"),
    ("Sales fell in June last year.", W, [("June last year", "DATE", "2024-06")], "month + last year"),
    ("Dealers whose franchises end after October of next year were told.", W,
     [("October of next year", "DATE", "2026-10")], "month of next year"),
    ("The index is near its record now.", W, [("now", "DATE", "PRESENT_REF")], "now"),
    ("The index is currently near its record.", W, [("currently", "DATE", "PRESENT_REF")], "currently"),
    ("Officials recently approved it.", W, [("recently", "DATE", "PAST_REF")], "recently"),
    ("It may change in the future.", W, [("the future", "DATE", "FUTURE_REF")], "the future"),
    # --- weekdays: tense decides which one
    ("The ambassador arrived on Monday.", "2025-07-09", [("Monday", "DATE", "2025-07-07")], "past: previous Monday"),
    ("Talks will resume on Monday.", "2025-07-09", [("Monday", "DATE", "2025-07-14")], "future: next Monday"),
    ("The minister resigned on Tuesday.", W, [("Tuesday", "DATE", "2025-06-17")], "past Tuesday"),
    ("The minister resigned on Wednesday.", W, [("Wednesday", "DATE", "2025-06-18")], "the DCT itself"),
    ("The minister will resign on Wednesday.", W, [("Wednesday", "DATE", "2025-06-18")], "the DCT itself, future"),
    ("The minister will travel on Friday.", W, [("Friday", "DATE", "2025-06-20")], "future Friday"),
    ("The minister travelled on Friday.", W, [("Friday", "DATE", "2025-06-13")], "past Friday"),
    ("Rovers, second in the table, travel to Dunmere on Friday.", W, [("Friday", "DATE", "2025-06-20")], "present fixture: ahead"),
    ("Board members meet ministry officials on Monday.", W, [("Monday", "DATE", "2025-06-23")], "present meeting: ahead"),
    ("The committee met ministry officials on Monday.", W, [("Monday", "DATE", "2025-06-16")], "past meeting: behind"),
    ("The fund's assets rose sharply on Monday, officials said.", W, [("Monday", "DATE", "2025-06-16")], "no schedule verb: past"),
    ("He said the call would occur on Thursday.", W, [("Thursday", "DATE", "2025-06-19")], "reported future"),
    ("The vote is scheduled for Saturday.", W, [("Saturday", "DATE", "2025-06-21")], "scheduled: future"),
    ("The vote is expected to take place on Sunday.", W, [("Sunday", "DATE", "2025-06-22")], "expected to: future"),
    ("He met the envoy last Friday.", W, [("last Friday", "DATE", "2025-06-13")], "last Friday"),
    ("He meets the envoy next Thursday.", W, [("next Thursday", "DATE", "2025-06-26")], "next Thursday: following week"),
    # "next <weekday>" three days ahead or more: the coming one ("next Saturday" written on a Monday)
    ("The gala is planned for next Saturday.", "2027-03-08", [("next Saturday", "DATE", "2027-03-13")], "next Saturday on a Monday: the coming one"),
    ("A meeting is set for next Thursday.", "2026-06-22", [("next Thursday", "DATE", "2026-06-25")], "next Thursday on a Monday: three days ahead"),
    ("A meeting is set for next Tuesday.", "2027-03-08", [("next Tuesday", "DATE", "2027-03-16")], "next Tuesday on a Monday: a week tomorrow"),
    ("A meeting is set for next Monday.", "2027-03-08", [("next Monday", "DATE", "2027-03-15")], "next Monday on a Monday: a week ahead"),
    ("He meets the envoy this Friday.", W, [("this Friday", "DATE", "2025-06-20")], "this Friday: this week"),
    ("The rally was held on Sunday night.", W, [("Sunday night", "TIME", "2025-06-15TNI")], "weekday + part of day"),
    ("Markets stay closed until Friday.", W, [("Friday", "DATE", "2025-06-20")], "until: ahead"),
    ("They work from Monday to Friday next week.", W,
     [("Monday", "DATE", "2025-06-23"), ("Friday next week", "DATE", "2025-06-27")], "weekday range next week"),
    ("Tuesdays are quiet.", W, [("Tuesdays", "SET", "XXXX-WXX-2")], "plural weekday: a set"),
    ("Stocks fell on Black Monday.", W, [("Black Monday", "DATE", "XXXX-XX-XX")], "named day, not a weekday"),
    # --- times of day
    ("The blast happened at 5 p.m. on Sunday.", W, [("5 p.m. on Sunday", "TIME", "2025-06-15T17:00")], "time + day"),
    ("The blast happened at 9:30 a.m. yesterday.", W, [("9:30 a.m. yesterday", "TIME", "2025-06-17T09:30")], "time + yesterday"),
    ("The match was postponed until 15:00 GMT Saturday.", W,
     [("15:00 GMT Saturday", "TIME", "2025-06-21T15:00")], "24h time with zone + day"),
    ("The market opened at 0800 UTC.", W, [("0800 UTC", "TIME", "2025-06-18T08:00")], "military time"),
    ("They met at noon.", W, [("noon", "TIME", "2025-06-18T12:00")], "noon"),
    ("Polls close at 8 PM.", W, [("8 PM", "TIME", "2025-06-18T20:00")], "upper-case PM"),
    ("The deal was signed on Jan. 13 at 9 a.m.", T, [("Jan. 13 at 9 a.m.", "TIME", "2026-01-13T09:00")], "date + at + time"),
    # --- durations are not dates
    ("Relations have been strained for about two decades.", T,
     [("about two decades", "DURATION", "P20Y", "APPROX")], "approximate duration"),
    ("The war lasted four years.", W, [("four years", "DURATION", "P4Y")], "duration"),
    ("The talks lasted 24 hours.", W, [("24 hours", "DURATION", "PT24H")], "hours"),
    ("It took several months.", W, [("several months", "DURATION", "PXM")], "vague duration"),
    ("An intense four-day conflict broke out.", W, [("four-day", "DURATION", "P4D")], "adjectival duration"),
    ("It was the first such deal in two years.", W, [("two years", "DURATION", "P2Y")], "in + amount, past clause"),
    ("Rates rose over the past two years.", W, [("the past two years", "DURATION", "P2Y")], "the past N years"),
    ("He has led for nearly seven years.", W, [("nearly seven years", "DURATION", "P7Y", "LESS_THAN")], "nearly"),
    ("He has led for more than a decade.", W, [("more than a decade", "DURATION", "P10Y", "MORE_THAN")], "more than"),
    ("It was a 52-week high.", W, [("52-week", "DURATION", "P52W")], "52-week"),
    ("It has been years since the war.", W, [], "bare 'years' after 'been' is not tagged"),
    ("They fought for years.", W, [("years", "DURATION", "PXY")], "for years"),
    # --- sets
    ("The ferry sails daily.", W, [("daily", "SET", "P1D")], "daily"),
    ("The board meets every Monday.", W, [("every Monday", "SET", "XXXX-WXX-1")], "every weekday"),
    ("The association has met every Tuesday evening since the vote.", W,
     [("every Tuesday evening", "SET", "XXXX-WXX-2TEV")], "every weekday at a part of the day: one set, not Tuesday evening"),
    ("The board meets every month.", W, [("every month", "SET", "P1M")], "every month"),
    ("Members pay $500 a year.", W, [("a year", "SET", "P1Y")], "rate: a year"),
    ("The report is published annually.", W, [("annually", "SET", "P1Y")], "annually"),
    # --- event-relative expressions
    ("The call came a day after Gor announced the talks.", T,
     [("a day after", "DURATION", "P1D")], "event-relative: referent follows"),
    ("Rebels attacked on March 3, 2025. Two days later, they withdrew.", W,
     [("March 3, 2025", "DATE", "2025-03-03"), ("Two days later", "DATE", "2025-03-05")], "N days later from the reference"),
    ("The treaty was signed on May 8, 2025. The previous day, talks had stalled.", W,
     [("May 8, 2025", "DATE", "2025-05-08"), ("The previous day", "DATE", "2025-05-07")], "the previous day"),
    ("The treaty was signed on May 8, 2025. The next day, troops left.", W,
     [("May 8, 2025", "DATE", "2025-05-08"), ("The next day", "DATE", "2025-05-09")], "the next day"),
    ("The treaty was signed on May 8, 2025. The following week, troops left.", W,
     [("May 8, 2025", "DATE", "2025-05-08"), ("The following week", "DATE", "2025-W20")], "the following week"),
    ("He was elected in 2019. Later that year, he resigned.", W,
     [("2019", "DATE", "2019"), ("Later that year", "DATE", "2019")], "later that year"),
    ("Profit was $5 million, up from $4 million a year earlier.", W, [("a year earlier", "DATE", "2024")], "a year earlier"),
    ("Sales rose 43% in February compared to the same period last year.", "2010-03-03",
     [("February", "DATE", "2010-02"), ("the same period last year", "DATE", "2009-02")], "same period last year"),
    ("He wrote to his son the day before the son reported him missing.", W,
     [("the day", "DATE", "XXXX-XX-XX")], "the day before + clause"),
    # --- holidays
    ("Shops will close on Christmas Day.", W, [("Christmas Day", "DATE", "2025-12-25")], "Christmas"),
    ("The parade was held on Thanksgiving 2024.", W, [("Thanksgiving 2024", "DATE", "2024-11-28")], "Thanksgiving"),
    ("Churches were full on Easter Sunday 2025.", W, [("Easter Sunday 2025", "DATE", "2025-04-20")], "Easter"),
    # --- more news shapes
    ("The attack happened on the night of June 5.", W, [("the night of June 5", "TIME", "2025-06-05TNI")], "night of a date"),
    ("The new law takes effect on Friday.", W, [("Friday", "DATE", "2025-06-20")], "present schedule verb: ahead"),
    ("The offer expires at midnight Friday.", W, [("midnight Friday", "TIME", "2025-06-20T24:00")], "midnight + weekday"),
    ("The shares are payable Dec. 15 to holders of record.", "1989-11-02", [("Dec. 15", "DATE", "1989-12-15")],
     "nearest December 15 ahead"),
    ("The thrift announced the plan Aug. 21.", "1989-10-27", [("Aug. 21", "DATE", "1989-08-21")], "nearest Aug. 21 back"),
    ("Trading is to resume in Paris on Tuesday.", W, [("Tuesday", "DATE", "2025-06-24")], "is to: ahead"),
    ("The offer had been due to expire Friday evening.", W, [("Friday evening", "TIME", "2025-06-13TEV")], "had been due: past"),
    ("The festival opens in early August.", W, [("early August", "DATE", "2025-08", "START")], "early + month"),
    ("Unemployment rose in late 2024 and early 2025.", W,
     [("late 2024", "DATE", "2024", "END"), ("early 2025", "DATE", "2025", "START")], "two modified years"),
    ("The plant closed in the middle of October.", T, [("the middle of October", "DATE", "2025-10", "MID")], "middle of"),
    ("Results for the fourth quarter of 2025 are due.", T, [("the fourth quarter of 2025", "DATE", "2025-Q4")], "quarter"),
    ("Sales in the last half of 2024 fell.", W, [("the last half of 2024", "DATE", "2024-H2")], "last half"),
    ("The second half alone justified the merger.", W, [], "a bare half as a subject: a concert's, no period"),
    ("Profit rose 38% for the first half to 5 million.", W, [("the first half", "DATE", "2025-H1")], "for the first half"),
    ("Sales fell in the second half.", W, [("the second half", "DATE", "2024-H2")], "in the second half: the last one"),
    ("The festival will be held on 7 August.", "2026-04-15", [("7 August", "DATE", "2026-08-07")],
     "an irregular participle after 'be' is no past"),
    ("The opening has been pushed back to March.", "2025-11-24", [("March", "DATE", "2026-03")], "a moved date lies ahead"),
    ("Radiocarbon results date the burial to about 1900 BC.", W, [], "a year before Christ is no calendar year here"),
    ("Many came in the last week of the school holidays.", W, [], "the last week of a named span: no deictic week"),
    ("Schools in the eastern districts reopen on Monday.", "2025-05-16", [("Monday", "DATE", "2025-05-19")],
     "a present-tense schedule: reopen"),
    ("Postal ballots go out on Monday.", "2026-02-27", [("Monday", "DATE", "2026-03-02")], "a present-tense schedule: go out"),
    ("The schools did not reopen on Monday.", "2025-05-16", [("Monday", "DATE", "2025-05-12")], "did not reopen: past"),
    ("Morrisk voters choose a new regional assembly on Sunday.", "2026-09-14", [("Sunday", "DATE", "2026-09-20")],
     "a present-tense schedule: choose"),
    ("The only televised debate is on Tuesday.", "2026-09-14", [("Tuesday", "DATE", "2026-09-15")], "'is on' a day: ahead"),
    ("The debate was on Tuesday.", "2026-09-14", [("Tuesday", "DATE", "2026-09-08")], "'was on' a day: back"),
    ("His hearing before the panel is now fixed for the 22nd.", "2026-05-25", [("now", "DATE", "PRESENT_REF"), ("the 22nd", "DATE", "2026-06-22")],
     "'fixed for' a day: ahead"),
    ("A public meeting is being held at the town hall on Wednesday evening.", "2025-03-07",
     [("Wednesday evening", "TIME", "2025-03-12TEV")], "'is being held': an arrangement, ahead"),
    ("The meeting was being held on Wednesday.", "2025-03-07", [("Wednesday", "DATE", "2025-03-05")], "'was being held': back"),
    ("Garden waste collections restart from Monday.", "2025-07-30", [("Monday", "DATE", "2025-08-04")], "a present 'restart'"),
    ("He has been in prison since May.", "2025-03-07", [("May", "DATE", "2024-05")], "'since' a month: before now"),
    ("Creditors were told at Tuesday's hearing that they may recover less than a third.", "2026-03-25",
     [("Tuesday", "DATE", "2026-03-24")], "a possessive after 'at': the verb before governs"),
    ("On Tuesday the cabinet chose new bearings. Tuesday's decision also leaves the diversion in place.", "2026-05-14",
     [("Tuesday", "DATE", "2026-05-12"), ("Tuesday", "DATE", "2026-05-12")], "a possessive weekday names the past day just told"),
    ("Staff found the breach on Saturday. Saturday's home game will go ahead.", "2026-10-13",
     [("Saturday", "DATE", "2026-10-10"), ("Saturday", "DATE", "2026-10-17")], "a possessive with 'will': ahead"),
    ("The festival, which runs from July 16 to 19, sold out.", "2026-02-12",
     [("July 16", "DATE", "2026-07-16"), ("19", "DATE", "2026-07-19")], "a relative clause's present 'runs': ahead"),
    ("The race is on the second Sunday of September.", "2026-01-13", [("the second Sunday of September", "DATE", "2026-09-13")],
     "'is on' a day of a month: the next one"),
    ("Prices fell in the three months to March.", W, [("three months", "DURATION", "P3M"), ("March", "DATE", "2025-03")],
     "duration then month"),
    ("He served 18 months in prison.", W, [("18 months", "DURATION", "P18M")], "months"),
    ("The ceasefire held for a fortnight.", W, [("a fortnight", "DURATION", "P2W")], "fortnight"),
    ("Voting lasted 12 hours.", W, [("12 hours", "DURATION", "PT12H")], "hours"),
    ("He waited 30 minutes.", W, [("30 minutes", "DURATION", "PT30M")], "minutes"),
    ("Talks took a couple of weeks.", W, [("a couple of weeks", "DURATION", "P2W", "APPROX")], "a couple of"),
    ("The firm reports quarterly.", W, [("quarterly", "SET", "P3M")], "quarterly"),
    ("Trains run twice a day.", W, [("twice a day", "SET", "P1D")], "twice a day"),
    ("The council meets each year.", W, [("each year", "SET", "P1Y")], "each year"),
    ("He died in 1987, aged 80.", W, [("1987", "DATE", "1987")], "age is not a date"),
    ("In 2019 the plant was sold.", W, [("2019", "DATE", "2019")], "sentence-initial year"),
    ("Since 2001, prices have doubled.", W, [("2001", "DATE", "2001")], "since + year"),
    ("The law dates from the 19th century.", W, [("19th century", "DATE", "18")], "19th century"),
    ("They met over the weekend.", W, [("the weekend", "DATE", "2025-06-14/2025-06-15")], "over the weekend: the last one"),
    ("They met last weekend.", W, [("last weekend", "DATE", "2025-06-14/2025-06-15")], "last weekend: a range"),
    ("The summit is this weekend.", W, [("this weekend", "DATE", "2025-06-21/2025-06-22")], "this weekend"),
    ("The bill passed on 4 July 2025.", W, [("4 July 2025", "DATE", "2025-07-04")], "day month year"),
    ("The bill passed on July 4th.", W, [("July 4th", "DATE", "2024-07-04")],
     "month day ordinal; its own verb is past: the last July 4th, not the nearer one ahead"),
    ("The bill passes on July 4th.", W, [("July 4th", "DATE", "2025-07-04")], "month day ordinal, nearest"),
    ("The bill passed on Friday, July 4.", W, [("Friday, July 4", "DATE", "2025-07-04")], "weekday, month day"),
    ("The report, dated Sept. 30, was released.", "2025-10-20", [("Sept. 30", "DATE", "2025-09-30")], "Sept."),
    ("A vote is set for Nov. 4.", "2025-10-20", [("Nov. 4", "DATE", "2025-11-04")], "Nov. ahead"),
    ("The index hit a record in the 1980s.", W, [("1980s", "DATE", "198")], "decade"),
    ("Exports rose in the spring.", W, [("the spring", "DATE", "2025-SP")], "the spring"),
    ("Exports rose in spring 2024.", W, [("spring 2024", "DATE", "2024-SP")], "spring year"),
    ("The company was founded in 1998. Two years later it went public.", W,
     [("1998", "DATE", "1998"), ("Two years later", "DATE", "2000")], "years later from the reference"),
    ("Officials said on Monday that the talks would resume on Thursday.", W,
     [("Monday", "DATE", "2025-06-16"), ("Thursday", "DATE", "2025-06-19")], "said Monday, would resume Thursday"),
    ("Tomorrow morning the polls open.", W, [("Tomorrow morning", "TIME", "2025-06-19TMO")], "tomorrow morning"),
    ("Stocks fell 3% on Wednesday afternoon.", W, [("Wednesday afternoon", "TIME", "2025-06-18TAF")], "weekday afternoon"),
    ("It happened on Thursday, November 7.", "2025-11-19", [("Thursday, November 7", "DATE", "2024-11-07")],
     "the weekday picks the year"),
    ("On 12/09/2025: the commission ruled.", W, [("12/09/2025", "DATE", "2025-12-09")], "numeric date before a colon"),
    ("The convoy arrived on 13 May, organisers said.", W, [("13 May", "DATE", "2025-05-13")], "day + May"),
    ("Profit rose in the third quarter. Sales in the quarter fell, against the year-ago quarter.", "1989-11-02",
     [("the third quarter", "DATE", "1989-Q3"), ("the quarter", "DATE", "1989-Q3"), ("the year-ago quarter", "DATE", "1988-Q3")],
     "the quarter: the one named before"),
    ("Sales in the latest quarter fell.", "1989-11-02", [("the latest quarter", "DATE", "1989-Q3")],
     "the latest quarter: the last full one"),
    ("Net rose to $5 million in the third quarter from $4 million a year earlier.", "1989-11-02",
     [("the third quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")], "a year earlier in an earnings report"),
    ("Sales rebounded in the last week of March 2024.", W, [("the last week of March 2024", "DATE", "2024-W13")],
     "nth week of a month"),
    ("Bids are due the week of March 6, 2025.", W, [("the week of March 6, 2025", "DATE", "2025-W10")], "the week of a date"),
    ("Talks stalled this past weekend.", W, [("this past weekend", "DATE", "2025-06-14/2025-06-15")], "this past weekend"),
    ("The first week of March 2024 was cold.", W, [("The first week of March 2024", "DATE", "2024-W10")],
     "week of a month at the very start of the text"),
    ("The weekend talks stalled.", W, [], "'the weekend' as a modifier at the start of the text"),
    ("Over the weekend talks stalled.", W, [("the weekend", "DATE", "2025-06-14/2025-06-15")], "the weekend near the start"),
    ("Between 1990 and 2000 prices rose.", W, [("1990", "DATE", "1990"), ("2000", "DATE", "2000")], "years in a list stay years"),
    ("Flights resumed in 1990 and 2001.", W, [("1990", "DATE", "1990"), ("2001", "DATE", "2001")], "a label word far before a list of years"),
    ("Police broke up the 6 Jan protest.", W, [("6 Jan", "DATE", "2025-01-06")], "'the' stays outside a day-month date"),
    # --- narrative mode: a history talks about its own years
    ("In 1940 France fell. In 1941 Germany invaded. In 1942 the tide turned. In 1943 Italy left. "
     "On June 6, the Allies landed.", W,
     [("1940", "DATE", "1940"), ("1941", "DATE", "1941"), ("1942", "DATE", "1942"), ("1943", "DATE", "1943"),
      ("June 6", "DATE", "1943-06-06")], "historical text: undated day takes the text's year"),
    ("It premiered in 1926 and was thought lost in a fire in 1937. Its director made films between 1919 and 1934. "
     "The reels arrived in November.", "2026-01-21",
     [("1926", "DATE", "1926"), ("1937", "DATE", "1937"), ("1919", "DATE", "1919"), ("1934", "DATE", "1934"),
      ("November", "DATE", "1934-11")], "historical text: an undated month takes the text's year"),
    ("The archive announced on Tuesday that it had found the film. It premiered in 1926 and was thought lost in a fire "
     "in 1937. Its director made films between 1919 and 1934. The reels arrived in November.", "2026-01-21",
     [("Tuesday", "DATE", "2026-01-20"), ("1926", "DATE", "1926"), ("1937", "DATE", "1937"), ("1919", "DATE", "1919"),
      ("1934", "DATE", "1934"), ("November", "DATE", "2025-11")],
     "news about history (the present told first): an undated month is the publication's"),
    ("Ottilie Brask, who has died aged 88, wrote music. She was born on 3 March 1937. Her First Symphony was premiered "
     "in 1962, an opera in 1978, and in 1991 she won a prize. At her death on August 10 she left sketches.", "2025-08-15",
     [("3 March 1937", "DATE", "1937-03-03"), ("1962", "DATE", "1962"), ("1978", "DATE", "1978"), ("1991", "DATE", "1991"),
      ("August 10", "DATE", "2025-08-10")],
     "an obituary's lead ('who has died'): its undated death day is the publication's year"),
    ("It premiered in 1926 and was thought lost in a fire in 1937. Its director made films between 1919 and 1934.\n\n"
     "This year's theft, in the early hours of February 16, was quicker. Two men were charged the following day.",
     "2027-04-09",
     [("1926", "DATE", "1926"), ("1937", "DATE", "1937"), ("1919", "DATE", "1919"), ("1934", "DATE", "1934"),
      ("This year", "DATE", "2027"), ("February 16", "DATE", "2027-02-16"), ("the following day", "DATE", "2027-02-17")],
     "a history's narrative year ends at 'this year': the undated day after it is the publication's year"),
    ("June was the wettest on record, 41% above the 1961-1990 average. The previous record was set on 3 June 1983. "
     "The flood warning issued on 14 June was lifted on 29 June, after the dam was finished in 1952.", "2026-07-02",
     [("June", "DATE", "2026-06"), ("1961", "DATE", "1961"), ("1990", "DATE", "1990"), ("3 June 1983", "DATE", "1983-06-03"),
      ("14 June", "DATE", "2026-06-14"), ("29 June", "DATE", "2026-06-29"), ("1952", "DATE", "1952")],
     "a month without a year opens the text: a bulletin, not a history (its old years are records and averages)"),
    ("A preliminary hearing has been set for June 9.", "2025-11-20", [("June 9", "DATE", "2026-06-09")],
     "'has been set for' fixes a date ahead (a fixture, not the past tense of 'set')"),
    ("Ministers decided to close the plant in September.", "2026-05-20", [("September", "DATE", "2026-09")],
     "a past decision's infinitive tells a later act: the nearest September, not the last"),
    ("The board agreed to lift the freeze from July 1, the chairman said.", "2026-08-20", [("July 1", "DATE", "2026-07-01")],
     "after 'agreed to', the nearest July 1 (here the last), not the next because of the infinitive"),
    ("Ministers decided in November to close the plant.", "2026-05-20", [("November", "DATE", "2025-11")],
     "the date before the infinitive is the decision's own: past"),
    ("The last time Rovers sold a captain, in 2019, we were relegated the following spring.", "2026-07-10",
     [("2019", "DATE", "2019"), ("the following spring", "DATE", "2020-SP")],
     "'the following spring' counts from the year just told"),
    ("The club was sold in March 2019 and relegated the following summer.", "2026-07-10",
     [("March 2019", "DATE", "2019-03"), ("the following summer", "DATE", "2019-SU")],
     "'the following summer' after a month: the same year's"),
    ("A tour to the northern festivals is planned for May.", "2026-03-16", [("May", "DATE", "2026-05")],
     "'planned for' gives 'May' a date context (not 'voted for May')"),
    ("Voters who backed the party voted for May.", "2026-03-16", [], "'voted for May': a name"),
    ("Judge Halvard Ekwueme-Stroud set the trial for June 7 and said it would last about three weeks.", "2027-02-10",
     [("June 7", "DATE", "2027-06-07"), ("about three weeks", "DURATION", "P3W")],
     "a past verb fixing a date ('set the trial for June 7'): the date fixed is the nearest, not the last"),
    ("The board will hold drop-in sessions next Tuesday and Wednesday.", "2025-06-11",
     [("next Tuesday", "DATE", "2025-06-17"), ("Wednesday", "DATE", "2025-06-18")],
     "a weekday coordinated after another is the nearest such day to it, not one read alone (today)"),
    ("Following are statements made Friday and Thursday by the lawyer.", "1998-02-06",
     [("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")],
     "coordinated weekdays out of order: the nearer day, one before"),
    ("Insiders are locked up for 180 days, so the first chance for them to sell comes in December.", "2027-06-09",
     [("180 days", "DURATION", "P180D"), ("December", "DATE", "2027-12")],
     "a month after a present verb of a fixture ('comes in December') lies ahead, not at the nearest"),
    ("Night closures on the Orrin Bypass run from Tuesday to Friday, 10 p.m. to 5 a.m.", "2026-10-05",
     [("Tuesday", "DATE", "2026-10-06"), ("Friday", "DATE", "2026-10-09"), ("10 p.m.", "TIME", "2026-10-09T22:00"),
      ("5 a.m.", "TIME", "2026-10-09T05:00")],
     "a schedule's present 'run from' looks ahead (a newsletter's week)"),
    ("Tarvelon holds a general election in the autumn.", "2025-01-14", [("the autumn", "DATE", "2025-FA")],
     "a season after a schedule's present ('holds') with no tense marker looks ahead"),
    ("The company holds its annual meeting on Thursday.", "2025-01-14", [("Thursday", "DATE", "2025-01-16")],
     "'holds ... on <weekday>': a fixture, ahead"),
    ("The festival will run from June 8 to 17, the organisers said.", "2027-06-20",
     [("June 8", "DATE", "2028-06-08"), ("17", "DATE", "2028-06-17")],
     "the date's own verb in the plain future ('will run from'): no earlier day; a range's second day takes its first's year"),
    ("The final will be held on June 8.", "2027-06-20", [("June 8", "DATE", "2028-06-08")],
     "'will be held on' a day twelve days past: next year's"),
    ("The final was held on June 8.", "2027-06-20", [("June 8", "DATE", "2027-06-08")],
     "'was held on' stays this year's"),
]

NOT_DATES: list[tuple[str, str]] = [
    ("Trump imposed 50% tariffs on Indian goods.", "percentages"),
    ("It includes a 25% penalty.", "percentages"),
    ("Prices rose 12 percent.", "percent word"),
    ("The company paid $2025 in fees.", "money"),
    ("The company paid $1,990 million.", "money with comma"),
    ("Some 2,025 people attended.", "counts with a thousands comma"),
    ("About 1,500 troops were deployed.", "troops"),
    ("Officials counted 2025 people at the rally.", "count noun after a year-like number"),
    ("The 45-year-old envoy resigned.", "age with -year-old"),
    ("Varga, 45, resigned.", "age in apposition"),
    ("The 54-year-old envoy", "age"),
    ("The Voltra 2025X sold well.", "model number"),
    ("Traffic was blocked on Route 2025.", "road number"),
    ("Flight 1990 landed safely.", "flight number"),
    ("Talks may resume soon.", "may as a verb"),
    ("Protesters march to the capital.", "march as a verb"),
    ("He finished second in the race.", "second as an ordinal"),
    ("United beat City 3-2 on penalties.", "sports score"),
    ("The final score was 21-14.", "score"),
    ("Call 555-123-4567 for details.", "phone number"),
    ("Call +44 20 7946 0958 for details.", "international phone"),
    ("Residents can call the Recovery Line on 1800 314 770 for help.", "phone number in digit groups"),
    ("Media contact: Ilka Brennt, 1800 314 771.", "phone number in digit groups at the end"),
    ("See https://example.com/2025/06/18/report.html for the text.", "URL"),
    ("The file is at /var/data/2025/06/report.csv on the server.", "file path"),
    ("Theresa May said the plan works.", "May as a surname"),
    ("April Ryan asked a question.", "April as a first name"),
    ("The Arab Spring changed the region.", "named event with a season word"),
    ("The Russell 2000 Index fell.", "index name"),
    ("Windows 2000 Server is old.", "product name"),
    ("Version 1.5.25 was released.", "version number"),
    ("The ratio was 1:30 in the sample.", "ratio"),
    ("Sales were 1990 units.", "units"),
    ("Section 2019 of the code applies.", "section number"),
    ("He scored 2 goals and 1 assist.", "small numbers"),
    ("Hospitals confirmed 2037 new cases.", "year-like count before adjective + plural"),
    ("A letter signed by 2070 members was sent.", "by + count"),
    ("2031 protesters were affected.", "sentence-initial count"),
    ("Under Decree 1649, the ministry acted.", "decree number"),
    ("Residents may be moved.", "May at sentence start as a modal"),
    # a bare 4-digit number after a label word is a label, not a year
    ("The court cited the rule. (Paragraph 1500.)", "paragraph number"),
    ("Under clause 1998, fees rise.", "clause number"),
    ("Turn to page 1850 of the report.", "page number"),
    ("Item 2001 was skipped.", "item number"),
    ("Room 1984 is on the top floor.", "room number"),
    ("He flew on flight 2015 to Paris.", "lower-case flight number"),
    ("Article 2015 applies.", "article number"),
    ("The Model 1900 rifle was displayed.", "model number"),
    ("It was listed as No. 1999.", "No. + number"),
    ("He wore number 2020 on his shirt.", "number + number"),
    ("Enter code 1996 at the gate.", "code number"),
    ("The train, running as freight service 1742, was travelling at about 68 km/h.", "service number"),
    ("Patients on ward 1906 were moved.", "ward number"),
    ("The edition of Cardonel Tonight in question presented unverified allegations.", "a programme's name"),
    ("Listeners of Harbour Today complained about the interview.", "a programme's name"),
    ("Under Para. 1850 the board may act.", "abbreviated paragraph"),
    ("See paragraphs 1500 and 1501.", "a list of paragraph numbers"),
    ("Clauses 1920 to 1925 were struck.", "a range of clause numbers"),
    ("See sections 2001-2003 of the act.", "a hyphenated range of section numbers"),
    ("It recalled three batches (lots 1994, 1997 and 2003) of inhalers.", "a list of lot numbers after commas"),
    ("Batch 2021 failed the test.", "a batch number"),
    ('The evening opened with "Station 1949", sung by a choir.', "a quoted title: a name and a year-like number"),
    ("Her novel, “Harbour 1921”, won the prize.", "a title in curly quotes"),
    ("The first call was logged as incident 1984.", "an incident number"),
    ("See paragraphs 1500, 1501 and 1502.", "a comma list of paragraph numbers"),

]


def _norm(e: Exp) -> tuple[str, str, str, str | None]:
    return (e[0], e[1], e[2], e[3] if len(e) > 3 else None)


@pytest.mark.parametrize(("sentence", "dct", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_case(sentence: str, dct: str, expected: list[Exp], why: str) -> None:
    got = tag(sentence, dt.date.fromisoformat(dct))
    trace = "\n".join(f"  {e.text!r} {e.type} {e.value} {e.mod} rule={e.rule} dir={e.direction}" for e in got)
    want = [_norm(e) for e in expected]
    have = [(e.text, e.type, e.value, e.mod) for e in got]
    if any(len(e) > 3 for e in expected):
        assert have == want, f"{why}\n{trace}"
    else:
        assert [h[:3] for h in have] == [w[:3] for w in want], f"{why}\n{trace}"


@pytest.mark.parametrize(("sentence", "why"), NOT_DATES, ids=[c[1] for c in NOT_DATES])
def test_not_dates(sentence: str, why: str) -> None:
    got = [e for e in tag(sentence, dt.date(2025, 6, 18)) if e.type in ("DATE", "TIME")]
    assert got == [], f"{why}: {[(e.text, e.value, e.rule) for e in got]}"


# --- generated cases: every format x every month, so each table row is exercised

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
FORMATS = [
    ("{M} {d}, {y}", MONTH_NAMES),
    ("{M} {d}, {y}", ABBR),
    ("{d} {M} {y}", MONTH_NAMES),
    ("{M} {y}", MONTH_NAMES),
]
GENERATED = []
for (fmt, names), month, year in itertools.product(FORMATS, range(1, 13), (1999, 2024)):
    day = (month * 7) % 28 + 1
    text = fmt.format(M=names[month - 1], d=day, y=year)
    value = f"{year}-{month:02d}" + (f"-{day:02d}" if "{d}" in fmt else "")
    GENERATED.append((f"The event took place on {text}.", text, value))


@pytest.mark.parametrize(("sentence", "text", "value"), GENERATED, ids=[g[1] for g in GENERATED])
def test_generated_formats(sentence: str, text: str, value: str) -> None:
    got = tag(sentence, dt.date(2025, 6, 18))
    assert [(e.text, e.value) for e in got] == [(text, value)]


DEICTIC_DCTS = [dt.date(2025, 1, 1) + dt.timedelta(days=37 * i) for i in range(10)]


@pytest.mark.parametrize("dct", DEICTIC_DCTS, ids=[d.isoformat() for d in DEICTIC_DCTS])
def test_deictic_against_many_dcts(dct: dt.date) -> None:
    got = {e.text: e.value for e in tag("Yesterday he said that today and tomorrow matter; last week and next month too.", dct)}
    assert got["Yesterday"] == (dct - dt.timedelta(days=1)).isoformat()
    assert got["today"] == dct.isoformat()
    assert got["tomorrow"] == (dct + dt.timedelta(days=1)).isoformat()
    y, w, _ = (dct - dt.timedelta(days=7)).isocalendar()
    assert got["last week"] == f"{y}-W{w:02d}"
    nm = dct.replace(day=1) + dt.timedelta(days=32)
    assert got["next month"] == f"{nm.year}-{nm.month:02d}"


def test_no_dct_gives_unknown_values() -> None:
    got = {e.text: e.value for e in tag("He left yesterday and returns next month; he met her on Monday in March.")}
    assert got["yesterday"] == "XXXX-XX-XX"
    assert got["next month"] == "XXXX-XX"
    assert got["Monday"] == "XXXX-WXX-1"
    assert got["March"] == "XXXX-03"


def test_absolute_without_dct() -> None:
    got = tag("It was signed on 13 January 2026 in mid-2025 terms.")
    assert [(e.text, e.value, e.mod) for e in got] == [("13 January 2026", "2026-01-13", None), ("mid-2025", "2025", "MID")]


def test_rule_and_anchor_recorded() -> None:
    (e,) = tag("The ambassador arrived on Monday.", dt.date(2025, 7, 9))
    assert e.rule == "weekday"
    assert e.anchor == "2025-07-09"
    assert e.direction == "past"


@pytest.mark.parametrize("text,expected", [
    ("In 2024, the bridge was closed on March 3.", [("2024", "2024"), ("March 3", "2024-03-03")]),
    ("In late 2019, it shut in December.", [("late 2019", "2019"), ("December", "2019-12")]),
    # not a year of another clause, nor one of an earlier sentence
    ("The company, founded in 1998, said on March 3 it would close.", [("1998", "1998"), ("March 3", "2026-03-03")]),
    ("The plant opened in 2019. It closed on March 3.", [("2019", "2019"), ("March 3", "2026-03-03")]),
])
def test_a_year_fronting_a_sentence_is_the_year_of_its_dates(text: str, expected: list) -> None:
    import datetime as dt

    from timeline.tag import tag

    assert [(x.text, x.value) for x in tag(text, dt.date(2026, 3, 20))] == expected


def test_a_date_inside_a_reference_code_is_no_date() -> None:
    import datetime as dt

    from timeline.tag import tag

    assert tag("Please quote reference 2025/10/12-4471.", dt.date(2026, 3, 20)) == ()
    assert [x.value for x in tag("On 2025/10/12 the plant closed.", dt.date(2026, 3, 20))] == ["2025-10-12"]
