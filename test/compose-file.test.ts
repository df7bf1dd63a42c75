import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../src/config/env.js";
import { parseTinyYaml, TinyYamlError, type YamlValue } from "./helpers/tiny-yaml.js";

// compose.yaml is never run here (no Docker daemon in CI): this reads it and checks what a typo would
// break on a real `docker compose up`: every variable the bots get exists in the env schema and parses,
// the webhook server is reachable from the load balancer, health checks ask the right port, the load
// balancer sends to every bot, and DATABASE_URL names the postgres service.
const ROOT = join(import.meta.dirname, "..");
type Mapping = { [key: string]: YamlValue };

const isMapping = (v: YamlValue | undefined): v is Mapping => typeof v === "object" && v !== null && !Array.isArray(v);
const mapping = (v: YamlValue | undefined, what: string): Mapping => {
  if (!isMapping(v)) throw new Error(`${what}: expected a mapping`);
  return v;
};
const strings = (v: YamlValue | undefined, what: string): string[] => {
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new Error(`${what}: expected a list of strings`);
  return v as string[];
};

/** What an operator exports before `docker compose up` (step 2 of the file's header), valid for the schema. */
const OPERATOR_ENV: Readonly<Record<string, string>> = {
  TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef",
  TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
  TELEGRAM_WEBHOOK_SECRET: "a-long-random-secret",
  POSTGRES_PASSWORD: "pw-from-the-operator",
};

/** Compose's variable interpolation: $$, ${NAME}, ${NAME:?error}, ${NAME?error}, ${NAME:-default}, ${NAME-default}. */
function interpolate(value: string, vars: Readonly<Record<string, string>>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([?-])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (all, name, colon, op, arg, bare) => {
      if (all === "$$") return "$";
      const key = (name ?? bare) as string;
      const set = vars[key];
      const missing = set === undefined || (colon === ":" && set === "");
      if (!missing) return set as string;
      if (op === "?") throw new Error(`compose would refuse to start: ${key}: ${arg}`);
      if (op === "-") return arg as string;
      return "";
    },
  );
}

const compose = mapping(parseTinyYaml(readFileSync(join(ROOT, "compose.yaml"), "utf8")), "compose.yaml");
const services = mapping(compose.services, "services");
const serviceNames = Object.keys(services);
/** The bot instances: services that run the built bot. */
const botNames = serviceNames.filter((name) => {
  const command = mapping(services[name], name).command;
  return Array.isArray(command) && command.includes("dist/main.js");
});
const postgresNames = serviceNames.filter((name) => String(mapping(services[name], name).image).startsWith("postgres:"));
const environment = (name: string): Record<string, string> => {
  const env = mapping(mapping(services[name], name).environment, `${name}.environment`);
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => {
      if (typeof value !== "string") throw new Error(`${name}.environment.${key}: expected a string (quote numbers)`);
      return [key, interpolate(value, OPERATOR_ENV)];
    }),
  );
};

describe("compose.yaml (read, not run: no Docker daemon here)", () => {
  it("has two or more bot instances, one postgres and a load balancer", () => {
    expect(botNames.length).toBeGreaterThanOrEqual(2);
    expect(postgresNames).toHaveLength(1);
    expect(serviceNames).toContain("lb");
  });

  it.each(botNames)("%s: every variable it sets is in the env schema and parses", (name) => {
    const env = environment(name);
    const parsed = parseEnv(env) as unknown as Record<string, unknown>;
    // The schema drops keys it does not know: a misspelt or removed variable would be silently ignored by the bot.
    const unknown = Object.keys(env).filter((key) => !Object.hasOwn(parsed, key));
    expect(unknown).toEqual([]);
  });

  it.each(botNames)("%s: the webhook server listens beyond loopback, so the load balancer reaches it", (name) => {
    const { HOST } = parseEnv(environment(name));
    expect(HOST).not.toMatch(/^(127\.|localhost$|::1$|\[::1\]$)/);
    expect(["0.0.0.0", "::"]).toContain(HOST);
  });

  it.each(botNames)("%s: the health check asks /healthz on the port the bot serves it on", (name) => {
    const env = parseEnv(environment(name));
    const test = strings(mapping(mapping(services[name], name).healthcheck, `${name}.healthcheck`).test, `${name}.healthcheck.test`);
    const url = /https?:\/\/(127\.0\.0\.1|localhost):(\d+)\/healthz/.exec(test.join(" "));
    expect(url, "a http://127.0.0.1:<port>/healthz URL in the health check").not.toBeNull();
    // Ops routes are on the webhook server's PORT unless METRICS_PORT puts them apart (main.ts).
    expect(Number(url?.[2])).toBe(env.METRICS_PORT ?? env.PORT);
  });

  it("the load balancer sends to every bot instance, on the port each listens on, and tries another when one is down", () => {
    const lb = mapping(services.lb, "lb");
    const configNames = strings(lb.configs, "lb.configs");
    expect(configNames).toHaveLength(1);
    const configName = configNames[0] as string;
    const caddyfile = mapping(mapping(compose.configs, "configs")[configName], `configs.${configName}`).content;
    expect(typeof caddyfile).toBe("string");
    // Short syntax mounts a config at /<name>: the command must load exactly that file.
    const command = strings(lb.command, "lb.command");
    expect(command[command.indexOf("--config") + 1]).toBe(`/${configName}`);
    const proxy = /reverse_proxy\s+([^{\n]+)\{([^}]*)\}/.exec(caddyfile as string);
    if (!proxy) throw new Error("no reverse_proxy block in the Caddyfile");
    const upstreams = (proxy[1] as string).trim().split(/\s+/);
    expect(upstreams.map((u) => u.split(":")[0]).sort()).toEqual([...botNames].sort());
    for (const upstream of upstreams) {
      const [host, port] = upstream.split(":");
      expect(Number(port), upstream).toBe(parseEnv(environment(host as string)).PORT);
    }
    expect(proxy[2]).toMatch(/health_uri\s+\/healthz/);
    expect(proxy[2]).toMatch(/lb_try_duration\s+\d+s/);
    expect(strings(lb.depends_on, "lb.depends_on").sort()).toEqual([...botNames].sort());
  });

  it.each(botNames)("%s: DATABASE_URL points at the postgres service, its database, user and password, once it is healthy", (name) => {
    const pgName = postgresNames[0] as string;
    const pgService = mapping(services[pgName], pgName);
    const pgEnv = environment(pgName);
    const url = new URL(parseEnv(environment(name)).DATABASE_URL as string);
    expect(url.protocol).toBe("postgres:");
    expect(url.hostname).toBe(pgName);
    expect(url.port || "5432").toBe("5432");
    expect(url.pathname).toBe(`/${pgEnv.POSTGRES_DB}`);
    expect(url.username).toBe(pgEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pgEnv.POSTGRES_PASSWORD);
    expect(pgService.healthcheck).toBeDefined();
    expect(mapping(mapping(mapping(services[name], name).depends_on, "depends_on")[pgName], pgName).condition).toBe("service_healthy");
  });

  it("refuses to start without the operator's secrets (compose's :? variables)", () => {
    for (const missing of Object.keys(OPERATOR_ENV)) {
      const vars = Object.fromEntries(Object.entries(OPERATOR_ENV).filter(([key]) => key !== missing));
      const used = botNames.flatMap((name) => Object.values(mapping(mapping(services[name], name).environment, "environment")));
      expect(() => {
        for (const v of used) interpolate(String(v), vars);
      }, missing).toThrow(missing);
    }
  });
});

describe("the tiny YAML reader behind it", () => {
  it("reads the subset compose.yaml uses", () => {
    const doc = parseTinyYaml(
      [
        "# comment",
        "base: &b",
        "  image: node:20 # trailing comment",
        "  test: [\"CMD\", \"a, b\", 'it''s', plain]",
        '  port: "8080"',
        "one: *b",
        "list:",
        "  - x",
        "  - 'y: z'",
        "text: |",
        "  line 1",
        "    indented",
        "",
        "empty:",
      ].join("\n"),
    );
    expect(doc).toEqual({
      base: { image: "node:20", test: ["CMD", "a, b", "it's", "plain"], port: "8080" },
      one: { image: "node:20", test: ["CMD", "a, b", "it's", "plain"], port: "8080" },
      list: ["x", "y: z"],
      text: "line 1\n  indented\n",
      empty: null,
    });
  });

  it.each([
    ["a flow mapping", "a: {b: c}"],
    ["a merge key", "a: &x\n  b: c\nd:\n  <<: *x"],
    ["a tab", "a:\n\tb: c"],
    ["a duplicate key", "a: 1\na: 2"],
    ["an unknown alias", "a: *nope"],
    ["a mapping as a sequence item", "a:\n  - b: c"],
    ["a folded scalar", "a: >\n  b"],
    ["bad indentation", "a: 1\n  b: 2"],
  ])("refuses %s instead of misreading it", (_what, text) => {
    expect(() => parseTinyYaml(text)).toThrow(TinyYamlError);
  });
});
