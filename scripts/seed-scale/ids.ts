// Scale rows get identifiers computed from their sequence number, so one bulk statement can point at
// rows another statement wrote (a post at its thread, a thread at its author) without looking them up,
// and the benchmark can name the 1,000-reply thread without asking the database.

export const KIND = {
  user: 0x5ca1e0a1,
  group: 0x5ca1e0b1,
  thread: 0x5ca1e0c1,
  post: 0x5ca1e0d1,
  complaint: 0x5ca1e0e1,
  incident: 0x5ca1e0f1,
  category: 0x5ca1e1a1,
  branch: 0x5ca1e1b1,
  team: 0x5ca1e1c1,
  template: 0x5ca1e1d1,
} as const;
export type Kind = keyof typeof KIND;

/** The same UUID as `uuidSql(kind, n)` computes inside PostgreSQL. */
export function scaleId(kind: Kind, n: number): string {
  return `${KIND[kind].toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** SQL expression for the UUID of row number `n` (an SQL expression) of a kind. */
export function uuidSql(kind: Kind, n: string): string {
  return `(lpad(to_hex(${KIND[kind]}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex((${n})::bigint), 12, '0'))::uuid`;
}

/** Every scale account signs in with this password (one argon2 hash shared by all of them). */
export const SCALE_PASSWORD = 'escala-bench-2026';
export const scaleEmail = (n: number) => `socio${n}@escala.test`;

/** Thread number 1 is always the one with exactly 1,000 replies, in the largest open group. */
export const BIG_THREAD_ID = scaleId('thread', 1);
export const BIG_THREAD_REPLIES = 1000;
