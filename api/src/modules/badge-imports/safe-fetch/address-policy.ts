import ipaddr from 'ipaddr.js';

/**
 * One entry of the fetch allow list: a host name (matched exactly, in
 * lower case), or an IP address or CIDR range.
 */
export type AllowEntry =
  | { kind: 'host'; host: string }
  | { kind: 'range'; range: [ipaddr.IPv4 | ipaddr.IPv6, number] };

/** Cloud metadata services, named on their own so that no allow list admits them. */
const METADATA_ADDRESSES = ['169.254.169.254', 'fd00:ec2::254'];

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Parses a comma-separated allow list, such as `127.0.0.1,badges.test` or
 * `10.1.0.0/16`. Returns an error message for an entry that is neither a
 * host name nor an IP address or CIDR range.
 */
export function parseAllowList(
  raw: string,
): { entries: AllowEntry[] } | { error: string } {
  const entries: AllowEntry[] = [];
  for (const item of raw.split(',').map((part) => part.trim())) {
    if (item === '') continue;
    const entry = parseAllowEntry(item);
    if (entry === null) {
      return {
        error: `"${item}" is neither a host name, an IP address nor a CIDR range such as 10.1.0.0/16.`,
      };
    }
    entries.push(entry);
  }

  return { entries };
}

function parseAllowEntry(item: string): AllowEntry | null {
  const bare = item.replace(/^\[(.*)\]$/, '$1');
  if (bare.includes('/')) {
    try {
      return { kind: 'range', range: ipaddr.parseCIDR(bare) };
    } catch {
      return null;
    }
  }
  if (ipaddr.isValid(bare) && (bare.includes(':') || /^[\d.]+$/.test(bare))) {
    const address = ipaddr.parse(bare);

    return {
      kind: 'range',
      range: [address, address.kind() === 'ipv4' ? 32 : 128],
    };
  }
  const host = bare.toLowerCase();

  return HOST_NAME.test(host) ? { kind: 'host', host } : null;
}

/** Decides which hosts and addresses the import fetcher may connect to. */
export class AddressPolicy {
  constructor(private readonly allowed: readonly AllowEntry[] = []) {}

  /** True when the operator allowed this host name itself. */
  allowsHost(host: string): boolean {
    const name = host.toLowerCase();

    return this.allowed.some(
      (entry) => entry.kind === 'host' && entry.host === name,
    );
  }

  /**
   * Returns why `address` must not be contacted, or null when it may be.
   * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
   * Only global unicast addresses pass, unless an allow-list range holds
   * the address; metadata addresses never pass.
   */
  rejectAddress(address: string): string | null {
    if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
    const parsed = ipaddr.process(address);
    const text = parsed.toString();
    if (
      METADATA_ADDRESSES.some((item) => ipaddr.parse(item).toString() === text)
    ) {
      return `${text} is a cloud metadata address`;
    }
    if (this.inAllowedRange(parsed)) return null;
    const range = parsed.range();

    return range === 'unicast'
      ? null
      : `${text} is a ${describeRange(range)} address`;
  }

  private inAllowedRange(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    return this.allowed.some((entry) => {
      if (entry.kind !== 'range') return false;
      const [base, bits] = entry.range;
      if (base.kind() !== address.kind()) return false;

      // Both sides are the same kind here, which the union type cannot show.
      return (address as ipaddr.IPv4).match(base as ipaddr.IPv4, bits);
    });
  }
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback',
  private: 'private (RFC 1918)',
  uniqueLocal: 'private (unique local, fc00::/7)',
  linkLocal: 'link-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade NAT (100.64.0.0/10)',
  reserved: 'reserved',
};

function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `special-purpose (${range})`;
}
