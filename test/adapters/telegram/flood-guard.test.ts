import { describe, expect, it } from "vitest";
import { createFloodGuard } from "../../../src/adapters/telegram/flood-guard.js";

describe("createFloodGuard", () => {
  it("allows the limit, warns once, then drops until the window passes", () => {
    let now = 0;
    const guard = createFloodGuard({ limit: 2, windowMs: 1000, now: () => now });
    expect(["a", "a", "a", "a"].map((k) => guard.check(k))).toEqual(["allow", "allow", "warn", "drop"]);
    expect(guard.check("b")).toBe("allow");
    now = 1000;
    expect(guard.check("a")).toBe("allow");
  });

  it("bounds memory by sweeping expired users when many new ones arrive", () => {
    let now = 0;
    const guard = createFloodGuard({ limit: 1, windowMs: 10, now: () => now, maxTrackedUsers: 100 });
    for (let i = 0; i < 100; i++) guard.check(`u${i}`);
    now = 10;
    guard.check("new");
    expect(guard.size()).toBe(1);
  });
});

describe("createFloodGuard under a flood of new users", () => {
  it("never tracks more than its bound and still limits the user who floods", () => {
    let now = 0;
    const guard = createFloodGuard({ limit: 2, windowMs: 60_000, now: () => now, maxTrackedUsers: 1_000 });
    let largest = 0;
    for (let i = 0; i < 20_000; i++) {
      now += 1;
      guard.check(`new${i}`);
      largest = Math.max(largest, guard.size());
    }
    expect(largest).toBe(1_000);
    expect(["x", "x", "x"].map((k) => guard.check(k))).toEqual(["allow", "allow", "warn"]);
  });
});

describe("createFloodGuard when full of live windows", () => {
  it("forgets the oldest tenth at once, keeping the newest users limited", () => {
    let now = 0;
    const guard = createFloodGuard({ limit: 1, windowMs: 60_000, now: () => now, maxTrackedUsers: 100 });
    for (let i = 0; i < 100; i++) {
      now += 1;
      guard.check(`u${i}`);
    }
    guard.check("late");
    expect(guard.size()).toBe(91);
    expect(guard.check("u0")).toBe("allow"); // forgotten: a fresh allowance
    expect(guard.check("u99")).toBe("warn"); // still tracked
  });
});
