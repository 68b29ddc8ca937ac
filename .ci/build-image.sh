#!/usr/bin/env bash
# Build docker/Dockerfile for real, without a Docker engine, and check the image answers.
#
# 1. a base image made here with debootstrap (Debian bookworm, python3 + venv), since no
#    registry of images is reachable;
# 2. `buildah bud` (vfs storage, chroot isolation) of docker/Dockerfile on that base, with
#    the host's CA bundle as the `pipcert` build secret and the machine's CPU torch wheel in
#    the build context's docker/wheels/;
# 3. inside a container of the image: `crossclaim batch` over the seeds, then
#    `crossclaim serve`; from the host: GET /healthz and GET /v1/contrasts.
#
# Prints "IMAGE BUILT ...", "CONTAINER /healthz -> 200 ..." and
# "CONTAINER /v1/contrasts -> N clusters ..."; exits non-zero on any failure.
# Environment: WORK (scratch dir, default /var/tmp/crossclaim-image), PORT (default 18080),
# KEEP=1 to keep the storage (and so the base image) for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
T0=$(date +%s)
WORK="${WORK:-/var/tmp/crossclaim-image}"
PORT="${PORT:-18080}"
SUITE=bookworm
BASE=localhost/crossclaim-base:$SUITE
IMAGE=localhost/crossclaim:ci
CA=/etc/ssl/certs/ca-certificates.crt
BUILDAH=(buildah --storage-driver vfs --root "$WORK/storage" --runroot "$WORK/run")

log() { echo "build-image [$(( $(date +%s) - T0 ))s]: $*"; }
fail() { echo "build-image FAILED: $*" >&2; exit 1; }

if ! command -v buildah >/dev/null || ! command -v debootstrap >/dev/null; then
    log "installing buildah and debootstrap (Debian)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq buildah debootstrap >/dev/null
fi
mkdir -p "$WORK"

# -- 1. the base image ------------------------------------------------------------------
if "${BUILDAH[@]}" inspect --type image "$BASE" >/dev/null 2>&1; then
    log "base image $BASE already built"
else
    # the Debian mirror this machine's apt uses
    MIRROR="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
              || true)"
    if [ -z "$MIRROR" ]; then
        MIRROR="$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
    fi
    [ -n "$MIRROR" ] || fail "no Debian mirror found in /etc/apt/sources.list*"
    ROOTFS="$WORK/rootfs"
    rm -rf "$ROOTFS"
    log "debootstrap $SUITE (minbase + python3, python3-venv) from $MIRROR"
    debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
        "$SUITE" "$ROOTFS" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap"; }
    rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/*
    tar -C "$ROOTFS" -cf "$WORK/rootfs.tar" .
    rm -rf "$ROOTFS"
    ctr=$("${BUILDAH[@]}" from scratch)
    "${BUILDAH[@]}" add "$ctr" "$WORK/rootfs.tar" / >/dev/null
    "${BUILDAH[@]}" config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        --env LANG=C.UTF-8 --cmd /bin/bash "$ctr"
    "${BUILDAH[@]}" commit --quiet "$ctr" "$BASE" >/dev/null
    "${BUILDAH[@]}" rm "$ctr" >/dev/null
    rm -f "$WORK/rootfs.tar"
    log "base image $BASE built"
fi

# -- 2. the image ----------------------------------------------------------------------------
CONTEXT="$WORK/context"
rm -rf "$CONTEXT"
mkdir -p "$CONTEXT"
# the files of the checkout (committed or not, never what .gitignore leaves out)
git ls-files -z --cached --others --exclude-standard \
    | (cd "$ROOT" && xargs -0 cp --parents -t "$CONTEXT" 2>/dev/null || true)
cp "$ROOT/.dockerignore" "$CONTEXT/" 2>/dev/null || true
[ -f "$CONTEXT/README.md" ] || echo "# crossclaim" > "$CONTEXT/README.md"
mkdir -p "$CONTEXT/docker/wheels"
TORCH_WHEEL="$(ls /opt/wheels/torch-2.13.0+cpu-*.whl 2>/dev/null | head -n1 || true)"
if [ -n "$TORCH_WHEEL" ]; then
    cp "$TORCH_WHEEL" "$CONTEXT/docker/wheels/"
    log "CPU torch wheel in the context: $(basename "$TORCH_WHEEL")"
fi
SECRET=()
[ -s "$CA" ] && SECRET=(--secret "id=pipcert,src=$CA")
log "buildah bud docker/Dockerfile (BASE_IMAGE=$BASE)"
TB=$(date +%s)
"${BUILDAH[@]}" bud --format docker --isolation chroot --network host --layers=false \
    --build-arg "BASE_IMAGE=$BASE" "${SECRET[@]}" \
    -f "$CONTEXT/docker/Dockerfile" -t "$IMAGE" "$CONTEXT" > "$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log"; fail "buildah bud (full log: $WORK/build.log)"; }
SIZE="$("${BUILDAH[@]}" images --format '{{.Size}}' "$IMAGE" | head -n1)"
echo "IMAGE BUILT $IMAGE from $BASE: $SIZE in $(( $(date +%s) - TB ))s"
"${BUILDAH[@]}" inspect --type image --format \
    'IMAGE CONFIG user={{.OCIv1.Config.User}} entrypoint={{.OCIv1.Config.Entrypoint}} cmd={{.OCIv1.Config.Cmd}}{{println}}IMAGE HEALTHCHECK {{.Docker.Config.Healthcheck.Test}}{{println}}' \
    "$IMAGE"

# -- 3. run it ---------------------------------------------------------------------------------
ctr=$("${BUILDAH[@]}" from --quiet "$IMAGE")
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill -- -"$SERVER_PID" 2>/dev/null || kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    "${BUILDAH[@]}" rm "$ctr" >/dev/null 2>&1 || true
    if [ "${KEEP:-0}" != 1 ]; then
        "${BUILDAH[@]}" rmi -f "$IMAGE" >/dev/null 2>&1 || true
    fi
    rm -rf "$CONTEXT"
}
trap cleanup EXIT
"${BUILDAH[@]}" copy --chown 10001:10001 "$ctr" seeds/articles.jsonl /data/in/seeds.jsonl >/dev/null
RUN=("${BUILDAH[@]}" run --isolation chroot --network host)
log "in the container: crossclaim batch /data/in"
"${RUN[@]}" "$ctr" -- crossclaim batch --no-progress /data/in 2>&1 | sed 's/^/CONTAINER batch: /'
log "in the container: crossclaim serve on 127.0.0.1:$PORT"
setsid "${RUN[@]}" --env CROSSCLAIM_HOST=127.0.0.1 --env "CROSSCLAIM_PORT=$PORT" "$ctr" \
    -- crossclaim serve > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
code=000
for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" || true)
    [ "$code" = 200 ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log"; fail "serve exited"; }
    sleep 1
done
[ "$code" = 200 ] || { tail -30 "$WORK/serve.log"; fail "/healthz answered $code"; }
echo "CONTAINER /healthz -> 200 $(curl -s "http://127.0.0.1:$PORT/healthz")"
BODY="$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$PORT/v1/contrasts?q=Lachin%20corridor&limit=5")"
CODE="${BODY##*$'\n'}"
BODY="${BODY%$'\n'*}"
[ "$CODE" = 200 ] || { echo "$BODY"; fail "/v1/contrasts answered $CODE"; }
SUMMARY="$(printf '%s' "$BODY" | python3 -c '
import json, sys
clusters = json.load(sys.stdin)["clusters"]
first = clusters[0] if clusters else {}
claims = [c for k in clusters for c in k["claims"]]
scored = sum(c.get("checkworthy") is not None for c in claims)
print(len(clusters) if scored == len(claims) else 0, "first:", first.get("relation"), "across",
      "; ".join(first.get("sources", [])), f"; {scored}/{len(claims)} claims scored for check-worthiness")
')"
N="${SUMMARY%% *}"
FIRST="${SUMMARY#* }"
[ "$N" -ge 1 ] || { echo "$BODY"; fail "/v1/contrasts found no cluster, or claims without check-worthiness ($FIRST)"; }
echo "CONTAINER /v1/contrasts -> $N clusters ($FIRST)"
log "done in $(( $(date +%s) - T0 ))s"
