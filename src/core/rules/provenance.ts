/** Where a rule result comes from: the union of the facts it used. */
export interface Provenance {
  readonly sources: readonly string[];
  /** The oldest `checked` date among the facts used (the answer is as fresh as its stalest fact). */
  readonly checked: string;
  readonly unverified: boolean;
  readonly secondary: boolean;
}

interface FactLike {
  readonly sources: readonly string[];
  readonly checked: string;
  readonly unverified?: boolean | undefined;
  readonly secondary?: boolean | undefined;
}

/** Merges the provenance of several facts: sources de-duplicated in order, oldest date, any flag set. */
export function mergeProvenance(facts: readonly FactLike[]): Provenance {
  const sources: string[] = [];
  let checked = "";
  let unverified = false;
  let secondary = false;
  for (const fact of facts) {
    for (const url of fact.sources) if (!sources.includes(url)) sources.push(url);
    if (checked === "" || fact.checked < checked) checked = fact.checked;
    unverified ||= fact.unverified === true;
    secondary ||= fact.secondary === true;
  }
  return { sources, checked, unverified, secondary };
}
