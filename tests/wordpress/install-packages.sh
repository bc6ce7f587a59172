#!/usr/bin/env bash
# Installs the Debian packages the WordPress test bed needs (tests/wordpress/testbed.py), and Debian's per-host
# WordPress config for 127.0.0.1 (a dispatcher, see php/config-dispatcher.php). Quick no-op when all is there.
# Without root it only says how to enable the test bed: the WordPress tests then skip (or fail under CI=true).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dispatcher_source="$here/php/config-dispatcher.php"
dispatcher_target=/etc/wordpress/config-127.0.0.1.php

# php-fpm before wordpress, and `php` named: apt resolves alternatives in command-line order, and otherwise picks
# libapache2-mod-php8.2 + apache2-bin for "libapache2-mod-php | php" and "libapache2-mod-php8.2 | php8.2-fpm".
packages=(
    php-fpm php-cli php php-mysql php-gd php-curl php-xml php-mbstring php-zip php-intl
    nginx mariadb-server mariadb-client
    wordpress wordpress-l10n wordpress-theme-twentytwentyone wordpress-theme-twentytwentytwo
    wordpress-theme-twentytwentythree
    curl
)

missing_packages() {
    local installed package
    # One dpkg-query for all (it complains on stderr about packages it has never heard of).
    installed=" $(dpkg-query -W -f='${db:Status-Status}:${Package} ' "${packages[@]}" 2>/dev/null || true) "
    for package in "${packages[@]}"; do
        [[ "$installed" == *" installed:$package "* ]] || echo "$package"
    done
}

dispatcher_ok() {
    [[ -f "$dispatcher_target" ]] && cmp -s "$dispatcher_source" "$dispatcher_target"
}

if ! command -v dpkg-query >/dev/null; then
    echo "WordPress test bed: needs a Debian-like system with apt (Debian 12 is what it is built on);" \
         "the WordPress tests will skip here." >&2
    exit 0
fi

mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -eq 0 ]] && dispatcher_ok; then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "WordPress test bed not ready:" >&2
    [[ ${#missing[@]} -eq 0 ]] || echo "  missing Debian packages: ${missing[*]}" >&2
    dispatcher_ok || echo "  $dispatcher_target is missing or outdated" >&2
    echo "  enable it with:  sudo make testbed-packages   (runs $0 as root)" >&2
    echo "  until then the WordPress tests skip (and fail under CI=true)." >&2
    exit 0
fi

if [[ ${#missing[@]} -gt 0 ]]; then
    echo "WordPress test bed: installing ${missing[*]}" >&2
    # Keep apt from starting the system's own MariaDB/nginx/php-fpm (the test bed runs private ones); Docker
    # images usually ship this policy, plain machines don't.
    policy=/usr/sbin/policy-rc.d
    added_policy=""
    if [[ ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy"
        chmod 755 "$policy"
        added_policy=1
    fi
    trap '[[ -z "$added_policy" ]] || rm -f "$policy"' EXIT
    started=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}"
    echo "WordPress test bed: packages installed in $((SECONDS - started)) s" >&2
fi

if ! dispatcher_ok; then
    if [[ -f "$dispatcher_target" ]] && ! grep -q "wparchive test bed" "$dispatcher_target"; then
        echo "WordPress test bed: $dispatcher_target exists and is not the test bed's; move it away" \
             "(WordPress would pick it for every site on 127.0.0.1)." >&2
        exit 1
    fi
    install -D -m 644 "$dispatcher_source" "$dispatcher_target.wparchive-tmp"
    mv -f "$dispatcher_target.wparchive-tmp" "$dispatcher_target"
    echo "WordPress test bed: wrote $dispatcher_target" >&2
fi
