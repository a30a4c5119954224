"""Notifications over a real SMTP exchange: a mail server on loopback (aiosmtpd) that demands
STARTTLS and a login, the server configured for it from the environment, an event in the
browser's stead, and the e-mail that arrives read by Python's own e-mail parser. Then the
private calendar feed read by a strict iCalendar parser."""
import datetime
import email
import email.policy
import email.utils
import os
import re
import shutil
import ssl
import subprocess
import tempfile
import time

import icalendar
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from conftest import Server, free_port
from probe import Client


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content, session.ssl))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [email.message_from_bytes(content, policy=email.policy.default)
                for _, recipients, content, _ in self.messages if address in recipients]


def login(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"behovsmelding" and auth_data.password == b"hemmelig"
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def mail():
    folder = tempfile.mkdtemp(prefix="behovsmelding-smtp-")
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=login, auth_required=True)
    controller.start()
    server = Server(args=("--utsending-intervall", "1"), env={
        "BEHOVSMELDING_SMTP_HOST": "localhost", "BEHOVSMELDING_SMTP_PORT": str(port), "BEHOVSMELDING_SMTP_TLS": "starttls",
        "BEHOVSMELDING_SMTP_USER": "behovsmelding", "BEHOVSMELDING_SMTP_PASSWORD": "hemmelig",
        "BEHOVSMELDING_SMTP_FROM": "ikke-svar@behovsmelding.example.no", "BEHOVSMELDING_SMTP_CA_FILE": cert,
    })
    yield server, inbox
    server.stop()
    controller.stop()
    shutil.rmtree(folder, ignore_errors=True)


def wait_for(check, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    return check()


def test_a_new_meeting_reaches_the_members_by_smtp_once_with_its_headers_and_link(mail):
    server, inbox = mail
    leader = Client(server.port).login("nettverk.salten@demo.no")
    leader.get("/nettverksmoter/1")
    status, _, _ = leader.post("/nettverksmoter/1", [
        ("mote", "0"), ("dato", "2027-01-20"), ("tid", "10.00–12.00"), ("hva", "Samling om språkløftet"), ("ansvar", "Bodø kommune"),
        ("form", "digital"), ("sted", ""), ("referat", ""), ("handling", "lagre"),
    ])
    assert status == 303
    subject = "Nettverksmøte 20.\u00a0januar 2027: Samling om språkløftet"  # a no-break space after the day, as on the pages
    messages = wait_for(lambda: [m for m in inbox.to("eier.bodo@demo.no") if m["Subject"] == subject])
    assert len(messages) == 1, "one e-mail per member and event"
    message = messages[0]
    # Over STARTTLS, from the configured sender, with a date, a Message-ID and the UTF-8 subject decoded.
    assert all(secure for _, _, _, secure in inbox.messages)
    assert email.utils.parseaddr(message["From"])[1] == "ikke-svar@behovsmelding.example.no"
    assert email.utils.parseaddr(message["To"]) == ("Berit Bodø", "eier.bodo@demo.no")
    sent = email.utils.parsedate_to_datetime(message["Date"])
    assert abs((sent - datetime.datetime.now(datetime.timezone.utc)).total_seconds()) < 60 * 60 * 24 * 400
    assert re.fullmatch(r"<varsel-\d+\.[0-9a-f-]+@127\.0\.0\.1>", message["Message-ID"])
    body = message.get_content()
    assert "Hei, Berit Bodø." in body
    assert f"{server.base}/nettverksmoter/1" in body
    assert f"{server.base}/varsler" in body
    # The leader who added it is not told of it.
    assert not [m for m in inbox.to("nettverk.salten@demo.no") if m["Subject"] == subject]
    # Nothing went twice.
    ids = [m["Message-ID"] for _, _, content, _ in inbox.messages for m in [email.message_from_bytes(content, policy=email.policy.default)]]
    assert len(ids) == len(set(ids))
    # The Statsforvalter sees it as sent.
    sf = Client(server.port).login("sf@demo.no")
    status, _, page = sf.get("/statsforvalter/epost")
    assert status == 200 and "Samling om språkløftet" in page and "Sendt " in page
    assert "Ingen e-posttjener er satt opp" not in page


def test_the_private_feed_parses_with_the_holders_deadlines_and_meetings(mail):
    server, _ = mail
    owner = Client(server.port).login("eier.bodo@demo.no")
    owner.get("/varsler")
    status, _, page = owner.post("/varsler", [("handling", "kalender")])
    assert status == 200
    address = re.search(r'value="(http[^"]+\.ics)"', page).group(1)
    assert address.startswith(server.base + "/kalender/")
    anonymous = Client(server.port)
    status, headers, _ = anonymous.get(address[len(server.base):])
    assert status == 200 and headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(anonymous.last_body)
    assert calendar.get("X-WR-TIMEZONE") == "Europe/Oslo"
    events = {str(event.get("UID")): event for event in calendar.walk("VEVENT")}
    deadline = next(event for uid, event in events.items() if uid.startswith("2027-behovsmelding@"))
    assert deadline.decoded("DTSTART") == datetime.date(2026, 12, 15)
    assert not any(uid.startswith("2027-nettverk@") for uid in events), "the network's deadline is not the owner's"
    meetings = [event for uid, event in events.items() if uid.startswith("nettverksmote-")]
    assert meetings and all(isinstance(event.decoded("DTSTART"), datetime.date) for event in meetings)
    # A renewed address ends the old one.
    owner.get("/varsler")
    owner.post("/varsler", [("handling", "kalender")])
    status, _, _ = anonymous.get(address[len(server.base):])
    assert status == 404
