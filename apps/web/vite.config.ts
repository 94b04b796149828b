import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://localhost:3000';

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
  },
  server: {
    host: 'localhost',
    proxy: {
      // Socket.io runs under /api/socket.io, so `ws: true` covers the websocket upgrade too.
      '/api': { target: apiTarget, changeOrigin: false, ws: true },
    },
  },
});
