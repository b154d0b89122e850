import pino from 'pino';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
// Read before the environment is validated: an unknown level must not crash the start. A person
// at a terminal gets the start banner and problems only; a service (no terminal) gets JSON lines.
const level = LEVELS.includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL! : process.stdout.isTTY ? 'warn' : 'info';

const g = globalThis as unknown as { __tertuliaLogger?: pino.Logger };

// Personal data never reaches the logs: these paths are removed wherever they appear.
export const logger: pino.Logger = (g.__tertuliaLogger ??= pino({
  level,
  redact: { paths: ['email', 'password', '*.email', '*.password', 'to', 'ip', 'req.headers.cookie'], remove: true },
}));
