#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the browser tests (tests/test_report_browser.py). Quick no-op
# when it is there. Without root it only says how to enable it (the browser tests then skip); under CI=true a
# missing browser is an error: CI must never pass by skipping the browser test.
set -euo pipefail

packages=(chromium fonts-dejavu-core)

in_ci() {
    case "${CI:-}" in true|TRUE|True|1|yes) return 0 ;; *) return 1 ;; esac
}

missing_packages() {
    local installed package
    installed=" $(dpkg-query -W -f='${db:Status-Status}:${Package} ' "${packages[@]}" 2>/dev/null || true) "
    for package in "${packages[@]}"; do
        [[ "$installed" == *" installed:$package "* ]] || echo "$package"
    done
}

if ! command -v dpkg-query >/dev/null; then
    if command -v chromium >/dev/null; then
        exit 0
    fi
    echo "browser tests: no dpkg here and no chromium on PATH; the browser tests will skip." >&2
    in_ci && { echo "browser tests: CI=true and no browser: failing." >&2; exit 1; }
    exit 0
fi

mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "browser tests: missing Debian packages: ${missing[*]}" >&2
    echo "  enable them with:  sudo make browser-packages   (runs $0 as root)" >&2
    if in_ci; then
        echo "browser tests: CI=true and no browser: failing." >&2
        exit 1
    fi
    echo "  until then the browser tests skip." >&2
    exit 0
fi

echo "browser tests: installing ${missing[*]}" >&2
started=$SECONDS
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "browser tests: packages installed in $((SECONDS - started)) s" >&2
