import { describe, expect, it } from 'vitest';
import { type Actor, can, isActive, type Permission, type Role } from '@/lib/policy';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  id: `${role}-1`,
  role,
  status: 'active',
  statusUntil: null,
  statusReason: null,
  ...extra,
});

describe('can()', () => {
  const matrix: [Permission, Role, boolean][] = [
    ['view:community', 'member', true],
    ['view:staff_area', 'member', false],
    ['view:staff_area', 'staff', true],
    ['create:invitation', 'member', false],
    ['create:invitation', 'staff', true],
    ['decide:join_request', 'staff', true],
    ['view:admin_area', 'staff', false],
    ['view:admin_area', 'manager', true],
    ['update:brand', 'staff', false],
    ['update:brand', 'manager', true],
  ];
  it.each(matrix)('%s for %s is %s', (permission, role, expected) => {
    expect(can(actor(role), permission)).toBe(expected);
  });

  it('refuses everything to a visitor', () => {
    expect(can(null, 'view:community')).toBe(false);
  });

  it('refuses everything to a banned or currently suspended account', () => {
    expect(can(actor('manager', { status: 'banned' }), 'view:community')).toBe(false);
    const until = new Date(Date.now() + 86_400_000);
    expect(can(actor('member', { status: 'suspended', statusUntil: until }), 'view:community')).toBe(false);
  });

  it('lets a suspension lapse at its end date', () => {
    const past = new Date(Date.now() - 1000);
    expect(isActive({ status: 'suspended', statusUntil: past })).toBe(true);
    expect(can(actor('member', { status: 'suspended', statusUntil: past }), 'view:community')).toBe(true);
  });

  it('lets only managers change roles and status, never their own', () => {
    const manager = actor('manager');
    expect(can(manager, 'impose:sanction', { kind: 'ban', user: { id: 'someone', role: 'member' } })).toBe(true);
    expect(can(manager, 'set_role:user', { id: manager.id, role: 'manager' })).toBe(false);
    expect(can(actor('staff'), 'impose:sanction', { kind: 'ban', user: { id: 'someone', role: 'member' } })).toBe(false);
  });

  it('lets staff invite members but only managers invite staff', () => {
    expect(can(actor('staff'), 'invite:role', 'member')).toBe(true);
    expect(can(actor('staff'), 'invite:role', 'staff')).toBe(false);
    expect(can(actor('manager'), 'invite:role', 'staff')).toBe(true);
    expect(can(actor('member'), 'invite:role', 'member')).toBe(false);
  });
});
