/**
 * server.ts writes the socket's address into this header and drops whatever the client sent,
 * so nothing downstream can be fooled by a forged header.
 */
export const CLIENT_IP_HEADER = 'x-tertulia-client-ip';

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export function clientIpFrom(headers: HeaderBag): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || 'unknown';
}
