"""The year cycle's calendar file read by a strict iCalendar parser, as a calendar program
reads it: every step of the round on its date in Norway."""
import datetime

import icalendar

from probe import Client


def test_calendar_parses_with_the_rounds_dates(server):
    client = Client(server.port)
    status, headers, text = client.get("/runde/2027/kalender.ics")
    assert status == 200 and headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(client.last_body)
    assert calendar.get("X-WR-TIMEZONE") == "Europe/Oslo"
    events = {str(event.get("UID")): event for event in calendar.walk("VEVENT")}
    assert len(events) == 10
    deadline = next(event for uid, event in events.items() if uid.startswith("2027-behovsmelding@"))
    assert deadline.decoded("DTSTART") == datetime.date(2026, 12, 15)
    assert deadline.decoded("DTEND") == datetime.date(2026, 12, 16)
    assert str(deadline.get("SUMMARY")).startswith("Frist: ")
    report = next(event for uid, event in events.items() if uid.startswith("2027-rapport@"))
    assert report.decoded("DTSTART") == datetime.date(2028, 6, 15)
    half = next(event for uid, event in events.items() if uid.startswith("2027-halvaarsrapport@"))
    assert half.decoded("DTSTART") == datetime.date(2027, 12, 1)
    status, _, page = client.get("/")
    assert 'href="/runde/2027/kalender.ics"' in page
