import { startReferenceServer } from '../src/bench/reference-server.ts';

// Run by `pnpm bench` in a process of its own, like the real server: APP_URL, PORT, POOL_MAX.
const app = await startReferenceServer(
  process.env.APP_URL ?? '',
  Number(process.env.PORT ?? 3901),
  Number(process.env.POOL_MAX ?? 10),
);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.stdout.write('ready\n');
