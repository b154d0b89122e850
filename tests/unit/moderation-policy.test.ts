import { describe, expect, it } from 'vitest';
import { type Actor, can, canWrite, isActive, refusal, type Role } from '@/lib/policy';

import { strongestStanding } from '@/lib/moderation/measures';
import type { SanctionKind, TargetFacts } from '@/lib/policy/moderation';
import { assertStanding } from '@/lib/policy';
import { reporterWeight } from '@/lib/moderation/report';
import { applyWatchedWords } from '@/lib/moderation/words';

const person = (id: string, role: Role, extra: Partial<Actor> = {}): Actor => ({ id, role, status: 'active', statusUntil: null, statusReason: null, ...extra });

const member = person('member', 'member');
const author = person('author', 'member');
const staff = person('staff', 'staff');
const answering = person('answering', 'staff');
const manager = person('manager', 'manager');

const post: TargetFacts = { targetType: 'post', authorId: author.id, authorRole: 'member', answeredBy: [] };
const thread: TargetFacts = { ...post, targetType: 'thread' };
const comment: TargetFacts = { ...post, targetType: 'complaint_comment', answeredBy: [answering.id] };
const appealed: TargetFacts = { ...post, decidedBy: staff.id };

const OK = null;
const STAFF_ONLY = 'moderation.errors.staffOnly';
const MANAGER_ONLY = 'moderation.errors.managerOnly';
const CONFLICT = 'moderation.errors.conflictOfInterest';

// The permission behind each moderation action.
const PERMISSION = {
  report: 'report:content',
  appeal: 'appeal:decision',
  review: 'review:content',
  hide: 'hide:content',
  restore: 'restore:content',
  redact: 'redact:content',
  lock: 'lock:content',
  move: 'move:content',
  delete: 'delete:content',
  decide_appeal: 'decide:appeal',
} as const;
type ModerationAction = keyof typeof PERMISSION;

// Every action × member / author / staff / answering staff / manager.
const matrix: [ModerationAction, TargetFacts, [string | null, string | null, string | null, string | null, string | null]][] = [
  ['report', post, [OK, 'moderation.errors.ownContent', OK, OK, OK]],
  ['appeal', post, ['moderation.errors.notYours', OK, 'moderation.errors.notYours', 'moderation.errors.notYours', 'moderation.errors.notYours']],
  ['review', comment, [STAFF_ONLY, STAFF_ONLY, OK, CONFLICT, OK]],
  ['hide', post, [STAFF_ONLY, STAFF_ONLY, OK, OK, OK]],
  ['hide', comment, [STAFF_ONLY, STAFF_ONLY, OK, CONFLICT, OK]],
  ['restore', comment, [STAFF_ONLY, STAFF_ONLY, OK, CONFLICT, OK]],
  ['redact', post, [STAFF_ONLY, STAFF_ONLY, OK, OK, OK]],
  ['redact', comment, [STAFF_ONLY, STAFF_ONLY, OK, CONFLICT, OK]],
  ['lock', thread, [STAFF_ONLY, STAFF_ONLY, OK, OK, OK]],
  ['lock', post, [STAFF_ONLY, STAFF_ONLY, 'moderation.errors.notApplicable', 'moderation.errors.notApplicable', 'moderation.errors.notApplicable']],
  ['move', thread, [STAFF_ONLY, STAFF_ONLY, OK, OK, OK]],
  ['delete', post, [STAFF_ONLY, STAFF_ONLY, MANAGER_ONLY, MANAGER_ONLY, OK]],
  ['delete', thread, [STAFF_ONLY, STAFF_ONLY, MANAGER_ONLY, MANAGER_ONLY, OK]],
  ['delete', comment, [STAFF_ONLY, STAFF_ONLY, MANAGER_ONLY, MANAGER_ONLY, 'moderation.errors.complaintsStay']],
  ['decide_appeal', appealed, [STAFF_ONLY, STAFF_ONLY, 'moderation.errors.sameModerator', OK, OK]],
];

describe('moderation policy matrix', () => {
  const people = [member, author, staff, answering, manager];
  for (const [action, facts, expected] of matrix) {
    it(`${action} on a ${facts.targetType}`, () => {
      expect(people.map((p) => refusal(p, PERMISSION[action], facts))).toEqual(expected);
    });
  }

  it('leaves staff content to managers', () => {
    const staffPost: TargetFacts = { ...post, authorId: answering.id, authorRole: 'staff' };
    expect(refusal(staff, 'hide:content', staffPost)).toBe('moderation.errors.managerForStaff');
    expect(refusal(manager, 'hide:content', staffPost)).toBeNull();
  });

  it('refuses a moderator their own content, and anyone suspended or silenced', () => {
    expect(refusal(staff, 'hide:content', { ...post, authorId: staff.id, authorRole: 'staff' })).toBe('moderation.errors.ownContent');
    const later = new Date(Date.now() + 86_400_000);
    expect(refusal({ ...staff, status: 'suspended', statusUntil: later }, 'hide:content', post)).toBe('errors.forbidden');
    expect(refusal({ ...staff, status: 'silenced', statusUntil: later }, 'hide:content', post)).toBe('moderation.errors.readOnly');
    expect(refusal(null, 'report:content', post)).toBe('errors.forbidden');
  });
});

describe('sanction policy', () => {
  const kinds: SanctionKind[] = ['warning', 'silence', 'suspension', 'ban'];
  const target = { id: author.id, role: 'member' as const };
  it.each([
    ['member', member, [STAFF_ONLY, STAFF_ONLY, STAFF_ONLY, STAFF_ONLY]],
    ['staff', staff, [OK, OK, MANAGER_ONLY, MANAGER_ONLY]],
    ['manager', manager, [OK, OK, OK, OK]],
  ] as const)('%s', (_, who, expected) => {
    expect(kinds.map((k) => refusal(who, 'impose:sanction', { kind: k, user: target }))).toEqual(expected);
  });

  it('keeps staff standing to managers and nobody sanctions themselves', () => {
    expect(refusal(staff, 'impose:sanction', { kind: 'warning', user: { id: answering.id, role: 'staff' } })).toBe(MANAGER_ONLY);
    expect(refusal(manager, 'impose:sanction', { kind: 'warning', user: { id: answering.id, role: 'staff' } })).toBeNull();
    expect(refusal(manager, 'impose:sanction', { kind: 'ban', user: { id: manager.id, role: 'manager' } })).toBe('moderation.errors.self');
  });
});

describe('a silenced account', () => {
  const until = new Date(Date.now() + 3 * 86_400_000);
  const silenced = person('s', 'member', { status: 'silenced', statusUntil: until, statusReason: 'Insultos' });

  it('reads but does not write, and is told until when', () => {
    expect(isActive(silenced)).toBe(true);
    expect(canWrite(silenced)).toBe(false);
    expect(can(silenced, 'view:community')).toBe(true);
    expect(can(silenced, 'report:content')).toBe(true);
    expect(can(silenced, 'file:complaint')).toBe(false);
    expect(can(silenced, 'read:group', { visibility: 'open', myRole: 'member' })).toBe(true);
    expect(can(silenced, 'post:group', { visibility: 'open', myRole: 'member' })).toBe(false);
    expect(() => assertStanding(silenced, 'write')).toThrow(expect.objectContaining({ message: 'moderation.errors.silencedUntil', values: { until: until.getTime() } }));
  });

  it('writes again once the silence has ended', () => {
    expect(canWrite({ ...silenced, statusUntil: new Date(Date.now() - 1000) })).toBe(true);
  });

  it('tells a suspended member until when and a banned one why not', () => {
    expect(() => assertStanding({ status: 'suspended', statusUntil: until }, 'write')).toThrow('moderation.errors.suspendedUntil');
    expect(() => assertStanding({ status: 'banned', statusUntil: null }, 'write')).toThrow('moderation.errors.banned');
  });
});

describe('watched words and report weights', () => {
  const words = [
    { term: 'tonto', action: 'hold' as const, replacement: null },
    { term: 'imbecil', action: 'block' as const, replacement: null },
    { term: 'caca', action: 'replace' as const, replacement: '***' },
  ];
  it('matches whole words whatever the case and accents', () => {
    expect(applyWatchedWords('Eres un TONTÓ', words)).toEqual({ text: 'Eres un TONTÓ', blocked: null, held: 'tonto' });
    expect(applyWatchedWords('Tontorrón no cuenta', words).held).toBeNull();
    expect(applyWatchedWords('Imbécil', words).blocked).toBe('imbecil');
    expect(applyWatchedWords('Qué caca de partido, CACA', words).text).toBe('Qué *** de partido, ***');
  });

  it('weighs reporters by their history, within bounds', () => {
    expect(reporterWeight(0, 0)).toBe(1);
    expect(reporterWeight(3, 0)).toBeCloseTo(1.6);
    expect(reporterWeight(50, 0)).toBe(2);
    expect(reporterWeight(0, 50)).toBe(0.25);
  });
});

describe('appeals against sanctions and lifting them', () => {
  const other = person('other-manager', 'manager');
  const banned = person('author', 'member', { status: 'banned' });
  const sanction = { userId: author.id, issuedBy: manager.id };

  it('lets the sanctioned person appeal whatever their standing, and nobody else', () => {
    expect([banned, author, member, manager].map((p) => refusal(p, 'appeal:sanction', sanction))).toEqual([OK, OK, 'moderation.errors.notYours', 'moderation.errors.notYours']);
  });

  it('leaves the decision to a manager other than the issuer; the issuer may still lift it', () => {
    const people = [member, staff, manager, other, person('author', 'manager')];
    expect(people.map((p) => refusal(p, 'decide:sanction_appeal', sanction))).toEqual([STAFF_ONLY, MANAGER_ONLY, 'moderation.errors.sameModerator', OK, 'moderation.errors.self']);
    expect(people.map((p) => refusal(p, 'lift:sanction', sanction))).toEqual([STAFF_ONLY, MANAGER_ONLY, OK, OK, 'moderation.errors.self']);
  });

  it('keeps the strongest measure in force, then the longest', () => {
    const now = new Date('2030-01-10T00:00:00Z');
    const at = (d: string) => new Date(`2030-01-${d}T00:00:00Z`);
    const silence = { status: 'silenced' as const, statusReason: 'tono', statusUntil: at('20') };
    const longer = { ...silence, statusUntil: at('25') };
    const suspension = { status: 'suspended' as const, statusReason: 'spam', statusUntil: at('12') };
    const over = { status: 'banned' as const, statusReason: 'viejo', statusUntil: at('05') };
    expect(strongestStanding([silence, suspension, longer], now)).toBe(suspension);
    expect(strongestStanding([silence, longer], now)).toBe(longer);
    expect(strongestStanding([over], now)).toEqual({ status: 'active', statusReason: null, statusUntil: null });
    expect(strongestStanding([suspension, { status: 'banned', statusReason: 'amenazas', statusUntil: null }], now).status).toBe('banned');
  });
});
