import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { joinRequests, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { loadBrand } from '@/lib/brand/queries';
import { Invalid } from '@/lib/errors';
import { rooms } from '@/lib/realtime/io';
import { consume } from '@/lib/security/rate-limit';
import { displayNameField, emailField, localeField, membershipNumberField, optionalOf, optionalText, passwordField } from '@/lib/validation/fields';
import { definePublicVerb } from '@/lib/verb';
import { createAccount } from '@/lib/members/create-account';
import { waitingRosterEntry } from '@/lib/roster/link';
import { queueAlreadyMemberMail, queueApprovedMail } from './mail';

const input = z.object({
  email: emailField,
  displayName: displayNameField,
  membershipNumber: optionalOf(membershipNumberField),
  message: optionalText(1000),
  password: passwordField,
  locale: localeField,
  /** The request's address, for the rate limit: set by the server, never by the form. */
  ip: z.string(),
});

/**
 * A request whose membership number and address are both in the roster (a member's row, not staff) is
 * approved at once. The answer is the same whether or not the address already belongs to a member, so the form
 * cannot be used to find out who is in the club; an existing member gets an e-mail instead.
 */
export const submitJoinRequest = definePublicVerb({
  name: 'join_requests.submit',
  input,
  load: async (db, { email }) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0] ?? null,
  prepare: async (data, member) => {
    const brand = await loadBrand();
    if (brand.askMembershipNumber && !data.membershipNumber) throw new Invalid({ membershipNumber: ['errors.required'] });
    await consume('join', data.ip);
    return member ? null : { passwordHash: await hashPassword(data.password) };
  },
  run: async (ctx, data, _, newcomer): Promise<void> => {
    if (!newcomer) {
      await queueAlreadyMemberMail(ctx.tx, { address: data.email, locale: data.locale }, {}, ctx.afterCommit);
      return;
    }
    const { email, displayName, membershipNumber, message, locale } = data;
    // Number and address both in the roster: the company already said this person is a member.
    const listed = membershipNumber ? await waitingRosterEntry(ctx.tx, email) : null;
    if (listed && listed.membershipNumber === membershipNumber && listed.role === 'member') {
      const { id: userId } = await createAccount(ctx.tx, { email, displayName, passwordHash: newcomer.passwordHash, role: 'member', locale, membershipNumber });
      const [request] = await ctx.tx
        .insert(joinRequests)
        .values({ email, displayName, membershipNumber, message, passwordHash: newcomer.passwordHash, locale, status: 'approved', decidedAt: ctx.now })
        .returning({ id: joinRequests.id });
      await ctx.audit({ actorId: userId, action: 'join_request.approved_by_roster', targetType: 'join_request', targetId: request!.id });
      await queueApprovedMail(ctx.tx, { userId }, { name: displayName, note: null }, ctx.afterCommit);
      return;
    }
    // A second submit of the same pending request (double click, retry) adds nothing.
    const inserted = await ctx.tx
      .insert(joinRequests)
      .values({ email, displayName, membershipNumber, message, passwordHash: newcomer.passwordHash, locale })
      .onConflictDoNothing()
      .returning({ id: joinRequests.id });
    if (inserted.length > 0) ctx.publish(rooms.staff, 'join-requests:changed', {});
  },
});
