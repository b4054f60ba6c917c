"""`rebound doctor` against the real test servers: one line per check, fixes named."""

from __future__ import annotations

import pytest

from agent.cli import main

from helpers import write_config


def doctor(capsys: pytest.CaptureFixture[str], cfg: object) -> tuple[int, str]:
    code = main(["--config", str(cfg), "doctor"])
    return code, capsys.readouterr().out


def test_all_good(imap_account, smtp_server, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = doctor(capsys, write_config(tmp_path, imap_account, smtp_server))
    assert code == 0, out
    for line in ("IMAP DNS", "IMAP TCP", "IMAP login", "IMAP IDLE", "IMAP folders", "SMTP login"):
        assert any(ln.startswith("ok") and line in ln for ln in out.splitlines()), (line, out)
    assert "imap.sent_folder: 'Sent'" in out


def test_missing_folder_and_special_use_hint(imap_account, smtp_server, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    extra = 'folders = ["INBOX", "Jobs"]\nsent_folder = "Sent Items"\n'
    cfg = write_config(tmp_path, imap_account, smtp_server, imap_extra=extra)
    code, out = doctor(capsys, cfg)
    assert code == 1
    assert "FAIL  IMAP folders: Jobs not on the server; fix imap.folders" in out
    assert "the server marks 'Sent' as \\Sent: set imap.sent_folder = \"Sent\"" in out


def test_closed_port_is_one_line_with_the_fix(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from servers import free_ports

    cfg = write_config(tmp_path, imap_account)
    (port,) = free_ports(1)
    cfg.write_text(cfg.read_text().replace(f"port = {imap_account.port}", f"port = {port}"))
    code, out = doctor(capsys, cfg)
    assert code == 1
    (line,) = [ln for ln in out.splitlines() if "IMAP TCP" in ln]
    assert line.startswith("FAIL") and "check imap.port" in line
    assert "IMAP login" not in out  # no cascade of follow-up failures


def test_untrusted_certificate_names_ca_file(imap_account, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = write_config(tmp_path, imap_account)
    text = cfg.read_text().replace(f"port = {imap_account.port}", f"port = {imap_account.ssl_port}")
    cfg.write_text(text.replace('security = "none"', 'security = "ssl"', 1))
    code, out = doctor(capsys, cfg)
    assert code == 1
    assert "FAIL  IMAP TLS: certificate not trusted" in out and "imap.ca_file" in out
