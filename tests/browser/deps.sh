# Sourced by the headless-browser scripts: installs Debian's Chromium and playwright-core
# (from npm, into target/browser-deps) when missing, and sets NODE_PATH. Needs $repo.
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q && $sudo apt-get install -y -q chromium
fi
deps="$repo/target/browser-deps"
if [ ! -d "$deps/node_modules/playwright-core" ]; then
  npm install --prefix "$deps" --no-audit --no-fund --loglevel=error --save-exact playwright-core@1.65.1
fi
export NODE_PATH="$deps/node_modules"
