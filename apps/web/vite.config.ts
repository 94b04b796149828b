import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API's address for the dev server's proxy. Set INCLUSIEPLEIN_API_URL to use another local port.
const apiTarget = process.env.INCLUSIEPLEIN_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@inclusieplein/contract': fileURLToPath(new URL('../../libs/contract/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    host: 'localhost',
    proxy: {
      // Socket.io runs under /api/socket.io, so `ws: true` covers the websocket upgrade too.
      '/api': { target: apiTarget, changeOrigin: false, ws: true },
    },
  },
});
