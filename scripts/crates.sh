#!/usr/bin/env bash
# The offline crate source the compile check uses in tests and CI: Debian's packaged Rust crates
# (librust-*-dev from the unstable suite) unpacked into a Cargo directory source, plus a Cargo
# config that points crates.io at it. Idempotent; everything lives outside the repository, in
#   ${NOCODO_CRATES_DIR:-~/.cache/nocodo-lsp/crates}
#     registry -> root/usr/share/cargo/registry   the crates, one folder each
#     cargo-config.toml                            pass with `cargo --config FILE`
#
# The machine's apt sources are never modified: the unstable suite is read through a private apt
# configuration (its own sources list, lists, archives and an empty dpkg status, so the whole
# dependency closure is resolved) that only downloads .deb files and unpacks them with dpkg-deb.
# The system packages the build needs (libclang for libsqlite3-sys's bindgen, the SQLite headers,
# pkg-config) come from the machine's regular sources.
set -euo pipefail

CACHE="${NOCODO_CRATES_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nocodo-lsp/crates}"
ROOTS=(
    librust-diesel-dev librust-diesel-migrations-dev
    librust-actix-web-dev librust-actix-files-dev librust-actix-web-httpauth-dev
    librust-jsonwebtoken-dev librust-argon2-dev librust-r2d2-dev librust-chrono-dev
    librust-serde-dev librust-serde-json-dev librust-uuid-dev librust-rand-dev librust-tokio-dev
    librust-dotenvy-dev librust-env-logger-dev
    # features the examples turn on, which Debian packages as their own (virtual) packages
    'librust-diesel+sqlite-dev' 'librust-diesel+r2d2-dev' 'librust-diesel+chrono-dev'
    'librust-diesel+returning-clauses-for-sqlite-3-35-dev' 'librust-chrono+serde-dev'
    'librust-serde+derive-dev' 'librust-actix-web+macros-dev' 'librust-tokio+full-dev'
    'librust-uuid+v4-dev' 'librust-uuid+serde-dev'
)
SYSTEM=(libclang-dev libsqlite3-dev pkg-config)
STAMP="$CACHE/.complete-$(printf '%s\n' "${ROOTS[@]}" | sha256sum | cut -c1-16)"

if [ -f "$STAMP" ] && [ -f "$CACHE/cargo-config.toml" ]; then
    echo "crates: $CACHE (ready)"
    exit 0
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${SYSTEM[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "crates: installing ${missing[*]} from the machine's apt sources"
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The machine's Debian mirror, as its own sources name it (deb822 .sources or one-line .list).
mirror="$(
    { cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n'
      cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
          awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }'
    } | grep -E '/debian/?$' | head -n 1 || true
)"
mirror="${mirror:-http://deb.debian.org/debian}"

APT="$CACHE/apt"
mkdir -p "$APT/sources.list.d" "$APT/preferences.d" "$APT/lists/partial" "$APT/cache" \
    "$APT/archives/partial" "$CACHE/root"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} unstable main" >"$APT/sources.list"
: >"$APT/status"
OPTIONS=(
    -o "Dir::Etc::SourceList=$APT/sources.list"
    -o "Dir::Etc::SourceParts=$APT/sources.list.d"
    -o "Dir::Etc::Preferences=$APT/preferences"
    -o "Dir::Etc::PreferencesParts=$APT/preferences.d"
    -o "Dir::State::Lists=$APT/lists"
    -o "Dir::State::Status=$APT/status"
    -o "Dir::Cache=$APT/cache"
    -o "Dir::Cache::Archives=$APT/archives"
    -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
    -o "Acquire::Languages=none"
    -o "APT::Update::Post-Invoke-Success::="
    -o "Debug::NoLocking=true"
    -o "APT::Sandbox::User=$(id -un)"
)

echo "crates: reading unstable from $mirror with a private apt configuration in $APT"
apt-get "${OPTIONS[@]}" -qq update

# The closure: every package the roots depend on, recursively; only the crates are kept (the
# C libraries they name come from the machine's own Debian).
mapfile -t packages < <(
    apt-cache "${OPTIONS[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts \
        --no-breaks --no-replaces --no-enhances "${ROOTS[@]}" |
        grep -E '^librust-' | sort -u
)
echo "crates: ${#packages[@]} crate packages"

(cd "$APT/archives" && apt-get "${OPTIONS[@]}" -qq download "${packages[@]}")

for deb in "$APT/archives"/*.deb; do
    dpkg-deb -x "$deb" "$CACHE/root"
done
ln -sfn root/usr/share/cargo/registry "$CACHE/registry"

cat >"$CACHE/cargo-config.toml" <<EOF
# Written by nocodo-lsp's scripts/crates.sh: crates.io replaced by Debian's packaged crates.
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "$CACHE/root/usr/share/cargo/registry"

[net]
offline = true
EOF

rm -f "$CACHE"/.complete-*
touch "$STAMP"
echo "crates: $CACHE ($(ls "$CACHE/registry" | wc -l) crates)"
