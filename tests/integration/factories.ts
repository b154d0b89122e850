import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
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

export async function reload(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row!;
}

export async function auditCount(): Promise<number> {
  return (await getDb().select().from(auditLog)).length;
}
