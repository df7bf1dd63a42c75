import { beforeAll, describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/core/actions.js";
import { FIRST_VIEW, measureFirstView, splitFirstView } from "../../../src/core/answers/first-view.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { type Locale, SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { knowledgeReplies, type LabelledReply } from "../../helpers/knowledge-replies.js";

const ISOLATES = /[\u2066-\u2069]/g;

describe("splitFirstView", () => {
  it("keeps the answer, cuts a long answer at a sentence and moves what does not fit behind More", () => {
    // Budget: 3 lines, 30 characters.
    const split = splitFirstView(
      [
        { text: "Heading", place: "answer" },
        { text: "First sentence. Second sentence that is long.", place: "answer" },
        { text: "Optional paragraph", place: "first" },
        { text: "Sources", place: "details" },
      ],
      { lines: 3, chars: 30 },
      "en",
    );
    expect(split.first).toBe("Heading\n\nFirst sentence.");
    expect(split.details).toContain("Second sentence that is long.");
    expect(split.details).toContain("Optional paragraph");
    expect(split.details).toContain("Sources");
  });

  it("shows as many bullets as fit", () => {
    const split = splitFirstView([{ text: "• a\n• b\n• c", place: "answer", list: true }], { lines: 2, chars: 100 }, "en");
    expect(split).toEqual({ first: "• a\n• b", details: "• c" });
  });

  it("counts text lines, button rows and labels (not URLs)", () => {
    expect(measureFirstView("a\n\nb", ["IRCC tracker", "More"])).toEqual({ lines: 5, chars: 4 + 12 + 4 });
  });
});

const stats = new Map<
  Locale,
  { count: number; medianLines: number; medianChars: number; maxLines: number; maxChars: number; longest: string }
>();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

describe.each(SUPPORTED_LOCALES)("%s knowledge replies", (lng) => {
  let core: BotCore;
  let replies: LabelledReply[];
  beforeAll(async () => {
    core = await createCoreFromDisk();
    replies = await knowledgeReplies(core, lng);
  });

  it(`every first view fits a phone screen (≤ ${FIRST_VIEW.lines} lines, ≤ ${FIRST_VIEW.chars} characters with its buttons)`, () => {
    expect(replies.length).toBeGreaterThan(150);
    const over: string[] = [];
    const lines: number[] = [];
    const chars: number[] = [];
    let longest = "";
    for (const { label, reply } of replies) {
      const buttons = [...reply.links.map((l) => l.label), ...reply.choices.map((c) => c.label)];
      const size = measureFirstView(
        reply.text.replace(ISOLATES, ""),
        buttons.map((b) => b.replace(ISOLATES, "")),
      );
      lines.push(size.lines);
      chars.push(size.chars);
      if (size.chars >= Math.max(...chars)) longest = label;
      if (size.lines > FIRST_VIEW.lines || size.chars > FIRST_VIEW.chars) over.push(`${label}: ${size.lines} lines, ${size.chars} chars`);
    }
    stats.set(lng, {
      count: replies.length,
      medianLines: median(lines),
      medianChars: median(chars),
      maxLines: Math.max(...lines),
      maxChars: Math.max(...chars),
      longest,
    });
    expect(over).toEqual([]);
  });

  it("each has one official link at most (both authorization forms for the never-share answer) and a More button whose press shows the rest with every source", async () => {
    const problems: string[] = [];
    for (const { label, reply } of replies) {
      // The credential answer's route names IMM 5475 and IMM 5476, and which applies depends on who asks.
      const allowed = reply.text.includes(core.translator.forLocale(reply.lang)("kb:credential.route")) ? 2 : 1;
      if (reply.links.length > allowed) problems.push(`${label}: ${reply.links.length} links`);
      const more = reply.choices.find((c) => decodeAction(c.data)?.type === "more");
      if (!more || !reply.details) {
        problems.push(`${label}: no More button`);
        continue;
      }
      const rest = await core.handle({
        platform: "telegram",
        userId: `m-${lng}`,
        chatId: `m-${lng}`,
        isPrivate: true,
        localeHints: [lng],
        kind: "action",
        data: more.data,
      });
      const whole = rest.text.replace(ISOLATES, "");
      for (const line of reply.details.replace(ISOLATES, "").split("\n")) {
        if (line.trim() && !whole.includes(line.trim())) problems.push(`${label}: More lacks "${line}"`);
      }
      if (rest.choices.length > 0) problems.push(`${label}: More has buttons of its own`);
      for (const url of reply.answer.sources.slice(0, 3))
        if (!rest.text.includes(url)) problems.push(`${label}: source ${url} not behind More`);
      if (rest.answer.intent !== reply.answer.intent) problems.push(`${label}: More changed the intent`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe("first-view figures", () => {
  it("prints the median and longest first view per language", () => {
    const rows = [...stats].map(
      ([lng, s]) =>
        `${lng.padEnd(3)} replies ${String(s.count).padStart(4)}  median ${String(s.medianLines).padStart(4)} lines ${String(s.medianChars).padStart(6)} chars  longest ${s.maxLines} lines ${s.maxChars} chars (${s.longest.slice(0, 50)})`,
    );
    console.log(`first view (lines incl. button rows; chars incl. button labels)\n${rows.join("\n")}`);
    expect(stats.size).toBeGreaterThan(0);
  });
});
