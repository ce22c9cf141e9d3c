#!/bin/sh
# The nginx service of docker-compose.yml runs this: it renders deploy/nginx/congkhai.conf for the compose network
# (the three EDIT values: listen 80 as shipped, the site server at site:4321, the builds on the shared volume at
# /data/builds), then runs nginx in the foreground. The same file is used, so the compose path cannot drift from
# the documented one. With a target argument it only renders (scripts/lib/nginx.test.ts checks the result).
#
# Usage: compose.sh [source] [target]
set -eu
src="${1:-/etc/congkhai/congkhai.conf}"
out="${2:-/etc/nginx/conf.d/default.conf}"
sed -e 's|server 127.0.0.1:4321;|server site:4321;|' \
    -e 's|root /srv/congkhai/builds/current/client;|root /data/builds/current/client;|' \
    "$src" > "$out"
for value in 'listen 80;' 'server site:4321;' 'root /data/builds/current/client;'; do
  grep -qF "$value" "$out" || { echo "compose.sh: '$value' missing after rendering $src" >&2; exit 1; }
done
[ -n "${2:-}" ] && exit 0
exec nginx -g 'daemon off;'
