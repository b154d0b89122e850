import { DomainError } from '@/lib/errors';
import { unsubscribe } from '@/lib/mail/unsubscribe';

/**
 * RFC 8058 one-click unsubscribe: the mail provider POSTs `List-Unsubscribe=One-Click` to the address in
 * the List-Unsubscribe header (proxy.ts routes a plain POST to /unsubscribe/<token> here). It comes from
 * the provider's servers, without a session or an Origin: the signed, single-use token is the authority.
 */
export async function POST(_: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    await unsubscribe({ actor: null, input: { token } });
    return new Response(null, { status: 204 });
  } catch (e) {
    if (e instanceof DomainError) return new Response(null, { status: e.status });
    throw e;
  }
}
