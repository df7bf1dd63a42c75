import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { TrackAnswer } from "../rules/where-to-track.js";
import type { Block } from "./first-view.js";
import { type Body, bullets, footer, hedge } from "./format.js";

/** Where to track an application: the systems that show it, those that do not, caveats, sources. */
export function trackBody(kb: KnowledgeBase, answer: TrackAnswer, t: Translate): Body {
  const app = t(`kb:applications.${answer.application}.name`);
  const parts: string[] = [t("kb:answer.trackHeading", { application: app })];
  const blocks: Block[] = [{ text: parts[0] ?? "", place: "answer" }];
  parts.push(
    bullets(
      answer.systems.map(({ system, unverified }) => {
        const name = unverified
          ? t("kb:answer.systemUnverified", { system: t(`kb:systems.${system}.name`) })
          : t(`kb:systems.${system}.name`);
        return t("kb:answer.systemLine", { system: name, explanation: t(`kb:systems.${system}.explanation`) });
      }),
    ),
  );
  blocks.push({ text: parts[1] ?? "", place: "answer", list: true });
  if (answer.notSystems.length > 0) {
    parts.push(t("kb:answer.notHere", { systems: answer.notSystems.map((s) => t(`kb:systems.${s}.name`)).join(", ") }));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  }
  if (answer.caveats.length > 0) {
    parts.push(
      `${t("kb:answer.goodToKnow")}\n${bullets(answer.caveats.map((c) => hedge(t(`kb:caveats.${c.id}`, c.fact.params), c.fact.unverified, t)))}`,
    );
    blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  }
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  const links = answer.systems.map(({ system }) => ({
    label: system === "none" ? t("kb:links.webForm") : t(`kb:systems.${system}.name`),
    url: kb.systems[system].url,
  }));
  return { text: parts.join("\n\n"), blocks, systems: answer.systems.map((s) => s.system), access: null, links, provenance: answer };
}
