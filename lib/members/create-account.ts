import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { Role } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { takeRosterEntry } from '@/lib/roster/link';
import { queueMemberJoined } from '@/lib/webhooks/sources';

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  locale: Locale;
  membershipNumber?: string | null;
}

/** Shared by every way in (invitation, approved request, seed); the e-mail stays unique; the roster's row for the address, if any, is taken. */
export async function createAccount(tx: Tx, account: NewAccount): Promise<{ id: string }> {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account.email)).limit(1);
  if (taken) throw new Invalid({ email: ['errors.emailTaken'] });
  const [row] = await tx
    .insert(users)
    .values({ ...account, membershipNumber: account.membershipNumber ?? null })
    .returning({ id: users.id });
  await takeRosterEntry(tx, row!.id, account.email);
  await queueMemberJoined(tx, { id: row!.id, displayName: account.displayName, email: account.email, role: account.role });
  return row!;
}
