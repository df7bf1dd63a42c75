import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const FIELDS = ["intent", "lang", "application", "role", "status", "systems", "access", "needs", "alternatives", "text", "sources"];

function ask(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/ask.ts"), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("ask command", () => {
  it("prints one JSON object with every contract field", () => {
    const { code, stdout } = ask(["--json", "Can I track my Quebec application in CAS?"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer)).toEqual(FIELDS);
    expect(Array.isArray(answer.systems)).toBe(true);
  });

  it("honours --lang", () => {
    const { stdout } = ask(["--json", "--lang", "fr", "bonjour"]);
    expect(JSON.parse(stdout).lang).toBe("fr");
  });

  it("answers every stdin line in order and keeps going after invalid lines", () => {
    const input = [
      JSON.stringify({ text: "hello" }),
      "{not json",
      JSON.stringify({ text: "bonjour", lang: "fr" }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: "hola", lang: "xx" }),
      "\u0000\u0001binary",
      JSON.stringify({ text: "x".repeat(100_000) }),
      JSON.stringify({ text: "🙂" }),
    ].join("\n");
    const { code, stdout } = ask(["--json", "--stdin"], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(8);
    expect(out[0].intent).toBeDefined();
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].lang).toBe("fr");
    expect(out[3].error).toBeDefined();
    expect(out[4].error).toMatch(/lang/);
    expect(out[5].error).toBeDefined();
    expect(out[6].text.length).toBeGreaterThan(0);
    expect(out[7].text.length).toBeGreaterThan(0);
  });

  it("writes exactly one line per input line from a file mixing blank, invalid and valid lines (issue 11)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ask-lines-"));
    const lines = [
      JSON.stringify({ text: "How long does a work permit take?" }),
      "",
      "   ",
      "{not json",
      "bad\rline with a bare carriage return",
      JSON.stringify({ text: "Где проверить статус?", lang: "uk" }),
      "",
      "null",
      `${JSON.stringify({ text: "bonjour", lang: "fr" })}\r`,
      JSON.stringify({ text: "абвгдежзиклмнопрстуф".repeat(100) }),
      "\t",
      JSON.stringify({ text: "" }),
    ];
    const file = join(dir, "mixed.jsonl");
    // The last line has no final newline: it is still a line.
    writeFileSync(file, lines.join("\n"));
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/ask.ts"), "--json", "--stdin"], {
        cwd: ROOT,
        input: readFileSync(file),
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(0);
      const out = result.stdout.split("\n");
      expect(out.at(-1)).toBe("");
      const answers = out.slice(0, -1).map((l) => JSON.parse(l));
      expect(answers).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        if (line.trim() === "") expect(answers[i]).toEqual({ error: "empty line" });
      });
      expect(answers[0].intent).toBe("timeline");
      expect(answers[3].error).toMatch(/invalid JSON/);
      expect(answers[4].error).toMatch(/invalid JSON/);
      expect(answers[5].lang).toBe("uk");
      expect(answers[7].error).toBeDefined();
      expect(answers[8].lang).toBe("fr");
      expect(answers[9].text.length).toBeGreaterThan(0);
      expect(answers[11].text.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 with usage on bad arguments", () => {
    expect(ask([]).code).toBe(2);
    expect(ask(["--lang", "xx", "hi"]).code).toBe(2);
    expect(ask(["--bogus", "hi"]).code).toBe(2);
  });
});
