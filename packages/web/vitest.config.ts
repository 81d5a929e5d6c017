import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false, dirs: [] }),
  ],
  test: {
    name: 'web',
    environment: 'happy-dom',
    // Element Plus from source, so its form items and the test share one Vue (else errors never render).
    server: { deps: { inline: ['element-plus'] } },
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
