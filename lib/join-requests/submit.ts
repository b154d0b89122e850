import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { joinRequests, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { loadBrand } from '@/lib/brand/queries';
import { Invalid } from '@/lib/errors';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { consume } from '@/lib/security/rate-limit';
import {
  displayNameField,
  emailField,
  localeField,
  membershipNumberField,
  optionalOf,
  optionalText,
  passwordField,
} from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { sendAlreadyMemberMail } from './mail';

const input = z.object({
  email: emailField,
  displayName: displayNameField,
  membershipNumber: optionalOf(membershipNumberField),
  message: optionalText(1000),
  password: passwordField,
  locale: localeField,
});

export type JoinRequestInput = z.input<typeof input>;

/**
 * The answer is the same whether or not the address already belongs to a member, so the form
 * cannot be used to find out who is in the club; an existing member gets an e-mail instead.
 */
export async function submitJoinRequest({ input: raw, ip }: { input: JoinRequestInput; ip: string }): Promise<void> {
  const data = parseInput(input, raw);
  const brand = await loadBrand();
  if (brand.askMembershipNumber && !data.membershipNumber) {
    throw new Invalid({ membershipNumber: ['errors.required'] });
  }
  await consume('join', ip);
  const db = getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, data.email)).limit(1);
  if (existing) {
    await sendAlreadyMemberMail(data.email, data.locale);
    return;
  }
  const passwordHash = await hashPassword(data.password);
  // A second submit of the same pending request (double click, retry) adds nothing.
  const inserted = await db
    .insert(joinRequests)
    .values({
      email: data.email,
      displayName: data.displayName,
      membershipNumber: data.membershipNumber,
      message: data.message,
      passwordHash,
      locale: data.locale,
    })
    .onConflictDoNothing()
    .returning({ id: joinRequests.id });
  if (inserted.length > 0) publish(rooms.staff, 'join-requests:changed', {});
}
