import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

// Webhook URLs are chosen by API clients, and the service POSTs to them from inside
// its own network: without a check, a URL could reach the cloud metadata endpoint
// (169.254.169.254), the database or an admin port on localhost (SSRF). Only
// addresses on the public internet are allowed, checked on the address actually
// connected to, so a name that resolves differently later (DNS rebinding) gains nothing.

/** True for a unicast address on the public internet; false for loopback, private, link-local, CGNAT, … */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

export class BlockedAddressError extends Error {
  constructor(readonly address: string) {
    super(`refused to connect to ${address}: not a public internet address`);
    this.name = 'BlockedAddressError';
  }
}

/** For `http.request({ lookup })`: resolves as usual, and fails if any answer is not public. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const blocked = addresses.find((answer) => !isPublicAddress(answer.address));
    if (blocked || addresses.length === 0) return callback(new BlockedAddressError(blocked?.address ?? hostname), '', 0);
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** A URL's host when it is an address literal ("[::1]" unbracketed), else undefined: lookup is skipped for those. */
export function literalAddress(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(host) ? host : undefined;
}

/**
 * A URL whose host is, or plainly names, a non-public address: loopback, private,
 * link-local (cloud metadata), `localhost`, `*.internal`, a single-label name. Told
 * at registration (webhooks, invitation targets) rather than found at use.
 */
export function pointsInside(value: string): boolean {
  const url = new URL(value);
  const literal = literalAddress(url);
  if (literal !== undefined) return !isPublicAddress(literal);
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || !host.includes('.');
}
