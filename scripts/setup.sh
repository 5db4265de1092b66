# Shared set-up for scripts/run, scripts/test and scripts/bench: sourced, not run.
# Installs what a fresh Debian machine lacks (libedit-dev) and puts Swift on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if ! command -v swift >/dev/null 2>&1; then
  for dir in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
    [ -x "$dir/swift" ] && export PATH="$dir:$PATH" && break
  done
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "FollowUp needs the Swift toolchain (6.0 or later); install it from swift.org, then run this again." >&2
  exit 1
fi

need=()
[ -f /usr/include/histedit.h ] || need+=(libedit-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (needed for line editing)..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >&2
fi
