// `npm start`: build if needed, then run the server (Next + socket.io) in production mode.
import { spawn } from 'node:child_process';
import { ensureBuild } from './build-if-stale.mjs';

try {
  ensureBuild();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
