#!/usr/bin/env bash
# Installs every Debian/Ubuntu package CreditDesk needs to build, test and take screenshots.
# Only packages that are missing are installed. Works on Debian 12 and Ubuntu 24.04.
# Why each package is needed: docs/DEPENDENCIES.md.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 (Widgets, SQL with the SQLite driver, Charts, Test, Linguist tools)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  # libraries used by the models layer
  libicu-dev libsodium-dev libquazip1-qt6-dev libxlsxwriter-dev libqrencode-dev libsqlite3-dev
  # fonts so that Chinese renders instead of boxes
  fonts-noto-cjk fonts-dejavu-core
  # headless GUI runs, screenshots and formatting checks
  xvfb xauth imagemagick clang-format sqlite3 poppler-utils
  # hardening: libFuzzer targets built with clang (its runtime is added below)
  clang
  # installer tests: the clean root, desktop-file and AppStream checks, the Windows installer script
  debootstrap desktop-file-utils appstream nsis file
  # central server mode: Qt's PostgreSQL driver, and a PostgreSQL server the tests start on loopback
  libqt6sql6-psql postgresql
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
updated=0
install_packages() {
  if [ "$updated" = 0 ]; then
    "${sudo_cmd[@]}" apt-get update -qq
    updated=1
  fi
  echo "install-deps: installing $*"
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@"
}

if [ ${#missing[@]} -gt 0 ]; then
  install_packages "${missing[@]}"
fi

# The sanitizer and libFuzzer runtime of the clang that is installed (14 on Debian 12, 18 on
# Ubuntu 24.04).
clang_major=$(clang --version | sed -n 's/.*clang version \([0-9][0-9]*\).*/\1/p' | head -n 1)
runtime="libclang-rt-${clang_major}-dev"
if ! dpkg-query -W -f='${Status}' "$runtime" 2>/dev/null | grep -q "install ok installed"; then
  install_packages "$runtime"
fi
echo "install-deps: all packages present"
