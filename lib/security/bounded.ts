import { RateLimited } from '@/lib/errors';

/**
 * At most `running` calls of expensive work at once, `waiting` more in line; beyond that the caller is
 * told to come back (RateLimited) at once instead of queueing work that would starve everyone else.
 */
export function bounded(running: number, waiting: number, retryAfterSeconds = 2) {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (active >= running) {
      if (queue.length >= waiting) throw new RateLimited(retryAfterSeconds);
      await new Promise<void>((resolve) => queue.push(resolve));
    } else active++;
    try {
      return await work();
    } finally {
      release();
    }
  };
}
