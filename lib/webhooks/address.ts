import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { getEnv } from '@/lib/env';

/** Why an address may not receive webhooks, as an i18n key; null when it may. */
export type AddressRefusal = 'webhooks.errors.urlScheme' | 'webhooks.errors.urlInvalid' | 'webhooks.errors.privateAddress' | 'webhooks.errors.unresolvable';

// Never a destination, whatever the environment allows: these reach no single server.
const NEVER = new Set(['unspecified', 'broadcast', 'multicast', 'reserved']);
// A private network: refused unless the environment allows it (WEBHOOKS_ALLOW_PRIVATE_NETWORK).
const PRIVATE = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal', 'carrierGradeNat']);

/** Whether one resolved address may receive a delivery. IPv4 seen through IPv6 (::ffff:a.b.c.d) is judged as IPv4. */
export function addressAllowed(ip: string, allowPrivate = getEnv().WEBHOOKS_ALLOW_PRIVATE_NETWORK): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let parsed = ipaddr.parse(ip);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === 'unicast') return true;
  if (NEVER.has(range)) return false;
  return allowPrivate && PRIVATE.has(range);
}

/** Only http(s), no credentials in the address, a host name or literal address. */
export function parseWebhookUrl(raw: string): URL | AddressRefusal {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'webhooks.errors.urlInvalid';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'webhooks.errors.urlScheme';
  if (url.username || url.password || !url.hostname) return 'webhooks.errors.urlInvalid';
  return url;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));
}

/**
 * Checked when a manager registers the address: every address its name resolves to must be public
 * (or private with the environment's allowance). Checked again at every delivery (`safeLookup`),
 * because a name can resolve elsewhere later (DNS rebinding).
 */
export async function checkWebhookUrl(raw: string): Promise<AddressRefusal | null> {
  const url = parseWebhookUrl(raw);
  if (typeof url === 'string') return url;
  const host = hostOf(url);
  if (isIP(host)) return addressAllowed(host) ? null : 'webhooks.errors.privateAddress';
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch {
    return 'webhooks.errors.unresolvable';
  }
  if (addresses.length === 0) return 'webhooks.errors.unresolvable';
  return addresses.every((a) => addressAllowed(a.address)) ? null : 'webhooks.errors.privateAddress';
}

export class RefusedAddress extends Error {
  constructor() {
    super('address refused: private network');
  }
}

/**
 * The `lookup` of the delivery's socket: the connection goes to the address checked here and nowhere
 * else, so a name that turns private between the check and the connection is refused.
 */
export const safeLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.length === 0 || addresses.some((a) => !addressAllowed(a.address));
    if (refused) return callback(new RefusedAddress(), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** A literal address in the URL never goes through a lookup: it is checked here before connecting. */
export function literalRefused(url: URL): boolean {
  const host = hostOf(url);
  return isIP(host) !== 0 && !addressAllowed(host);
}
