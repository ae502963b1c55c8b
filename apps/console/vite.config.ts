import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const SERVICES = ['intake', 'dispatch', 'quality-inspection', 'warehouse-returns', 'claims', 'finance'];
// `npm run dev -w @aftersales/console` beside `npm start`: the APIs, the config and the dev sign-in
// come from the standalone's root port.
const standalone = process.env.STANDALONE_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: Object.fromEntries(
      [...SERVICES, 'config.json', 'auth'].map((p) => [`/${p}`, { target: standalone, changeOrigin: true }]),
    ),
  },
});
