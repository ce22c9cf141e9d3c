# One image for the CMS and the public site (docker-compose.yml runs it twice, with a different command): the root
# build compiles both, and the site server rebuilds the site at run time from its sources, which import the CMS's
# generated types and the contracts both sides share (contracts/: the tracking-code format, the statistics import
# template, …). One image carries all of it, so no per-file copy list can miss a shared file (scripts/lib/dockerfiles.int.test.ts lays out exactly what the
# COPY lines copy and runs the build and both start commands there).
# Build from the repository root: docker build -t congkhai .
FROM node:24-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY cms/package.json cms/
COPY site/package.json site/
COPY search/package.json search/
COPY contracts/package.json contracts/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts scripts
COPY search search
COPY contracts contracts
COPY cms cms
COPY site site
# Everything production runs, compiled: the CMS's standalone Next.js build and the bundles in dist/ (no TypeScript
# loader at run time).
RUN npm run build
# The state lives on volumes mounted at /data and /builds (docker-compose.yml); an empty named volume takes the owner
# of the folder it is mounted on, so the unprivileged user can write there. The site's run-time builds also write
# Astro's and Vite's caches beside its sources, and the standalone CMS writes Next's cache in its own folder.
RUN mkdir -p /data /builds site/.astro site/node_modules cms/.next/standalone/cms/.next/cache \
 && chown -R node:node /data /builds site/.astro site/node_modules cms/.next/standalone/cms/.next/cache
ENV NODE_ENV=production SITE_HOST=0.0.0.0 SITE_PORT=4321 CMS_PORT=3000 DATA_DIR=/data
USER node
EXPOSE 3000 4321
# The CMS: committed migrations, the demo content once (skipped when present), then the server. The site service of
# docker-compose.yml runs the site server instead.
CMD ["sh", "-c", "node dist/scripts/migrate.mjs && node dist/scripts/seed.mjs --if-empty && exec node --max-semi-space-size=16 --heap-growing-percent=25 --expose-gc dist/cms/server.mjs"]
