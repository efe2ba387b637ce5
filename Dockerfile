# The govgraph API for machines with Docker; Neo4j comes from docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY test ./test
COPY web ./web
COPY scripts ./scripts
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY src/extract/lexicon ./src/extract/lexicon
COPY src/graph/lexicon ./src/graph/lexicon
COPY schema ./schema
COPY seeds ./seeds
EXPOSE 4000
USER node
CMD ["node", "bin/govgraph.js", "serve", "--seed", "seeds"]
