import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { lookup as lookupCb } from 'node:dns';
import { GatewayError } from '../../errors/gateway-error.js';
import type { AddressPolicy } from './address-policy.js';

/** Thrown when a callback target resolves to an address the policy refuses. */
export class CallbackAddressRefused extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`callback host ${host} resolves to ${address}, which is not a public address`);
    this.name = 'CallbackAddressRefused';
  }
}

function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Checks a callback URL when a task is created, so a bad one is a 400 naming `callback_url`
 * rather than a silent failure later: http(s) only, no credentials in the URL, and every address
 * the host resolves to allowed by the policy. Delivery checks again (DNS may change), on the
 * address it actually connects to (safeLookup).
 */
export async function checkCallbackUrl(raw: string, policy: AddressPolicy): Promise<URL> {
  const bad = (why: string): GatewayError => new GatewayError('invalid_request', `callback_url ${why}.`, { param: 'callback_url' });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad('must be an http or https URL');
  if (url.username || url.password) throw bad('must not contain credentials');
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw bad(`has a host name that does not resolve (${host})`);
    }
  }
  const refused = addresses.find((a) => !policy(a));
  if (refused !== undefined) throw bad(`points to a private, loopback or reserved address (${refused}); callbacks go to public addresses only`);
  return url;
}

/**
 * A `lookup` for outgoing callback connections: resolves as usual, then refuses the connection
 * when any address is not allowed. Checking at connect time (not only when the task was created)
 * defeats DNS rebinding, and it applies to every redirect hop too.
 */
export function safeLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookupCb(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as unknown as Array<{ address: string; family: number }>;
      const refused = list.find((a) => !policy(a.address));
      if (refused) return callback(new CallbackAddressRefused(hostname, refused.address), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 4);
      callback(null, first.address, first.family);
    });
  };
}

/** The host of a URL as an IP literal, or undefined for a name (checked by safeLookup instead). */
export function literalAddress(url: URL): string | undefined {
  const host = hostOf(url);
  return isIP(host) ? host : undefined;
}
