#!/bin/sh
# The nginx service of docker-compose.yml runs this: it renders deploy/nginx/congkhai.conf for the compose network,
# then runs nginx in the foreground. The same file is used, so the compose path cannot drift from the documented one.
# Changes: the site server and the CMS are looked up by name through Docker's DNS (127.0.0.11) at request time and the
# answer is kept 10 s, so a recreated container (new address) is found again without restarting nginx; a name in an
# `upstream` block would be resolved once, at start. The builds are mounted where the file expects them
# (/srv/congkhai/builds), and nginx listens on 80 as shipped. With a target argument it only renders
# (scripts/lib/nginx.test.ts checks the result).
#
# Usage: compose.sh [source] [target]
set -eu
src="${1:-/etc/congkhai/congkhai.conf}"
out="${2:-/etc/nginx/conf.d/default.conf}"
# A variable in proxy_pass makes nginx resolve the name per request (through `resolver`), not once at start.
sed -e '/^upstream congkhai_site {$/,/^}$/d' \
    -e '/^upstream congkhai_cms {$/,/^}$/d' \
    -e 's|^\(    listen 80;.*\)$|\1\n    resolver 127.0.0.11 valid=10s ipv6=off;\n    set $congkhai_site site:4321;\n    set $congkhai_cms cms:3000;|' \
    -e 's|proxy_pass http://congkhai_site;|proxy_pass http://$congkhai_site;|' \
    -e 's|proxy_pass http://congkhai_cms;|proxy_pass http://$congkhai_cms;|' \
    "$src" > "$out"
for value in 'listen 80;' 'resolver 127.0.0.11 valid=10s' 'set $congkhai_site site:4321;' 'set $congkhai_cms cms:3000;' \
    'proxy_pass http://$congkhai_site;' 'proxy_pass http://$congkhai_cms;' 'root /srv/congkhai/builds/current/client;'; do
  grep -qF "$value" "$out" || { echo "compose.sh: '$value' missing after rendering $src" >&2; exit 1; }
done
if grep -qE 'upstream |proxy_pass http://congkhai_' "$out"; then
  echo "compose.sh: an upstream resolved only at start is left after rendering $src" >&2; exit 1
fi
[ -n "${2:-}" ] && exit 0
exec nginx -g 'daemon off;'
