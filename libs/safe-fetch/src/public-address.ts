// Decides whether an IP address is one a server-side fetch may connect to.
import ipaddr from 'ipaddr.js';

/** Parsed allow-list entries ("127.0.0.1", "10.0.0.0/8", "::1"): these pass even though they are not public. */
export type AllowedRanges = Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

export function parseAllowedRanges(entries: string[]): AllowedRanges {
  return entries.map((entry) => {
    const parsed = entry.includes('/') ? ipaddr.parseCIDR(entry) : ipaddr.parse(entry);
    const range: [ipaddr.IPv4 | ipaddr.IPv6, number] = Array.isArray(parsed)
      ? parsed
      : [parsed, parsed.kind() === 'ipv4' ? 32 : 128];
    return [normalise(range[0]), range[1]];
  });
}

/**
 * Only addresses ipaddr.js calls plain "unicast" are public: that excludes loopback, private, link-local
 * (and with it the 169.254.169.254 metadata service), CGNAT, unique-local, multicast, reserved and documentation
 * ranges, and the IPv6 forms that smuggle an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return normalise(ipaddr.parse(address)).range() === 'unicast';
}

export function isAllowedAddress(address: string, allowed: AllowedRanges): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = normalise(ipaddr.parse(address));
  return isPublicAddress(address) || allowed.some(([base, bits]) => sameKindMatch(parsed, base, bits));
}

// ::ffff:10.0.0.1 is judged as 10.0.0.1, so the mapped form cannot slip past an IPv4 rule.
function normalise(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

function sameKindMatch(
  address: ipaddr.IPv4 | ipaddr.IPv6,
  base: ipaddr.IPv4 | ipaddr.IPv6,
  bits: number,
): boolean {
  if (address.kind() !== base.kind()) return false;
  return (address as ipaddr.IPv4).match(base, bits);
}
