#!/usr/bin/env bash
# scripts/lab.d/containerd-engine.sh — optional third engine of the lab: dockerd 26.1 (trixie's
# docker.io, the modern engine's binary) with the CONTAINERD IMAGE STORE
# ({"features": {"containerd-snapshotter": true}}), the default of fresh Docker 29+ installs such as
# GitHub's hosted runners: image IDs are manifest (index) digests, `docker save` writes an OCI layout,
# buildx --load keeps attestation manifests, pushes send what the store holds.
#
#   scripts/lab.d/containerd-engine.sh up       start it (idempotent) and load the lab base image
#   scripts/lab.d/containerd-engine.sh down     stop it (files stay in .lab/containerd for a warm start)
#   scripts/lab.d/containerd-engine.sh status   one status line (exit 0 up, 1 off)
#   scripts/lab.d/containerd-engine.sh env      BLACKBELT_CONTAINERD_DOCKER_HOST=unix://… when it is up
#
# Can also be sourced (scripts/lab does): functions ctrd_up, ctrd_down, ctrd_status, ctrd_env, ctrd_ping.
#
# Private like the modern engine: own config file, socket, pidfile, --data-root, --exec-root (so its
# managed containerd has its own state, root and socket under .lab/containerd/exec/containerd),
# cgroup parent and bridge bb-ctrd0 (10.215.0.1/24); --iptables=false so it never touches the main
# engine's chains; while it runs, one ACCEPT rule in DOCKER-USER lets containers on its bridge talk.
# Never --bridge none or --default-address-pool: dockerd then deletes the link docker0 (the main
# engine's bridge). containerd, containerd-shim-runc-v2 and runc are Debian bookworm's (containerd
# 1.6.20 serves the containerd store of dockerd 26.1 here; checked end to end by
# test/build-parity-image/containerd-store.test.ts). The dockerd binary comes from $LAB_DIR/modern/root
# when `scripts/lab up --modern` unpacked it, else trixie's docker.io .deb is fetched (apt, the
# machine's Debian mirror) and unpacked with dpkg -x into $CTRD_DIR/root. Nothing is ever pulled:
# the base image comes from the main engine (`docker save | docker load`).
# Overrides: BLACKBELT_LAB_DIR, BLACKBELT_BASE_IMAGE, BLACKBELT_DOCKER_SOCK (the main engine).

CTRD_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CTRD_LAB_DIR=${BLACKBELT_LAB_DIR:-$CTRD_REPO/.lab}
CTRD_DIR="$CTRD_LAB_DIR/containerd"
CTRD_SOCK="$CTRD_DIR/docker.sock"
CTRD_PIDFILE="$CTRD_DIR/docker.pid"
CTRD_LOG="$CTRD_LAB_DIR/logs/containerd-dockerd.log"
CTRD_BRIDGE=bb-ctrd0
CTRD_BRIDGE_ADDR=10.215.0.1/24
CTRD_BASE_IMAGE=${BLACKBELT_BASE_IMAGE:-local/python-base:3.11}
CTRD_MAIN_SOCK=${BLACKBELT_DOCKER_SOCK:-/var/run/docker.sock}
ctrd_fw_rule=(DOCKER-USER -i "$CTRD_BRIDGE" -o "$CTRD_BRIDGE" -m comment --comment blackbelt-lab-containerd -j ACCEPT)

ctrd_say() { printf '[lab containerd] %s\n' "$*" >&2; }
ctrd_ping() { curl -sf --max-time 2 --unix-socket "$CTRD_SOCK" http://localhost/_ping >/dev/null 2>&1; }
ctrd_docker() { DOCKER_HOST="unix://$CTRD_SOCK" docker "$@"; }
ctrd_main_docker() { DOCKER_HOST="unix://$CTRD_MAIN_SOCK" docker "$@"; }
ctrd_pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
ctrd_pid() { cat "$CTRD_PIDFILE" 2>/dev/null || true; }
# the pid in our pidfile is a dockerd serving our socket
ctrd_pid_ours() { ctrd_pid_alive "$1" && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$CTRD_SOCK"; }

# The dockerd 26 root: the modern engine's unpacked one, or our own copy.
ctrd_root() {
  local r
  for r in "$CTRD_LAB_DIR/modern/root" "$CTRD_DIR/root"; do
    if [ -x "$r/usr/sbin/dockerd" ] && "$r/usr/sbin/dockerd" --version >/dev/null 2>&1; then echo "$r"; return 0; fi
  done
  return 1
}

# trixie's docker.io unpacked into $CTRD_DIR/root (same recipe as scripts/lab's trixie_fetch: a private
# apt state with only trixie's sources, `apt-get download`, `dpkg -x`; nothing is installed).
ctrd_fetch_dockerd() {
  local alt="$CTRD_DIR/apt-trixie" log="$CTRD_LAB_DIR/logs/containerd-fetch.log" mirror rc=0
  mirror=$(grep -hoE '(https?|file)://[^ ]*/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | tr -d ' ')
  mirror=${mirror%/}
  mirror=${mirror:-http://deb.debian.org/debian}
  rm -rf "$alt" "$CTRD_DIR/root.new"
  mkdir -p "$alt/lists/partial" "$alt/cache/archives/partial" "$alt/parts" "$alt/deb" "$CTRD_DIR/root.new"
  printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" >"$alt/parts/trixie.sources"
  local -a opts=(-q -o APT::Sandbox::User=root -o Dir::State::Lists="$alt/lists" -o Dir::Cache="$alt/cache"
    -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$alt/parts" -o Dir::Etc::Preferences=/dev/null
    -o Dir::Etc::PreferencesParts="$alt/parts" -o APT::Architectures::=amd64 -o Acquire::Languages=none)
  ctrd_say "fetching trixie's docker.io .deb (log: $log)"
  { apt-get "${opts[@]}" update && (cd "$alt/deb" && apt-get "${opts[@]}" download docker.io) &&
    dpkg -x "$alt"/deb/docker.io_*.deb "$CTRD_DIR/root.new"; } >>"$log" 2>&1 || rc=1
  rm -rf "$alt"
  if [ $rc -eq 0 ]; then rm -rf "$CTRD_DIR/root" && mv "$CTRD_DIR/root.new" "$CTRD_DIR/root"; else rm -rf "$CTRD_DIR/root.new"; fi
  return $rc
}

ctrd_network() {
  if ! ip link show "$CTRD_BRIDGE" >/dev/null 2>&1; then
    ip link add "$CTRD_BRIDGE" type bridge || return 1
    ip addr add "$CTRD_BRIDGE_ADDR" dev "$CTRD_BRIDGE" || { ip link del "$CTRD_BRIDGE" 2>/dev/null; return 1; }
  fi
  ip -o -4 addr show dev "$CTRD_BRIDGE" | grep -qF " ${CTRD_BRIDGE_ADDR} " ||
    { ctrd_say "bridge $CTRD_BRIDGE exists without address $CTRD_BRIDGE_ADDR"; return 1; }
  ip link set "$CTRD_BRIDGE" up || return 1
  if command -v iptables >/dev/null && iptables -n -L DOCKER-USER >/dev/null 2>&1; then
    iptables -C "${ctrd_fw_rule[@]}" 2>/dev/null || iptables -I "${ctrd_fw_rule[@]}" ||
      ctrd_say "WARNING: could not add the DOCKER-USER rule; containers on $CTRD_BRIDGE cannot reach each other"
  fi
}

ctrd_fail() { # MESSAGE: report, undo a half start, return 1
  ctrd_say "ERROR: $*"
  [ -f "$CTRD_LOG" ] && tail -15 "$CTRD_LOG" >&2
  ctrd_down >/dev/null 2>&1 || true
  ctrd_say "not available; the other engines are unaffected"
  return 1
}

ctrd_up() {
  mkdir -p "$CTRD_DIR" "$(dirname "$CTRD_LOG")"
  local root pid docker0 i
  if ctrd_ping; then
    ctrd_say "dockerd (containerd image store): answering on $CTRD_SOCK"
  else
    root=$(ctrd_root) || { ctrd_fetch_dockerd && root=$(ctrd_root); } || { ctrd_fail "no runnable dockerd 26 (fetching trixie's docker.io failed)"; return 1; }
    command -v containerd >/dev/null || { ctrd_fail "containerd (bookworm's) not found"; return 1; }
    # unix socket paths are limited to 108 bytes; containerd's live under the exec root
    [ ${#CTRD_DIR} -le 60 ] || { ctrd_fail "$CTRD_DIR is too long for the engine's unix sockets (max 60 chars; set BLACKBELT_LAB_DIR)"; return 1; }
    ctrd_network 2>>"$CTRD_LOG" || { ctrd_fail "could not set up bridge $CTRD_BRIDGE ($CTRD_BRIDGE_ADDR)"; return 1; }
    docker0=$(ip -o -4 addr show dev docker0 2>/dev/null | awk '{print $4; exit}')
    pid=$(ctrd_pid)
    if ctrd_pid_ours "$pid"; then
      ctrd_say "dockerd: pid $pid exists but does not answer yet; waiting"
    else
      echo '{"features": {"containerd-snapshotter": true}}' >"$CTRD_DIR/daemon.json"
      rm -f "$CTRD_SOCK"
      # PATH: its own docker-proxy first; containerd, runc and docker-init are bookworm's.
      # 9>&- : do not hand scripts/lab's lock to a daemon that outlives it.
      PATH="$root/usr/sbin:$PATH" setsid nohup "$root/usr/sbin/dockerd" \
        --config-file "$CTRD_DIR/daemon.json" --host "unix://$CTRD_SOCK" --pidfile "$CTRD_PIDFILE" \
        --data-root "$CTRD_DIR/data" --exec-root "$CTRD_DIR/exec" --cgroup-parent /blackbelt-containerd \
        --bridge "$CTRD_BRIDGE" --iptables=false --ip6tables=false --ip-forward=false \
        --userland-proxy-path "$root/usr/sbin/docker-proxy" \
        >>"$CTRD_LOG" 2>&1 </dev/null 9>&- &
      pid=$!
      ctrd_say "dockerd: started pid $pid ($root/usr/sbin/dockerd; log: $CTRD_LOG)"
    fi
    for ((i = 0; i < 300; i++)); do
      ctrd_ping && break
      ctrd_pid_alive "$pid" || break
      sleep 0.1
    done
    if [ -n "$docker0" ] && ! ip link show docker0 >/dev/null 2>&1; then
      ctrd_say "WARNING: docker0 (the main engine's bridge) disappeared; recreating it with $docker0"
      ip link add docker0 type bridge && ip addr add "$docker0" dev docker0 && ip link set docker0 up
    fi
    if ! ctrd_ping; then
      if ctrd_pid_alive "$pid"; then ctrd_fail "dockerd did not answer on $CTRD_SOCK within 30 s"; else ctrd_fail "dockerd exited during start (its log ends above)"; fi
      return 1
    fi
  fi
  local store
  store=$(ctrd_docker info -f '{{range .DriverStatus}}{{index . 0}}={{index . 1}} {{end}}' 2>/dev/null)
  case $store in
    *io.containerd.snapshotter*) ;;
    *) ctrd_fail "dockerd at $CTRD_SOCK does not use the containerd image store (driver status: $store)"; return 1 ;;
  esac
  ctrd_say "dockerd: server $(ctrd_docker version -f '{{.Server.Version}}' 2>/dev/null), containerd image store ($store)"
  # The lab base image, same layers as in the main engine (its ID here is a manifest digest, so the
  # layer diff IDs are what is compared).
  local want have
  want=$(ctrd_main_docker image inspect -f '{{json .RootFS.Layers}}' "$CTRD_BASE_IMAGE" 2>/dev/null || true)
  have=$(ctrd_docker image inspect -f '{{json .RootFS.Layers}}' "$CTRD_BASE_IMAGE" 2>/dev/null || true)
  if [ -z "$want" ]; then
    [ -n "$have" ] || ctrd_say "WARNING: $CTRD_BASE_IMAGE is in neither engine (scripts/lab up builds it)"
  elif [ "$have" != "$want" ]; then
    ctrd_main_docker save "$CTRD_BASE_IMAGE" 2>>"$CTRD_LOG" | ctrd_docker load -q >>"$CTRD_LOG" 2>&1 ||
      { ctrd_fail "loading $CTRD_BASE_IMAGE failed"; return 1; }
    have=$(ctrd_docker image inspect -f '{{json .RootFS.Layers}}' "$CTRD_BASE_IMAGE" 2>/dev/null || true)
    [ "$have" = "$want" ] || ctrd_say "WARNING: $CTRD_BASE_IMAGE has layers $have here, $want in the main engine"
    ctrd_say "base image: loaded $CTRD_BASE_IMAGE $(ctrd_docker image inspect -f '{{.Id}}' "$CTRD_BASE_IMAGE" | cut -c1-19)"
  fi
}

ctrd_down() { # keeps $CTRD_DIR (its data) so the next start is warm
  local pid i
  pid=$(ctrd_pid)
  if ctrd_pid_ours "$pid"; then
    kill -TERM "$pid"
    for ((i = 0; i < 300; i++)); do ctrd_pid_alive "$pid" || break; sleep 0.1; done
    if ctrd_pid_alive "$pid"; then
      ctrd_say "WARNING: dockerd (pid $pid) still running after 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    ctrd_say "dockerd: stopped (pid $pid)"
  elif ctrd_ping; then
    ctrd_say "WARNING: a dockerd answers on $CTRD_SOCK but $CTRD_PIDFILE does not name it; left running"
    return 0
  else
    ctrd_say "dockerd: not running"
  fi
  rm -f "$CTRD_PIDFILE"
  # What the stopped engine left mounted below its directory (netns bind mounts): deepest first.
  awk -v d="$CTRD_DIR/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mnt; do umount -l "$mnt" 2>/dev/null || true; done
  if command -v iptables >/dev/null; then
    while iptables -C "${ctrd_fw_rule[@]}" 2>/dev/null; do iptables -D "${ctrd_fw_rule[@]}" || break; done
  fi
  ip link del "$CTRD_BRIDGE" 2>/dev/null || true
}

ctrd_status() { # one status line; 0 when up
  if ctrd_ping; then
    printf '%-14s %-9s %s\n' ctrd-dockerd up "pid $(ctrd_pid), server $(ctrd_docker version -f '{{.Server.Version}}' 2>/dev/null || echo '?'), containerd image store (containerd $(ctrd_docker info -f '{{.ContainerdCommit.ID}}' 2>/dev/null || echo '?')), unix://$CTRD_SOCK, base image $(ctrd_docker image inspect -f '{{.Id}}' "$CTRD_BASE_IMAGE" 2>/dev/null | cut -c1-19 || echo absent)"
  else
    printf '%-14s %-9s %s\n' ctrd-dockerd off "optional: scripts/lab up --containerd"
    return 1
  fi
}

ctrd_env() { if ctrd_ping; then echo "BLACKBELT_CONTAINERD_DOCKER_HOST=unix://$CTRD_SOCK"; fi; }

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case ${1:-} in
    up) ctrd_up ;;
    down) ctrd_down ;;
    status) ctrd_status ;;
    env) ctrd_env ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
fi
