# mailmedic: the chat bot (Slack / Discord / console) on the current Node LTS.
#   docker build -t mailmedic .
#   docker run --rm -e SLACK_BOT_TOKEN=... -e SLACK_APP_TOKEN=... mailmedic

# ---- build: all dependencies, compile TypeScript into dist/ ----
FROM node:26-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts here: "prepare" would compile before the sources are copied; we build below.
RUN npm ci --ignore-scripts --no-audit --no-fund
# The context holds only tsconfig*, src/, adapters/ and bin/ (.dockerignore is an allow-list), so
# COPY . . works even while a folder such as adapters/ has no committed file yet.
COPY . .
RUN npm run build

# ---- runtime: production dependencies, compiled code, non-root ----
FROM node:26-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
USER node
# Same file as `npm start`; the CLI is `docker run --entrypoint node IMAGE bin/mailmedic.js ...`.
ENTRYPOINT ["node", "dist/src/main.js"]
