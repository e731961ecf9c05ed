#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: loopback only, in a temporary folder.
#   tests/support/pg-cluster.sh start DIR [PORT]   initdb + start; prints the URL to stdout
#   tests/support/pg-cluster.sh stop DIR           stop and remove DIR
# As root the server runs as the `postgres` user (initdb refuses root); as another user it
# runs as that user. The superuser is `postgres`, reachable without a password over the
# Unix socket in DIR and with password `postgres` over TCP (scram-sha-256), which is how
# the tests connect.
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-cluster.sh start|stop DIR [PORT]}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[ -x "$bin/initdb" ] || { echo "pg-cluster: PostgreSQL 15 is not installed (setup.sh installs postgresql-15)" >&2; exit 2; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  pw="$dir/.pw"; echo postgres > "$pw"; [ "$(id -u)" -eq 0 ] && chown postgres "$pw"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pw" --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Tests check logic, not durability: no fsync. Enough connections for ctest -j and the
  # concurrency test; a small shared_buffers so several clusters fit on a CI machine.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres:postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "pg-cluster: unknown command $cmd" >&2; exit 2 ;;
esac
