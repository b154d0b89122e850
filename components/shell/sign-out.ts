/**
 * next-auth's browser client is ~8 kB of gzipped JavaScript (with its Babel helpers) that a page needs
 * only at the moment someone signs out, so it is loaded then.
 */
export async function signOutToSignIn(): Promise<void> {
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl: '/sign-in' });
}
