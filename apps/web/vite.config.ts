import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (apps/api) serves the built app and GraphQL from one origin; in development the
// dev server forwards /graphql (HTTP and the graphql-ws WebSocket) to it so the app keeps
// using same-origin URLs.
const apiTarget = process.env.NORTE_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
    },
  },
});
