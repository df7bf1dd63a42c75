const officialCache = new Map<string, boolean>();

/** Hosts whose pages count as official (government of Canada, Quebec, the IRB, the laws site). Cached: answers call it often. */
export function isOfficialSource(url: string): boolean {
  const known = officialCache.get(url);
  if (known !== undefined) return known;
  let official = false;
  try {
    official = /(^|\.)(canada\.ca|gc\.ca|quebec\.ca|gouv\.qc\.ca)$/.test(new URL(url).hostname.toLowerCase());
  } catch {
    official = false;
  }
  if (officialCache.size < 10_000) officialCache.set(url, official);
  return official;
}
