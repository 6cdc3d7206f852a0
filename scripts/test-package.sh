#!/usr/bin/env bash
# Installer tests (issue "Ship it"). Needs a release build (scripts/build.sh) and root.
#  1. Builds the Debian package with CPack and checks its desktop file and AppStream metadata.
#  2. Makes a clean root of this machine's own release with debootstrap (Debian 12 on Debian 12;
#     no container engine), installs the package there with apt, which brings its dependencies,
#     starts CreditDesk offscreen as an officer on its first-start demo database and saves a
#     screenshot (build/package-test/first-start.png), removes and purges the package and checks
#     the officer's database is still there and whole.
#  3. Builds the Windows installer script with CPack's NSIS generator and makensis: the script
#     compiles (the installer it makes here holds Linux binaries and is not shipped).
# The clean root is kept as a tarball in CREDITDESK_TEST_CACHE (default /var/cache/creditdesk-tests)
# with apt's downloads, so that later runs on the same machine download less.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD
build=$project/build/release
out=$build/package-test
cache=${CREDITDESK_TEST_CACHE:-/var/cache/creditdesk-tests}
rm -rf "$out"
mkdir -p "$out" "$cache/apt-archives/partial"
# One run at a time uses the cache (the tarball and apt's downloads).
exec 9> "$cache/lock"
flock 9

echo "package: desktop file and AppStream metadata"
desktop-file-validate packaging/linux/org.creditdesk.CreditDesk.desktop
appstreamcli validate --no-net --pedantic packaging/linux/org.creditdesk.CreditDesk.metainfo.xml

echo "package: building the Debian package"
(cd "$build" && cpack -G DEB -B "$out" > "$out/cpack-deb.log" 2>&1) || { tail -30 "$out/cpack-deb.log"; exit 1; }
deb=$(ls "$out"/creditdesk_*.deb)
for field in Package Version Depends; do echo "  $field: $(dpkg-deb --field "$deb" "$field")"; done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/creditdesk ./usr/bin/creditdesk-cli ./usr/share/applications/org.creditdesk.CreditDesk.desktop \
  ./usr/share/metainfo/org.creditdesk.CreditDesk.metainfo.xml \
  ./usr/share/icons/hicolor/256x256/apps/org.creditdesk.CreditDesk.png \
  ./usr/share/icons/hicolor/scalable/apps/org.creditdesk.CreditDesk.svg; do
  grep -q " $file\$" <<< "$contents" || { echo "package: $file is missing from $deb"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-noto-cjk libicu libsodium; do
  grep -q "$needed" <<< "$depends" || { echo "package: Depends lacks $needed: $depends"; exit 1; }
done

echo "package: a clean root of this machine's release"
. /etc/os-release
codename=$VERSION_CODENAME
# The mirror this machine's apt uses (deb822 sources or the classic list).
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1 || true)
if [ -z "$mirror" ]; then
  mirror=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list 2>/dev/null | head -n 1 || true)
fi
[ -n "$mirror" ] || { echo "package: no apt mirror configured on this machine"; exit 1; }
tarball=$cache/$ID-$codename-minbase.tar
root=$(mktemp -d /tmp/creditdesk-root.XXXXXX)
cleanup() {
  for mount in var/cache/apt/archives dev/pts dev proc; do
    mountpoint -q "$root/$mount" && umount -l "$root/$mount"
  done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
if [ ! -f "$tarball" ]; then
  debootstrap --variant=minbase "$codename" "$root" "$mirror" > "$out/debootstrap.log" 2>&1 ||
    { tail -30 "$out/debootstrap.log"; exit 1; }
  tar -C "$root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
else
  tar -C "$root" -xf "$tarball"
fi
chmod 755 "$root" # a root folder others can enter, as / is
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "package: installing into the clean root"
cp "$deb" "$root/tmp/creditdesk.deb"
in_root apt-get -o APT::Sandbox::User=root update -qq > "$out/apt.log" 2>&1 || { tail -30 "$out/apt.log"; exit 1; }
in_root apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends /tmp/creditdesk.deb \
  >> "$out/apt.log" 2>&1 || { tail -30 "$out/apt.log"; exit 1; }
in_root /usr/bin/creditdesk-cli --version

echo "package: first start as an officer, offscreen"
in_root useradd --create-home officer
as_officer() {
  chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/officer USER=officer LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen CREDITDESK_PASSWORD=demo "$@"
}
as_officer /usr/sbin/runuser -u officer -- /usr/bin/creditdesk --user officer --language zh_CN \
  --query 王 --screenshot /home/officer/first-start.png > "$out/first-start.log" 2>&1 || { cat "$out/first-start.log"; exit 1; }
cp "$root/home/officer/first-start.png" "$out/first-start.png"
data=/home/officer/.local/share/CreditDesk/CreditDesk/creditdesk-demo.sqlite
[ -s "$root$data" ] || { echo "package: the first start made no database at $data"; exit 1; }
sum_before=$(sha256sum < "$root$data")

echo "package: removal keeps the officer's data"
in_root apt-get -o APT::Sandbox::User=root purge -y -qq creditdesk >> "$out/apt.log" 2>&1
[ ! -e "$root/usr/bin/creditdesk" ] || { echo "package: /usr/bin/creditdesk is still there after purge"; exit 1; }
[ "$(sha256sum < "$root$data")" = "$sum_before" ] || { echo "package: $data changed or went with the package"; exit 1; }
echo "package: installed, started, removed; $data kept"

echo "package: the Windows installer script compiles with makensis"
(cd "$build" && cpack -G NSIS -B "$out/nsis" > "$out/cpack-nsis.log" 2>&1) || { tail -30 "$out/cpack-nsis.log"; exit 1; }
ls "$out"/nsis/*.exe
echo "package: 3 passed, 0 failed"
