// Where a remote host is reached: https://<host>, unless configuration points the host elsewhere
// (VERIFICATION_ORIGIN_OVERRIDES, "mastodon.example=http://127.0.0.1:4010": local fakes in tests and development).
export type OriginOverrides = Record<string, string>;

export function parseOriginOverrides(value: string): OriginOverrides {
  const overrides: OriginOverrides = {};
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [host, origin] = entry.split('=');
    if (!host || !origin) throw new Error(`VERIFICATION_ORIGIN_OVERRIDES: "${entry}" is not host=origin`);
    overrides[host.toLowerCase()] = origin.replace(/\/$/, '');
  }
  return overrides;
}

export const originFor = (host: string, overrides: OriginOverrides) =>
  overrides[host.toLowerCase()] ?? `https://${host}`;
