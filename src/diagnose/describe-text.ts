import { controlCount, looksBinary } from '../bounce/binary-text.js';
import { findAddresses, findIpv4 } from '../bounce/extract/addresses.js';

/** What we can say about text that is not a bounce, so the answer shows what was noticed. */
export function describeText(input: string | Uint8Array): { binary: boolean; noticed: string[] } {
  const sample =
    typeof input === 'string'
      ? input.slice(0, 8192)
      : Buffer.from(input.subarray(0, 8192)).toString('latin1');
  if (looksBinary(sample)) {
    return {
      binary: true,
      noticed: [
        `${controlCount(sample)} control bytes in the first ${sample.length}; paste the bounce as text instead.`,
      ],
    };
  }
  const noticed: string[] = [];
  const addresses = [...new Set(findAddresses(sample).map((a) => a.address))].slice(0, 3);
  if (addresses.length > 0) noticed.push(`Addresses seen: ${addresses.join(', ')}.`);
  const ip = findIpv4(sample);
  if (ip) noticed.push(`An IP address: ${ip} (check it with /blacklist ${ip}).`);
  return { binary: false, noticed };
}
