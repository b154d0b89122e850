import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { ssoLinks, users, type UserRow } from '@/db/schema';
import { AccountBlocked, assertMayEnter } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { DomainError } from '@/lib/errors';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { createAccount } from '@/lib/members/create-account';
import { isActive } from '@/lib/policy';
import { displayNameField, emailField, membershipNumberField } from '@/lib/validation/fields';
import { definePublicVerb } from '@/lib/verb';
import type { SsoRefusal } from './config';

export class SsoRefused extends DomainError {
  readonly status = 403;
  readonly code = 'sso_refused';
  constructor(public readonly reason: SsoRefusal) {
    super(`sso.refused.${reason}`);
  }
}

const input = z.object({
  // The ID token's issuer and subject, already checked by openid-client (signature, audience, expiry, nonce).
  issuer: z.string().min(1).max(500),
  subject: z.string().min(1).max(255),
  email: emailField.optional().catch(undefined),
  emailVerified: z.boolean(),
  name: z.string().max(500).optional(),
  membershipNumber: membershipNumberField.optional().catch(undefined),
  locale: z.string().max(35).optional(),
  /** From the server's configuration, never from the provider. */
  join: z.enum(['roster', 'open']),
});

type Input = z.output<typeof input>;
type Found = { user: UserRow; linked: boolean } | null;

/** The account this identity belongs to: its link first, then (only with a verified e-mail) the same address. */
async function findAccount(db: Executor, data: Input): Promise<Found> {
  const [linked] = await db
    .select({ user: users })
    .from(ssoLinks)
    .innerJoin(users, eq(users.id, ssoLinks.userId))
    .where(and(eq(ssoLinks.issuer, data.issuer), eq(ssoLinks.subject, data.subject)))
    .limit(1);
  if (linked) return { user: linked.user, linked: true };
  if (!data.emailVerified || !data.email) return null;
  const [byEmail] = await db.select().from(users).where(eq(users.email, data.email)).limit(1);
  return byEmail ? { user: byEmail, linked: false } : null;
}

/** The provider's name when it is one we may show to everyone; else the e-mail's first part; else nothing. */
function displayName(data: Input): string | null {
  for (const candidate of [data.name, data.email?.split('@')[0]]) {
    const parsed = displayNameField.safeParse(candidate ?? '');
    if (parsed.success) return parsed.data;
  }
  return null;
}

function localeOf(tag: string | undefined): Locale {
  const language = tag?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'es';
}

/**
 * Signing in with the OpenID provider: the linked account, or the account with the same verified
 * e-mail (linked now), or — when the community lets unknown people join — a new member. A kept-out
 * account stays out exactly as on the password path; every refusal writes nothing.
 */
export const signInWithSso = definePublicVerb({
  name: 'sso.signIn',
  input,
  load: (db, data) => findAccount(db, data),
  // Outside the transaction: the kept-out passes read the moderation tables, and a new account's
  // (unusable) password hash is slow on purpose.
  prepare: async (data, found) => {
    if (found) {
      await assertMayEnter(found.user);
      return { passwordHash: null, keptOutPass: !isActive(found.user) };
    }
    return { passwordHash: await hashPassword(randomBytes(32).toString('base64url')), keptOutPass: false };
  },
  run: async ({ tx, audit, now }, data, _found, prepared) => {
    const found = await findAccount(tx, data);
    if (found) {
      const { user } = found;
      // Sanctioned between the two reads: the pass was given to the account as it was.
      if (!isActive(user) && !prepared.keptOutPass) throw new AccountBlocked(user.status === 'banned' ? 'banned' : 'suspended', user.statusUntil, user.statusReason);
      if (found.linked) {
        await tx
          .update(ssoLinks)
          .set({ lastUsedAt: now })
          .where(and(eq(ssoLinks.issuer, data.issuer), eq(ssoLinks.subject, data.subject)));
        return { userId: user.id, sessionVersion: user.sessionVersion, joined: false };
      }
      if (data.membershipNumber && user.membershipNumber && data.membershipNumber !== user.membershipNumber) throw new SsoRefused('mismatch');
      const [other] = await tx
        .select({ id: ssoLinks.id })
        .from(ssoLinks)
        .where(and(eq(ssoLinks.issuer, data.issuer), eq(ssoLinks.userId, user.id)))
        .limit(1);
      if (other) throw new SsoRefused('linked');
      await tx.insert(ssoLinks).values({ issuer: data.issuer, subject: data.subject, userId: user.id });
      await audit({ actorId: user.id, action: 'sso.link', targetType: 'user', targetId: user.id });
      return { userId: user.id, sessionVersion: user.sessionVersion, joined: false };
    }
    if (!data.emailVerified || !data.email) throw new SsoRefused('unverified');
    if (data.join === 'roster') throw new SsoRefused('roster');
    if (data.membershipNumber) {
      const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.membershipNumber, data.membershipNumber)).limit(1);
      if (holder) throw new SsoRefused('mismatch');
    }
    const name = displayName(data);
    const locale = localeOf(data.locale);
    const user = await createAccount(tx, {
      email: data.email,
      displayName: name ?? (locale === 'es' ? 'Socio nuevo' : 'New member'),
      passwordHash: prepared.passwordHash ?? (await hashPassword(randomBytes(32).toString('base64url'))),
      role: 'member',
      locale,
      membershipNumber: data.membershipNumber ?? null,
    });
    await tx.insert(ssoLinks).values({ issuer: data.issuer, subject: data.subject, userId: user.id });
    await audit({ actorId: user.id, action: 'sso.join', targetType: 'user', targetId: user.id });
    const [created] = await tx.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    return { userId: user.id, sessionVersion: created!.sessionVersion, joined: true };
  },
});
