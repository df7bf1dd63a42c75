import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocaleLoadError, loadLocales } from "../../src/infra/load-locales.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "locales-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("loadLocales", () => {
  it("loads nested catalogues by locale and namespace", () => {
    const dir = folder({ "en/common.json": JSON.stringify({ a: { b: "x" } }), "fr/common.json": JSON.stringify({ a: { b: "y" } }) });
    expect(loadLocales(dir)).toEqual({ en: { common: { a: { b: "x" } } }, fr: { common: { a: { b: "y" } } } });
  });

  it("lists every problem with file and path at once", () => {
    const dir = folder({
      "en/common.json": JSON.stringify({ ok: "x", n: 3, list: ["a"], "bad key!": "x" }),
      "fr/common.json": "{ not json",
      "xx/common.json": "{}",
    });
    let error: unknown;
    try {
      loadLocales(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LocaleLoadError);
    const problems = (error as LocaleLoadError).problems.join("\n");
    expect(problems).toMatch(/en\/common\.json: n: expected an object of strings, got number/);
    expect(problems).toMatch(/en\/common\.json: list: expected an object of strings, got an array/);
    expect(problems).toMatch(/bad key!/);
    expect(problems).toMatch(/fr\/common\.json: not valid JSON/);
    expect(problems).toMatch(/xx: not a supported locale/);
  });

  it("requires English, the reference catalogue", () => {
    expect(() => loadLocales(folder({ "fr/common.json": "{}" }))).toThrow(/English is the reference/);
  });
});
