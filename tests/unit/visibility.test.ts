import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '@/lib/policy';
import type { ComplaintFacts } from '@/lib/policy/complaints';
import type { GroupAccess } from '@/lib/policy/groups';
import { canSeeComplaint, canSeeComplaintEvent, canSeeGroup, canSeePostImage, canSeeRoom, canSeeThread, visibleComplaintEvents } from '@/lib/policy/visibility';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: `${role}-1`, role, status: 'active', statusUntil: null, statusReason: null, ...extra });
const member = actor('member');
const silenced = actor('member', { status: 'silenced', statusUntil: new Date(Date.now() + 86_400_000) });
const banned = actor('member', { status: 'banned' });
const staff = actor('staff');

const group = (visibility: GroupAccess['visibility'], myRole: GroupAccess['myRole'] = null): GroupAccess => ({ visibility, myRole });
const complaint = (authorId: string): ComplaintFacts => ({ authorId, status: 'open', resolvedAt: null, closedAt: null, rated: false });

describe('groups and threads', () => {
  it('know a group that is not private, or one the reader belongs to; read only an open one or their own', () => {
    expect([canSeeGroup(member, group('request')), canSeeThread(member, group('request'))]).toEqual([true, false]);
    expect([canSeeGroup(member, group('private')), canSeeThread(member, group('private'))]).toEqual([false, false]);
    expect([canSeeGroup(member, group('private', 'member')), canSeeThread(member, group('private', 'member'))]).toEqual([true, true]);
    expect(canSeeThread(member, group('open'))).toBe(true);
  });

  it('let staff read every group, a silenced member keep reading, and nobody else without an active account', () => {
    expect(canSeeThread(staff, group('private'))).toBe(true);
    expect(canSeeThread(silenced, group('open'))).toBe(true);
    expect(canSeeThread(banned, group('open'))).toBe(false);
    expect(canSeeThread(null, group('open'))).toBe(false);
  });

  it('show a post image to whoever reads any one of the threads it is in', () => {
    expect(canSeePostImage(member, [group('private'), group('open')])).toBe(true);
    expect(canSeePostImage(member, [group('private')])).toBe(false);
    expect(canSeePostImage(member, [])).toBe(false);
  });
});

describe('complaints', () => {
  it('are for active members, and for visitors only on a public board', () => {
    expect(canSeeComplaint(member, { boardPublic: false })).toBe(true);
    expect(canSeeComplaint(null, { boardPublic: false })).toBe(false);
    expect(canSeeComplaint(null, { boardPublic: true })).toBe(true);
    expect(canSeeComplaint(banned, { boardPublic: false })).toBe(false);
  });

  it('keep the private case for its author and staff, and internal notes for staff', () => {
    const board = { boardPublic: true };
    const mine = complaint(member.id);
    expect(visibleComplaintEvents(member, mine, board)).toEqual(['public', 'private']);
    expect(visibleComplaintEvents(actor('member', { id: 'other' }), mine, board)).toEqual(['public']);
    expect(visibleComplaintEvents(staff, mine, board)).toEqual(['public', 'private', 'internal']);
    expect(visibleComplaintEvents(null, mine, board)).toEqual(['public']);
    expect(canSeeComplaintEvent(silenced, 'private', complaint(silenced.id), board)).toBe(true);
  });
});

describe('rooms', () => {
  it('have the audience of their page', () => {
    expect(canSeeRoom(member, { kind: 'thread', group: group('private') })).toBe(false);
    expect(canSeeRoom(member, { kind: 'group', group: group('open') })).toBe(true);
    expect(canSeeRoom(member, { kind: 'board', board: { boardPublic: false } })).toBe(true);
    expect(canSeeRoom(member, { kind: 'announcements' })).toBe(true);
    expect(canSeeRoom(member, { kind: 'review-queue' })).toBe(false);
    expect(canSeeRoom(staff, { kind: 'review-queue' })).toBe(true);
  });
});
