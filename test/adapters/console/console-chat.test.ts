import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsoleChat } from "../../../src/adapters/console/console-chat.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

async function chat(lines: string[], columns?: number): Promise<string> {
  const core = await createCoreFromDisk({ store: createMemoryUserStore() });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const done = runConsoleChat({ core, input, output, ...(columns ? { columns } : {}) });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe("console chat", () => {
  it("greets, numbers the choices and presses one when its number is typed", async () => {
    const text = await chat(["1"]);
    expect(text).toMatch(/1\. /);
    // Choice 1 of the welcome message asks which application to track.
    expect(text).toMatch(/Which application/);
  });

  it("answers short first; `more` shows the whole answer with its sources", async () => {
    const text = await chat(["/status cas-decision-made", "more"]);
    const [, first, rest] = text.split("\n> ");
    expect(first).toMatch(/Decision made/);
    expect(first).not.toMatch(/https:\/\/ircc\.canada\.ca\/english\/helpcentre/);
    expect(rest).toMatch(/Sources/);
    expect(rest).toMatch(/https:\/\/ircc\.canada\.ca\/english\/helpcentre/);
  });

  it("wraps replies at word boundaries to the terminal width", async () => {
    const text = await chat(["/status cas-decision-made", "more"], 32);
    const lines = text.split("\n").filter((line) => !/https?:\/\//.test(line));
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(32);
    // Words are whole: every word of the reply appears intact.
    expect(text).toMatch(/\bdecision\b/i);
    expect(text).not.toMatch(/\bdeci\n/);
  });

  it("runs commands and answers unknown ones with a hint", async () => {
    const text = await chat(["/nosuchcommand", "/forget"]);
    expect(text).toContain("/help");
    expect(text).toMatch(/Delete everything/);
  });

  it.each(["exit", "quit", "/quit", "/exit"])("ends on %s: nothing after it is answered", async (word) => {
    const text = await chat([word, "what does Prohibitions mean in the citizenship tracker?"]);
    expect(text).not.toMatch(/prohibition/i);
    expect(text).not.toMatch(/did not understand|do not know that command/i);
  });

  it("ends quietly when its output goes away (a closed pipe)", async () => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const input = new PassThrough();
    let writes = 0;
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    const done = runConsoleChat({ core, input, output });
    input.write("how long does a study permit take?\n");
    await expect(done).resolves.toBeUndefined();
    expect(writes).toBeGreaterThan(0);
  });
});
