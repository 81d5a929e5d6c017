import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where webhooks may go. A tenant names the URL, and the server posts to it from inside the
 * provider's network, so without this a county could make the server probe loopback, the
 * cloud metadata service or the database's subnet. Private networks are refused unless the
 * operator allows them (a government intranet system is a legitimate receiver).
 */
export interface WebhookDestinationPolicy {
  /** Whether the server may connect to this IP address. */
  allows(address: string): boolean;
  /** What to tell the user when it may not. */
  readonly refusal: string;
}

const NOT_PUBLIC: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 3, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

/** `10.0.0.0/8` → BlockList subnet arguments, or undefined when it is not a CIDR. */
export function parseCidr(text: string): [string, number, 'ipv4' | 'ipv6'] | undefined {
  const [address, bits] = text.trim().split('/');
  const family = isIP(address ?? '');
  const prefix = Number(bits);
  if (
    !address ||
    family === 0 ||
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > (family === 4 ? 32 : 128)
  ) {
    return undefined;
  }
  return [address, prefix, family === 4 ? 'ipv4' : 'ipv6'];
}

function familyOf(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

// An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? address;
}

/**
 * The policy for the operator's setting: `'all'` allows private networks, a list of CIDRs
 * allows those, an empty list allows public addresses only.
 */
export function webhookDestinationPolicy(
  allowedPrivate: 'all' | readonly string[],
): WebhookDestinationPolicy {
  const blocked = new BlockList();
  for (const [address, prefix, family] of NOT_PUBLIC) blocked.addSubnet(address, prefix, family);
  const allowed = new BlockList();
  if (allowedPrivate !== 'all') {
    for (const cidr of allowedPrivate) {
      const parsed = parseCidr(cidr);
      if (parsed) allowed.addSubnet(...parsed);
    }
  }
  return {
    allows(raw) {
      const address = unmapped(raw);
      if (isIP(address) === 0) return false;
      if (allowedPrivate === 'all') return true;
      const family = familyOf(address);
      return !blocked.check(address, family) || allowed.check(address, family);
    },
    refusal:
      'a loopback, private or link-local address; the operator can allow private networks with LIANDONG_WEBHOOK_PRIVATE_NETWORKS',
  };
}

/** The URL's host when it is an IP literal the policy refuses (a name is checked when it resolves). */
export function refusedLiteralHost(url: URL, policy: WebhookDestinationPolicy): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost'))
    return policy.allows('127.0.0.1') ? undefined : host;
  return isIP(host) !== 0 && !policy.allows(host) ? host : undefined;
}

type Post = (url: string, init: RequestInit) => Promise<{ status: number }>;

/**
 * Posts with the policy checked on every address the name resolves to, at connect time,
 * so a name that resolves to a private address (or is re-pointed after the check) is refused.
 */
export function guardedWebhookPost(policy: WebhookDestinationPolicy, timeoutMs = 10_000): Post {
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => !policy.allows(entry.address));
      if (refused) {
        return callback(
          new Error(`refused: ${hostname} resolves to ${refused.address}, ${policy.refusal}`),
          '',
          0,
        );
      }
      if (options.all) return callback(null, addresses as unknown as string, 0);
      const [first] = addresses;
      return first
        ? callback(null, first.address, first.family)
        : callback(new Error(`no address for ${hostname}`), '', 0);
    });
  };
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const literal = refusedLiteralHost(target, policy);
      if (literal !== undefined) {
        reject(new Error(`refused: ${literal} is ${policy.refusal}`));
        return;
      }
      const client = target.protocol === 'https:' ? https : http;
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const request = client.request(target, {
        method: init.method ?? 'POST',
        headers,
        lookup,
        timeout: timeoutMs,
      });
      request.on('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0 });
      });
      request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      request.on('error', reject);
      request.end(typeof init.body === 'string' ? init.body : undefined);
    });
}
