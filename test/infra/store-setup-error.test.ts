import { describe, expect, it } from "vitest";
import { StoreSetupError, toStoreSetupError } from "../../src/infra/store-setup-error.js";

const fsError = (code: string, syscall = "open") =>
  Object.assign(new Error(`${code}: boom, ${syscall} '/x/store.json'`), { code, syscall });

describe("toStoreSetupError", () => {
  it.each(["EISDIR", "ENOTDIR", "EEXIST", "EACCES", "EPERM", "EROFS", "ENOSPC", "ENOENT"])(
    "turns %s into one line naming STORE_PATH",
    (code) => {
      const mapped = toStoreSetupError(fsError(code), "var/store.json");
      expect(mapped).toBeInstanceOf(StoreSetupError);
      expect(mapped?.code).toBe(code);
      expect(mapped?.message).toMatch(/^STORE_PATH "var\/store\.json": /);
      expect(mapped?.message).not.toContain("\n");
      // The raw errno text is not what the operator reads.
      expect(mapped?.message).not.toContain("boom");
    },
  );

  it("tells how to fix a permission problem and a read-only disk", () => {
    expect(toStoreSetupError(fsError("EACCES"), "s.json")?.message).toMatch(/permission denied; let the bot's user read and write/);
    expect(toStoreSetupError(fsError("EROFS"), "s.json")?.message).toMatch(/read-only file system/);
  });

  it("leaves errors that are not file-system errors alone (bugs stay fatal with a stack)", () => {
    expect(toStoreSetupError(new TypeError("x is undefined"), "s.json")).toBeUndefined();
    expect(toStoreSetupError("text", "s.json")).toBeUndefined();
    expect(toStoreSetupError(Object.assign(new Error("x"), { code: "EISDIR" }), "s.json")).toBeUndefined();
  });
});
