import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailOutbox, recoveryCodes, twoFactor, twoFactorSettings, users, userSessions } from '@/db/schema';
import { BadCredentials } from '@/lib/auth/authenticate';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { Conflict, Forbidden, Invalid, RateLimited } from '@/lib/errors';
import { confirmEnrolment, startEnrolment } from '@/lib/two-factor/enrol';
import { disableSecondFactor } from '@/lib/two-factor/disable';
import { listSecondFactors } from '@/lib/two-factor/queries';
import { secondFactorOverdue } from '@/lib/two-factor/requirement';
import { resetSecondFactor } from '@/lib/two-factor/reset';
import { setTwoFactorGrace } from '@/lib/two-factor/settings';
import { BadSecondFactor, SecondFactorNeeded, signInWithSecondFactor, SignInTicketExpired } from '@/lib/two-factor/sign-in';
import { totpCode } from '@/lib/two-factor/totp';
import { issueTicket } from '@/lib/two-factor/ticket';
import { actorOf, auditCount, createUser, PASSWORD, reload, sessionOf } from '../factories';

const STEP_MS = 30_000;

/** Codes are computed a step apart: stay clear of a step's edge, so that "this step" means the same at both ends. */
async function awayFromStepEdge() {
  const into = Date.now() % STEP_MS;
  if (into > STEP_MS - 4000) await new Promise((r) => setTimeout(r, STEP_MS - into + 200));
}

const codeAt = (secret: string, offsetSteps: number) => totpCode(secret, new Date(Date.now() + offsetSteps * STEP_MS));

/** Enrols with a code from the previous step, as a phone whose clock is a little behind would. */
async function enrol(row: typeof users.$inferSelect) {
  await awayFromStepEdge();
  const { secret, qrSvg } = await startEnrolment({ actor: actorOf(row), input: {} });
  expect(qrSvg).toContain('<svg');
  const { recoveryCodes: codes } = await confirmEnrolment({ actor: actorOf(row), input: { code: codeAt(secret, -1) } });
  return { secret, codes };
}

async function ticketFor(row: typeof users.$inferSelect, ip: string): Promise<string> {
  const e = await signInWithSecondFactor({ email: row.email, password: PASSWORD, ip }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(SecondFactorNeeded);
  return (e as SecondFactorNeeded).ticket;
}

const withCode = (ticket: string, code: string) => signInWithSecondFactor({ ticket, code, ip: 'tf' });

describe('two-factor sign-in', () => {
  it('enrols with a QR secret shown once, stores it sealed and ten recovery codes hashed', async () => {
    const row = await createUser('member');
    const { secret, codes } = await enrol(row);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [stored] = await getDb().select().from(twoFactor).where(eq(twoFactor.userId, row.id));
    expect(stored!.enabledAt).toBeInstanceOf(Date);
    expect(stored!.sealedSecret).not.toContain(secret);
    const hashes = await getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, row.id));
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(codes.map((c) => c.replace('-', ''))).not.toContain(h.codeHash);
    // Once on, the secret is never handed out again.
    await expect(startEnrolment({ actor: actorOf(row), input: {} })).rejects.toBeInstanceOf(Conflict);
  });

  it('a wrong first code leaves it off, with the error on the field', async () => {
    const row = await createUser('member');
    await startEnrolment({ actor: actorOf(row), input: {} });
    const e = await confirmEnrolment({ actor: actorOf(row), input: { code: '000000' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Invalid);
    expect((e as Invalid).fieldErrors.code).toEqual(['twoFactor.errors.badCode']);
    const [stored] = await getDb().select().from(twoFactor).where(eq(twoFactor.userId, row.id));
    expect(stored!.enabledAt).toBeNull();
    // Without a confirmed factor, the password alone signs in.
    await expect(signInWithSecondFactor({ email: row.email, password: PASSWORD, ip: 'tf-0' })).resolves.toMatchObject({ id: row.id });
  });

  it('asks for a code after the password, and never accepts the same window twice', async () => {
    const row = await createUser('staff');
    const { secret } = await enrol(row);
    await expect(signInWithSecondFactor({ email: row.email, password: 'wrong password', ip: 'tf-1' })).rejects.toBeInstanceOf(BadCredentials);
    const ticket = await ticketFor(row, 'tf-1');
    // The previous step's code was spent by the enrolment: used twice, refused.
    await awayFromStepEdge();
    await expect(withCode(ticket, codeAt(secret, -1))).rejects.toBeInstanceOf(BadSecondFactor);
    await expect(withCode(ticket, codeAt(secret, 0))).resolves.toMatchObject({ id: row.id });
    await expect(withCode(ticket, codeAt(secret, 0))).rejects.toBeInstanceOf(BadSecondFactor);
    // An earlier window after a later one is a replay too.
    await expect(withCode(ticket, codeAt(secret, -1))).rejects.toBeInstanceOf(BadSecondFactor);
    await expect(withCode(ticket, codeAt(secret, 1))).resolves.toMatchObject({ id: row.id });
  });

  it('a recovery code works once', async () => {
    const row = await createUser('member');
    const { codes } = await enrol(row);
    const ticket = await ticketFor(row, 'tf-2');
    await expect(withCode(ticket, codes[3]!.toLowerCase())).resolves.toMatchObject({ id: row.id });
    await expect(withCode(ticket, codes[3]!)).rejects.toBeInstanceOf(BadSecondFactor);
    await expect(withCode(ticket, codes[4]!)).resolves.toMatchObject({ id: row.id });
    const used = (await getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, row.id))).filter((c) => c.usedAt);
    expect(used).toHaveLength(2);
  });

  it('rate-limits codes per account: after five wrong ones even the right code waits', async () => {
    const row = await createUser('member');
    const { secret } = await enrol(row);
    const ticket = await ticketFor(row, 'tf-3');
    for (let i = 0; i < 5; i++) await expect(withCode(ticket, `12345${i}`)).rejects.toBeInstanceOf(BadSecondFactor);
    await awayFromStepEdge();
    await expect(withCode(ticket, codeAt(secret, 0))).rejects.toBeInstanceOf(RateLimited);
    const [stored] = await getDb().select().from(twoFactor).where(eq(twoFactor.userId, row.id));
    // Refused before it was checked: the code was not spent.
    expect(stored!.lastStep).toBeLessThan(Math.floor(Date.now() / STEP_MS));
  });

  it('refuses a tampered or outdated ticket', async () => {
    const row = await createUser('member');
    const { secret } = await enrol(row);
    const ticket = await ticketFor(row, 'tf-4');
    await expect(withCode(`${ticket}x`, codeAt(secret, 0))).rejects.toBeInstanceOf(SignInTicketExpired);
    await expect(withCode(issueTicket(row, new Date(Date.now() - 10 * 60_000)), codeAt(secret, 0))).rejects.toBeInstanceOf(SignInTicketExpired);
    // A password reset (or "sign out everywhere") in between voids it.
    await getDb().update(users).set({ sessionVersion: row.sessionVersion + 1 }).where(eq(users.id, row.id));
    await expect(withCode(ticket, codeAt(secret, 0))).rejects.toBeInstanceOf(SignInTicketExpired);
  });

  it('a member turns it off with a code; staff may not', async () => {
    const member = await createUser('member');
    const { secret } = await enrol(member);
    await expect(disableSecondFactor({ actor: actorOf(member), input: { code: '111111' } })).rejects.toBeInstanceOf(Invalid);
    await awayFromStepEdge();
    await disableSecondFactor({ actor: actorOf(member), input: { code: codeAt(secret, 0) } });
    expect(await getDb().select().from(twoFactor).where(eq(twoFactor.userId, member.id))).toHaveLength(0);
    expect(await getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, member.id))).toHaveLength(0);

    const staff = await createUser('staff');
    const { codes } = await enrol(staff);
    await expect(disableSecondFactor({ actor: actorOf(staff), input: { code: codes[0]! } })).rejects.toBeInstanceOf(Forbidden);
    expect(await getDb().select().from(twoFactor).where(eq(twoFactor.userId, staff.id))).toHaveLength(1);
  });
});

describe('required for staff after the grace period', () => {
  it('counts the manager’s grace days from the later of the account and the rule', async () => {
    const manager = await createUser('manager');
    const staff = await createUser('staff');
    const member = await createUser('member');
    const staffSession = await sessionOf(staff);
    const standing = async () => (await resolveSessionUser(staffSession))!.secondFactor;

    // Default: seven days from now (the account is new).
    const before = await standing();
    expect(before.enabled).toBe(false);
    expect(before.dueAt!.getTime()).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600_000);
    expect(secondFactorOverdue(before)).toBe(false);
    expect((await resolveSessionUser(await sessionOf(member)))!.secondFactor.dueAt).toBeNull();

    // A staff member cannot change the rule.
    const audits = await auditCount();
    await expect(setTwoFactorGrace({ actor: actorOf(staff), input: { graceDays: '0' } })).rejects.toBeInstanceOf(Forbidden);
    expect(await auditCount()).toBe(audits);
    await expect(setTwoFactorGrace({ actor: actorOf(manager), input: { graceDays: '91' } })).rejects.toBeInstanceOf(Invalid);

    await setTwoFactorGrace({ actor: actorOf(manager), input: { graceDays: '0' } });
    expect(secondFactorOverdue(await standing())).toBe(true);
    const list = await listSecondFactors((await resolveSessionUser(await sessionOf(manager)))!);
    expect(list.find((r) => r.id === staff.id)).toMatchObject({ enabledAt: null });
    expect(list.find((r) => r.id === member.id)).toBeUndefined();

    // Enrolling opens the staff pages again.
    await enrol(staff);
    expect(await standing()).toEqual({ enabled: true, dueAt: null });
    await setTwoFactorGrace({ actor: actorOf(manager), input: { graceDays: '7' } });
    const [rule] = await getDb().select().from(twoFactorSettings);
    expect(rule!.graceDays).toBe(7);
  });
});

describe('a manager resets a second factor', () => {
  it('a staff member trying it is refused and nothing changes', async () => {
    const [laura, jorge] = [await createUser('staff'), await createUser('staff')];
    await enrol(jorge);
    const jorgeSession = await sessionOf(jorge);
    const audits = await auditCount();
    await expect(resetSecondFactor({ actor: actorOf(laura), input: { userId: jorge.id } })).rejects.toBeInstanceOf(Forbidden);
    expect(await getDb().select().from(twoFactor).where(eq(twoFactor.userId, jorge.id))).toHaveLength(1);
    expect(await resolveSessionUser(jorgeSession)).not.toBeNull();
    expect(await auditCount()).toBe(audits);
    expect(await getDb().select().from(mailOutbox).where(eq(mailOutbox.userId, jorge.id))).toHaveLength(0);
  });

  it('removes the factor and codes, signs out every device, audits and e-mails the person', async () => {
    const manager = await createUser('manager');
    const jorge = await createUser('staff', { displayName: 'Jorge Martín' });
    await enrol(jorge);
    const [phone, laptop] = [await sessionOf(jorge), await sessionOf(jorge)];
    await resetSecondFactor({ actor: actorOf(manager), input: { userId: jorge.id } });
    expect(await getDb().select().from(twoFactor).where(eq(twoFactor.userId, jorge.id))).toHaveLength(0);
    expect(await getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, jorge.id))).toHaveLength(0);
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(laptop)).toBeNull();
    expect(await getDb().select().from(userSessions).where(eq(userSessions.userId, jorge.id))).toHaveLength(0);
    const mails = await getDb().select().from(mailOutbox).where(eq(mailOutbox.userId, jorge.id));
    expect(mails.map((m) => m.category)).toEqual(['two_factor_reset']);
    // The password alone signs in again, to enrol anew.
    await expect(signInWithSecondFactor({ email: jorge.email, password: PASSWORD, ip: 'tf-5' })).resolves.toMatchObject({ id: jorge.id });
    // A manager cannot reset their own.
    await expect(resetSecondFactor({ actor: actorOf(manager), input: { userId: manager.id } })).rejects.toBeInstanceOf(Forbidden);
    expect((await reload(jorge.id)).sessionVersion).toBe(jorge.sessionVersion + 1);
  });
});
