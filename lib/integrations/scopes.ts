/** What a token may reach. A token's scopes narrow what its staff member may do; they never widen it. */
export const API_SCOPES = ['complaints:read', 'complaints:write', 'members:read', 'members:write', 'community:read', 'metrics:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Expiry choices offered on the page, in days; none means the token lasts until it is revoked. */
export const EXPIRY_DAYS = [30, 90, 365] as const;

/** The secret's visible start: integrators and managers can tell tokens apart, and scanners can find leaked ones. */
export const TOKEN_PREFIX = 'trt_';
