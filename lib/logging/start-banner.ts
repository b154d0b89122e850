import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo/accounts';

/** The one line a person at a terminal reads after `npm start`: where to go and how to get in. */
export function startBanner(url: string, demo: boolean, startupMs: number): string {
  const ready = `Tertulia is ready at ${url} (started in ${(startupMs / 1000).toFixed(1)} s)`;
  if (!demo) return ready;
  return `${ready} · demo sign-in: ${DEMO_ACCOUNTS.member} (member), ${DEMO_ACCOUNTS.staff} (staff), ${DEMO_ACCOUNTS.manager} (manager), password ${DEMO_PASSWORD}`;
}
