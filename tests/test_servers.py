"""The test servers themselves: if these fail, every IMAP/SMTP test downstream is suspect."""

from __future__ import annotations

import smtplib
import ssl
from datetime import UTC, datetime
from email.message import EmailMessage

import imapclient.exceptions
import pytest
from imapclient.imapclient import DRAFTS, SENT

from servers import SMTP_TEST_AUTH, Account, Dovecot, SmtpServer, client_ssl_context


def raw_message(subject: str, body: str = "Hello") -> bytes:
    return (
        f"From: Recruiter <jobs@example.com>\r\nTo: me@example.com\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{subject.replace(' ', '.')}@example.com>\r\n"
        f"\r\n{body}\r\n"
    ).encode()


def smtp_message(subject: str = "Feedback request") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "me@example.com"
    msg["To"] = "jobs@example.com"
    msg["Subject"] = subject
    msg.set_content("Could you share feedback?")
    return msg


# -- IMAP --------------------------------------------------------------------------------


def test_login_plain_and_tls(imap_account: Account) -> None:
    with imap_account.client() as c:
        assert c.folder_exists("INBOX")
    with imap_account.client(ssl=True) as c:
        assert c.folder_exists("INBOX")


def test_tls_certificate_is_verified(imap_account: Account) -> None:
    """The cert is only trusted via ca_file, so verification is really happening."""
    with pytest.raises(ssl.SSLCertVerificationError):
        imapclient.IMAPClient(
            imap_account.host,
            port=imap_account.ssl_port,
            ssl=True,
            ssl_context=ssl.create_default_context(cafile=None, capath="/nonexistent"),
        )


def test_special_use_folders(imap_account: Account) -> None:
    with imap_account.client() as c:
        assert c.find_special_folder(DRAFTS) == "Drafts"
        assert c.find_special_folder(SENT) == "Sent"


def test_append_fetch_round_trip(imap_account: Account) -> None:
    raw = raw_message("Your application")
    when = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    uid = imap_account.append(raw, flags=[r"\Seen"], msg_time=when)
    assert uid is not None
    assert imap_account.uids() == [uid]
    assert imap_account.fetch_all() == [raw]
    with imap_account.client() as c:
        c.select_folder("INBOX", readonly=True)
        info = c.fetch([uid], ["FLAGS", "INTERNALDATE"])[uid]
    assert rb"\Seen" in info[b"FLAGS"]
    assert info[b"INTERNALDATE"].astimezone(UTC) == when


def test_folders(imap_account: Account) -> None:
    imap_account.create_folder("Rebound/Processed")
    uid = imap_account.append(raw_message("x"), folder="Rebound/Processed")
    assert imap_account.uids("Rebound/Processed") == [uid]
    imap_account.delete_folder("Rebound/Processed")
    with imap_account.client() as c:
        assert not c.folder_exists("Rebound/Processed")


def test_deliver_is_seen_by_select(imap_account: Account) -> None:
    raws = [raw_message(f"Bulk {i}") for i in range(50)]
    for raw in raws:
        imap_account.deliver(raw)
    imap_account.deliver(raw_message("Elsewhere"), folder="Jobs/Rejections ä")
    with imap_account.client() as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 50
    assert imap_account.fetch_all() == raws
    assert imap_account.fetch_all("Jobs/Rejections ä") == [raw_message("Elsewhere")]


def test_new_accounts_are_isolated(dovecot: Dovecot) -> None:
    alice, bob = dovecot.new_account("alice"), dovecot.new_account("alice")
    assert alice.username != bob.username
    alice.deliver(raw_message("For Alice"))
    assert alice.uids() == [1]
    assert bob.uids() == []
    with pytest.raises(imapclient.exceptions.LoginError):
        imapclient.IMAPClient(bob.host, port=bob.port, ssl=False).login(
            bob.username, alice.password
        )


def test_restart_keeps_mail_and_ports(dovecot: Dovecot, imap_account: Account) -> None:
    uid = imap_account.append(raw_message("Before outage"))
    ports = (dovecot.port, dovecot.ssl_port)
    survivor = imap_account.client()
    survivor.select_folder("INBOX")

    dovecot.stop()
    with pytest.raises(ConnectionRefusedError):
        imapclient.IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=2)
    with pytest.raises((imapclient.exceptions.IMAPClientAbortError, OSError)):
        survivor.noop()  # sessions are dropped, as in a real outage
    dovecot.start()

    assert (dovecot.port, dovecot.ssl_port) == ports
    assert imap_account.uids() == [uid]
    dovecot.restart()
    with imap_account.client(ssl=True) as c:
        c.select_folder("INBOX")
        assert c.search("ALL") == [uid]


# -- SMTP --------------------------------------------------------------------------------


def test_smtp_capture(smtp_server: SmtpServer) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, local_hostname="localhost") as s:
        s.send_message(smtp_message(), to_addrs=["jobs@example.com", "cc@example.com"])
    (got,) = smtp_server.wait_for(1)
    assert got.mail_from == "me@example.com"
    assert got.rcpt_tos == ["jobs@example.com", "cc@example.com"]
    assert got.message["Subject"] == "Feedback request"
    assert b"Could you share feedback?" in got.data
    assert got.login is None
    assert not got.tls


def test_smtp_auth(smtp_server_auth: SmtpServer) -> None:
    host, port = smtp_server_auth.host, smtp_server_auth.port
    with smtplib.SMTP(host, port, local_hostname="localhost") as s:
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            s.send_message(smtp_message())
        assert refused.value.smtp_code == 530
    with (
        smtplib.SMTP(host, port, local_hostname="localhost") as s,
        pytest.raises(smtplib.SMTPAuthenticationError),
    ):
        s.login(SMTP_TEST_AUTH[0], "wrong")
    with smtplib.SMTP(host, port, local_hostname="localhost") as s:
        s.login(*SMTP_TEST_AUTH)
        s.send_message(smtp_message())
    (got,) = smtp_server_auth.wait_for(1)
    assert got.login == SMTP_TEST_AUTH[0]


def test_smtp_reject_next(smtp_server: SmtpServer) -> None:
    smtp_server.reject_next(451, "4.3.0 Try again later")
    smtp_server.reject_next(550, "5.1.1 No such user", at="RCPT")
    with smtplib.SMTP(smtp_server.host, smtp_server.port, local_hostname="localhost") as s:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as rcpt:
            s.send_message(smtp_message())
        assert rcpt.value.recipients["jobs@example.com"][0] == 550
        with pytest.raises(smtplib.SMTPDataError) as data:
            s.send_message(smtp_message())
        assert data.value.smtp_code == 451
        s.send_message(smtp_message("Third time lucky"))
    (got,) = smtp_server.wait_for(1)
    assert got.message["Subject"] == "Third time lucky"


def test_smtp_wait_for_times_out(smtp_server: SmtpServer) -> None:
    with pytest.raises(TimeoutError):
        smtp_server.wait_for(1, timeout=0.05)


def test_smtp_starttls_and_implicit_tls() -> None:
    with SmtpServer(starttls=True, auth=SMTP_TEST_AUTH) as server:
        assert server.ca_file is not None
        with smtplib.SMTP(server.host, server.port, local_hostname="localhost") as s:
            s.starttls(context=client_ssl_context(server.ca_file))
            s.login(*SMTP_TEST_AUTH)
            s.send_message(smtp_message())
        assert server.wait_for(1)[0].tls
    with SmtpServer(implicit_tls=True) as server:
        assert server.ca_file is not None
        ctx = client_ssl_context(server.ca_file)
        with smtplib.SMTP_SSL(
            server.host, server.port, local_hostname="localhost", context=ctx
        ) as s:
            s.send_message(smtp_message())
        assert server.wait_for(1)[0].tls
