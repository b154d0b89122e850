export type InvitationState = 'active' | 'expired' | 'used' | 'revoked';

export function invitationState(
  inv: { revokedAt: Date | null; expiresAt: Date; uses: number; maxUses: number },
  now = new Date(),
): InvitationState {
  if (inv.revokedAt) return 'revoked';
  if (inv.uses >= inv.maxUses) return 'used';
  if (inv.expiresAt <= now) return 'expired';
  return 'active';
}
