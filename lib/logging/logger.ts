import pino from 'pino';

const g = globalThis as unknown as { __tertuliaLogger?: pino.Logger };

// Personal data never reaches the logs: these paths are removed wherever they appear.
export const logger: pino.Logger = (g.__tertuliaLogger ??= pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['email', 'password', '*.email', '*.password', 'to', 'ip', 'req.headers.cookie'], remove: true },
}));
