import { describe, expect, it } from "vitest";
import { createUnderstander } from "../../../src/core/nlu/understand.js";
import { loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";

const understander = createUnderstander(loadDefaultLexicon());

describe("understander on hostile or odd input", () => {
  it.each([
    ["empty", ""],
    ["spaces", "     "],
    ["emoji only", "🙂🙂🙏🇨🇦"],
    ["control characters", "\u0000\u0007\u001b[31mhello\u202e"],
    ["lone surrogate", "abc\ud800def"],
    ["mixed scripts", "work permit کجا 多久 дозвіл ਕਿੱਥੇ"],
    ["100 KB", "how long ".repeat(12_000)],
    ["binary", String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 37) % 256))],
  ])("answers %s without throwing", (_name, text) => {
    const u = understander.understand(text);
    expect(u.identifiers).toBeInstanceOf(Array);
    expect(typeof u.followUp).toBe("boolean");
  });

  it("gives no intent and no slot when the text carries no signal", () => {
    expect(understander.understand("🙂")).toMatchObject({ intent: null, application: null, role: null, status: null, langDetected: false });
  });

  it("keeps the hint as language when the text is not enough to tell", () => {
    expect(understander.understand("eTA?", "pt").lang).toBe("pt");
  });

  it("never returns identifier values, only their kinds", () => {
    const u = understander.understand("my UCI is 1234-5678 and email a@b.co, where is my work permit?");
    expect(u.identifiers).toEqual(["uci", "email"]);
    expect(JSON.stringify(u)).not.toMatch(/1234|a@b/);
    expect(u).toMatchObject({ intent: "trackable", application: "work-permit" });
  });

  it("never guesses an application that is not mentioned", () => {
    for (const text of ["how long does it take?", "where can I check my status?", "what does it mean?", "¿cuánto tarda?", "多久？"]) {
      expect(understander.understand(text).application).toBeNull();
    }
  });

  it("reports rule signals only when the text shows them", () => {
    expect(understander.understand("My brother gave me his GCKey password to check his visa").signals).toMatchObject({
      credentialSharing: true,
    });
    expect(understander.understand("I forgot my GCKey password, where do I check my visa?").signals?.credentialSharing).toBeUndefined();
    expect(understander.understand("my refugee claim was referred to the IRB, where do I follow it?").signals).toMatchObject({
      irbReferral: true,
    });
    expect(understander.understand("I'm her consultant but without IMM 5476, can I see her file?").signals).toMatchObject({
      authorizationForm: false,
    });
    expect(understander.understand("can I see his part of the file?").signals).toMatchObject({ otherPart: true });
    expect(understander.understand("My consultant doesn't have an IMM 5476 yet, can she see my file?")).toMatchObject({
      role: "representative",
      signals: { authorizationForm: false },
    });
    expect(understander.understand("I'm her designated individual (IMM 5475), can I use her GCKey?").signals).toMatchObject({
      credentialSharing: true,
    });
    expect(understander.understand("my lawyer asks for my GCKey password, should I give it?")).toMatchObject({
      role: "applicant",
      signals: { credentialSharing: true },
    });
  });
});
