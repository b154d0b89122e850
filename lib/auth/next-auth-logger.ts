import type { LoggerInstance } from 'next-auth';
import { logger } from '@/lib/logging/logger';

// next-auth's own logger prints whole error objects to the console: a refused OpenID callback's error
// carries the ID token and its claims (e-mail, name). Here only the code and the error's kind and
// message reach the log, through pino like every other line.
const brief = (metadata: unknown) => {
  const e = (metadata as { error?: unknown })?.error ?? metadata;
  return e instanceof Error ? { error: e.name, message: e.message.slice(0, 200) } : {};
};

export const nextAuthLogger: LoggerInstance = {
  error: (code, metadata) => logger.error({ code, ...brief(metadata) }, 'next-auth error'),
  warn: (code) => logger.warn({ code }, 'next-auth warning'),
  debug: () => undefined,
};
