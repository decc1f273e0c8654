import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

const backend = process.env.ONEVISIT_BACKEND_URL ?? 'http://localhost:8080'

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: each <el-*> tag imports only its component and its CSS.
    Components({
      dts: 'components.d.ts',
      dirs: [],
      // Unit tests run in Node, which cannot import Element Plus's CSS files.
      resolvers: [ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })],
    }),
  ],
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    // The ECharts chunk (core, bar, pie, grid, legend, tooltip, SVG renderer) is ~540 kB minified, ~190 kB gzipped;
    // it is loaded only by the lazily loaded /stats and /staff/stats pages.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined
          if (/node_modules\/(@vue|vue|vue-router|pinia)\//.test(id)) return 'vue'
          if (/node_modules\/(vue-i18n|@intlify)\//.test(id)) return 'i18n'
          // Only the statistics pages draw charts: ECharts gets its own chunk, loaded with those pages alone.
          if (/node_modules\/(echarts|zrender|vue-echarts)\//.test(id)) return 'echarts'
          return undefined
        },
      },
    },
  },
})
