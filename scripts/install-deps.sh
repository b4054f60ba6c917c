#!/usr/bin/env bash
# Installs what `make test` needs, and nothing when it is already there:
#   system: dovecot-core + dovecot-imapd (the tests' real IMAP server), openssl (test certs),
#           make, python3-venv, chromium (renders the digest at phone width in a test);
#   python: .venv with `pip install -e '.[dev]'`, redone only when pyproject.toml changed.
# Usage: scripts/install-deps.sh [--python-only]
# The tests run their own Dovecot on random loopback ports, so the system service that the
# package may start is never used; if this script installed it, it stops and disables it.
set -euo pipefail
cd "$(dirname "$0")/.."

python_only=0
case "${1:-}" in
    --python-only) python_only=1 ;;
    "") ;;
    *)
        echo "usage: $0 [--python-only]" >&2
        exit 2
        ;;
esac

have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif have sudo; then
        sudo "$@"
    else
        echo "install-deps: need root to run: $*" >&2
        echo "install-deps: re-run as root or install sudo" >&2
        exit 1
    fi
}

install_system_packages() {
    local pkgs=() new_dovecot=0
    if ! have dovecot && [ ! -x /usr/sbin/dovecot ]; then
        pkgs+=(dovecot-core dovecot-imapd)
        new_dovecot=1
    elif [ ! -x /usr/lib/dovecot/imap ]; then
        pkgs+=(dovecot-imapd)
    fi
    have openssl || pkgs+=(openssl)
    have chromium || have chromium-browser || pkgs+=(chromium)
    have make || pkgs+=(make)
    have python3 || pkgs+=(python3)
    if [ ! -x .venv/bin/python ] && ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
        pkgs+=(python3-venv)
    fi
    [ "${#pkgs[@]}" -eq 0 ] && return 0

    if ! have apt-get; then
        echo "install-deps: please install ${pkgs[*]} (or your distribution's equivalent)" >&2
        exit 1
    fi
    echo "install-deps: installing ${pkgs[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${pkgs[@]}" </dev/null

    if [ "$new_dovecot" -eq 1 ]; then
        # Don't leave an unused IMAP server listening on 143/993 of every interface.
        if [ -d /run/systemd/system ] && have systemctl; then
            as_root systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
        elif have service; then
            as_root service dovecot stop >/dev/null 2>&1 || true
        fi
        echo "install-deps: system dovecot service stopped (tests run their own instance)"
    fi
}

install_python() {
    local stamp=.venv/.installed
    if [ ! -x .venv/bin/python ]; then
        echo "install-deps: creating .venv"
        python3 -m venv .venv
    fi
    if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then
        return 0
    fi
    echo "install-deps: pip install -e '.[dev]'"
    # Offline first: when the dependencies are already in the venv this needs no network.
    if ! .venv/bin/python -m pip install -q --no-index --no-build-isolation -e '.[dev]' \
        >/dev/null 2>&1; then
        .venv/bin/python -m pip install -q -e '.[dev]'
    fi
    touch "$stamp"
}

if [ "$python_only" -eq 0 ]; then
    install_system_packages
fi
install_python
