import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { getDb } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { SessionClaims } from '@/lib/auth/session-user';
import { openSession } from '@/lib/devices/sessions';
import type { Actor, Role } from '@/lib/policy';

export const PASSWORD = 'correct horse battery';
let hash: Promise<string> | undefined;

export async function createUser(role: Role = 'member', extra: Partial<typeof users.$inferInsert> = {}) {
  hash ??= hashPassword(PASSWORD);
  const [row] = await getDb()
    .insert(users)
    .values({ email: `${role}-${randomUUID()}@test.example`, displayName: `Test ${role}`, passwordHash: await hash, role, ...extra })
    .returning();
  return row!;
}

export function actorOf(row: typeof users.$inferSelect): Actor {
  return { id: row.id, role: row.role, status: row.status, statusUntil: row.statusUntil, statusReason: row.statusReason };
}

/** What a signed-in browser's token says: the account, its version and a device of its own. */
export async function sessionOf(row: { id: string; sessionVersion: number }, device = { userAgent: null as string | null, acceptLanguage: null as string | null }): Promise<SessionClaims> {
  return { userId: row.id, sessionVersion: row.sessionVersion, sessionId: await openSession(row.id, device) };
}

/** The cookie such a browser sends (sockets read it). */
export async function sessionCookie(row: { id: string; sessionVersion: number }): Promise<string> {
  const s = await sessionOf(row);
  const token = await encode({ token: { uid: s.userId, sv: s.sessionVersion, sid: s.sessionId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/** What a socket's handshake found for such a browser. */
export async function socketIdentity(row: { id: string; role: Role; sessionVersion: number }) {
  return { ...(await sessionOf(row)), role: row.role };
}

export async function reload(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row!;
}

export async function auditCount(): Promise<number> {
  return (await getDb().select().from(auditLog)).length;
}
