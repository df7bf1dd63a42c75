import { isOfficialSource, type KnowledgeFiles } from "./schema.js";

interface Provenanced {
  readonly sources: readonly string[];
  readonly secondary?: boolean | undefined;
}

/**
 * Checks that span files, after each file passed its schema: referenced caveat and duration ids exist,
 * and a fact resting on a non-government page says so (`secondary: true`) while an all-official fact does
 * not claim to be secondary. Returns every problem as "file: json.path: message".
 */
export function crossCheckKnowledge(files: KnowledgeFiles): string[] {
  const problems: string[] = [];
  const checkSecondary = (file: string, path: string, fact: Provenanced): void => {
    const unofficial = fact.sources.filter((url) => !isOfficialSource(url));
    if (unofficial.length > 0 && fact.secondary !== true) {
      problems.push(`${file}: ${path}.secondary: must be true, sources include non-government pages (${unofficial.join(", ")})`);
    }
    if (unofficial.length === 0 && fact.secondary === true)
      problems.push(`${file}: ${path}.secondary: all sources are official; remove the flag`);
  };
  for (const [id, fact] of Object.entries(files.systems)) checkSecondary("systems.json", id, fact);
  for (const [id, fact] of Object.entries(files.caveats)) checkSecondary("caveats.json", id, fact);
  for (const [id, fact] of Object.entries(files.durations)) checkSecondary("durations.json", id, fact);
  for (const [id, fact] of Object.entries(files.serviceStandards)) checkSecondary("service-standards.json", id, fact);
  for (const [id, fact] of Object.entries(files.applications)) {
    checkSecondary("applications.json", id, fact);
    fact.caveats.forEach((caveat, i) => {
      if (!(caveat in files.caveats))
        problems.push(`applications.json: ${id}.caveats.${i}: unknown caveat "${caveat}" (add it to caveats.json)`);
    });
    fact.track.forEach((step, i) => {
      if (step.system === "none" && fact.track.length > 1)
        problems.push(`applications.json: ${id}.track.${i}: "none" must be the only system`);
    });
  }
  for (const [id, fact] of Object.entries(files.statuses)) {
    checkSecondary("statuses.json", id, fact);
    fact.durations?.forEach((duration, i) => {
      if (!(duration in files.durations)) problems.push(`statuses.json: ${id}.durations.${i}: unknown duration "${duration}"`);
    });
  }
  for (const [role, rules] of Object.entries(files.access.roles)) {
    checkSecondary("access.json", `roles.${role}.default`, rules.default);
    for (const [group, rule] of Object.entries(rules.groups ?? {}))
      if (rule) checkSecondary("access.json", `roles.${role}.groups.${group}`, rule);
    for (const [app, rule] of Object.entries(rules.applications ?? {}))
      if (rule) checkSecondary("access.json", `roles.${role}.applications.${app}`, rule);
    if (rules.withoutForm) checkSecondary("access.json", `roles.${role}.withoutForm`, rules.withoutForm);
    for (const [group, rule] of Object.entries(rules.otherPart ?? {}))
      if (rule) checkSecondary("access.json", `roles.${role}.otherPart.${group}`, rule);
    for (const [group, rule] of Object.entries(rules.ownPart ?? {}))
      if (rule) checkSecondary("access.json", `roles.${role}.ownPart.${group}`, rule);
  }
  checkSecondary("access.json", "credentialSharing", files.access.credentialSharing);
  checkSecondary("access.json", "sponsorshipParty", files.access.sponsorshipParty);
  for (const [role, caveats] of Object.entries(files.access.roleCaveats)) {
    caveats?.forEach((caveat, i) => {
      if (!(caveat in files.caveats)) problems.push(`access.json: roleCaveats.${role}.${i}: unknown caveat "${caveat}"`);
    });
  }
  return problems;
}
