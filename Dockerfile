# One image for both processes: `node dist/bundle/api.js` or `node dist/bundle/worker.js` (see docker-compose.yml).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# Node keeps the processes' compiled code here: a restarted container starts faster.
ENV NODE_COMPILE_CACHE=/tmp/neuland-compile-cache
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/bundle/api.js"]
