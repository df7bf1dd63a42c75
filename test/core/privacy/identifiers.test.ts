import { describe, expect, it } from "vitest";
import { detectIdentifiers, type IdentifierKind, redactIdentifiers } from "../../../src/core/privacy/identifiers.js";

const cases: readonly [string, IdentifierKind[]][] = [
  ["My UCI is 1234-5678", ["uci"]],
  ["uci 12-3456-7890 please", ["uci"]],
  ["client id 87654321", ["uci"]],
  ["my file W301234567 shows closed", ["application-number"]],
  ["e001234567 en el tracker", ["application-number"]],
  ["passport number: AB1234567", ["passport-number"]],
  ["mon passeport est X1234567", ["passport-number"]],
  ["write to jane.doe@example.com", ["email"]],
  ["born on 12/03/1990", ["date-of-birth"]],
  ["DOB 1990-03-12", ["date-of-birth"]],
  ["date de naissance : 3 mars 1988", ["date-of-birth"]],
  ["my password is Hunter2024!", ["password"]],
  ["mot de passe: azerty123", ["password"]],
  ["UCI 1234-5678, app E001234567, mail a@b.co", ["uci", "application-number", "email"]],
  ["call 514-555-1234", ["phone-number"]],
  ["pw: tr0ub4dor", ["password"]],
  ["mot de passe GCKey : Soleil#2023", ["password"]],
  ["شماره پاسپورتم ۱۲۳۴۵۶۷۸۹ است", ["passport-number"]],
  ["passport K1234567, UCI 1234-5678", ["uci", "passport-number"]],
];

const clean: readonly string[] = [
  "how long does a study permit take?",
  "I applied 2 weeks ago in 2024",
  "My husband gave me his GCKey password so I can check his work permit",
  "I was born in India",
  "I forgot my GCKey password, what do I do?",
  "password forgotten? help",
  "the tracker has shown In progress since 2024-05-12",
  "my processing time says 120 days, and IMM 5476 is signed",
  "hotel booking for 2 weeks",
  "IMM 5476 and IMM 5475 forms",
  "my son is 15 and I am 42",
  "",
];

describe("detectIdentifiers", () => {
  it.each(cases)("finds the identifier kinds in %j", (text, kinds) => {
    expect(detectIdentifiers(text)).toEqual(kinds);
  });

  it.each(clean)("finds nothing in %j", (text) => {
    expect(detectIdentifiers(text)).toEqual([]);
  });
});

describe("redactIdentifiers", () => {
  it("removes every value and keeps the rest of the message", () => {
    const text = "UCI 1234-5678, app W301234567, mail jane@example.com, password is S3cret!pw, born 01/02/1990, passport no. AB1234567";
    const redacted = redactIdentifiers(text);
    for (const value of ["1234-5678", "W301234567", "jane@example.com", "S3cret!pw", "01/02/1990", "AB1234567"]) {
      expect(redacted).not.toContain(value);
    }
    expect(redacted).toContain("[uci]");
    expect(redacted).toContain("[email]");
    expect(redacted.startsWith("UCI")).toBe(true);
  });

  it("returns text without identifiers unchanged", () => {
    expect(redactIdentifiers("where is my visa?")).toBe("where is my visa?");
  });

  it("accepts a custom placeholder", () => {
    expect(redactIdentifiers("UCI 1234-5678", () => "***")).toBe("UCI ***");
  });
});
