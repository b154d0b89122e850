/** next-auth v4's session cookie: the __Secure- form over HTTPS, the plain one over HTTP. */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;
