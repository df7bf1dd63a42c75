/**
 * A small YAML reader for the repository's own compose.yaml, written because no YAML package is
 * installed (neither `yaml` nor `js-yaml` is in node_modules). It reads the subset that file uses and
 * throws on anything else, so the file cannot drift into YAML this reader would misread:
 * - block mappings by indentation (spaces only), `key: value` and `key:` followed by a nested block;
 * - block sequences of scalars (`- value`);
 * - flow sequences of scalars (`[a, "b, c", 'd']`);
 * - scalars: plain, "double-quoted" (JSON escapes) or 'single-quoted' (`''` for a quote), all kept as
 *   strings (no number or boolean typing: compose's environment values are strings anyway); an
 *   empty value is null;
 * - literal block scalars (`|`, clipped: one final newline);
 * - anchors on a mapping value (`key: &name` + nested block) and aliases as a whole value (`*name`);
 * - `#` comments on their own line or after a value.
 * Not supported (throws): tabs, flow mappings, `---` documents, merge keys, folded scalars, tags,
 * multi-line plain or quoted scalars.
 */
export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

export class TinyYamlError extends Error {
  override readonly name = "TinyYamlError";
}

interface Line {
  readonly no: number;
  readonly indent: number;
  /** The line without its indentation and comment. */
  readonly text: string;
}

/** Cuts a `#` comment that starts the line or follows a space, outside quotes. */
function stripComment(raw: string, no: number): string {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "#" && (i === 0 || raw[i - 1] === " ")) {
      return raw.slice(0, i).trimEnd();
    }
  }
  if (quote) throw new TinyYamlError(`line ${no}: unterminated ${quote} quote`);
  return raw.trimEnd();
}

export function parseTinyYaml(source: string): YamlValue {
  const rawLines = source.replace(/\r\n/g, "\n").split("\n");
  const anchors = new Map<string, YamlValue>();
  let pos = 0;

  const fail = (no: number, message: string): never => {
    throw new TinyYamlError(`line ${no}: ${message}`);
  };

  /** The next line holding something, without consuming it. */
  const peek = (): Line | undefined => {
    for (let i = pos; i < rawLines.length; i++) {
      const raw = rawLines[i] as string;
      if (raw.includes("\t")) fail(i + 1, "tabs are not supported; indent with spaces");
      const text = stripComment(raw, i + 1);
      if (text.trim() === "") continue;
      pos = i;
      return { no: i + 1, indent: text.length - text.trimStart().length, text: text.trimStart() };
    }
    pos = rawLines.length;
    return undefined;
  };

  const scalar = (text: string, no: number): YamlValue => {
    const t = text.trim();
    if (t === "" || t === "~" || t === "null") return null;
    if (t.startsWith('"')) {
      if (!t.endsWith('"') || t.length < 2) fail(no, `unterminated double-quoted scalar ${t}`);
      try {
        return JSON.parse(t) as string;
      } catch {
        return fail(no, `bad double-quoted scalar ${t}`);
      }
    }
    if (t.startsWith("'")) {
      if (!t.endsWith("'") || t.length < 2) fail(no, `unterminated single-quoted scalar ${t}`);
      const inner = t.slice(1, -1);
      if (/'(?!')/.test(inner.replace(/''/g, ""))) fail(no, `stray quote in ${t}`);
      return inner.replace(/''/g, "'");
    }
    if (t.startsWith("*")) {
      const name = t.slice(1);
      if (!anchors.has(name)) fail(no, `unknown alias *${name}`);
      return anchors.get(name) as YamlValue;
    }
    if (/^[{&!>|%@`]/.test(t) || t === "---") fail(no, `unsupported YAML: ${t}`);
    if (t.startsWith("[")) return flowSequence(t, no);
    if (/:\s|:$/.test(t)) fail(no, `a mapping inside a value is not supported: ${t}`);
    return t;
  };

  const flowSequence = (t: string, no: number): YamlValue[] => {
    if (!t.endsWith("]")) fail(no, "a flow sequence must end on its line");
    const items: string[] = [];
    let current = "";
    let quote: string | null = null;
    for (let i = 1; i < t.length - 1; i++) {
      const c = t[i] as string;
      if (quote) {
        current += c;
        if (c === "\\" && quote === '"') current += t[++i] ?? "";
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        quote = c;
        current += c;
      } else if (c === "[" || c === "{") {
        fail(no, "nested flow collections are not supported");
      } else if (c === ",") {
        items.push(current);
        current = "";
      } else {
        current += c;
      }
    }
    if (current.trim() !== "" || items.length > 0) items.push(current);
    return items.map((item) => {
      if (item.trim() === "") fail(no, "empty item in a flow sequence");
      return scalar(item, no);
    });
  };

  /** `|` block: every following line indented deeper than `parentIndent`, indentation of the first removed. */
  const literal = (parentIndent: number, no: number): string => {
    const lines: string[] = [];
    let indent = -1;
    let i = pos + 1;
    for (; i < rawLines.length; i++) {
      const raw = rawLines[i] as string;
      if (raw.trim() === "") {
        lines.push("");
        continue;
      }
      const own = raw.length - raw.trimStart().length;
      if (own <= parentIndent) break;
      if (indent < 0) indent = own;
      if (own < indent) fail(i + 1, "a literal block's lines must keep its first line's indentation");
      lines.push(raw.slice(indent));
    }
    if (indent < 0) fail(no, "empty literal block");
    pos = i;
    while (lines.at(-1) === "") lines.pop();
    return `${lines.join("\n")}\n`;
  };

  /** The value after `key:` (or `-`): inline text, or a nested block on the following lines. */
  const valueAfter = (inline: string, parentIndent: number, no: number): YamlValue => {
    let rest = inline.trim();
    let anchor: string | undefined;
    const anchored = /^&([A-Za-z0-9_-]+)\s*(.*)$/.exec(rest);
    if (anchored) {
      anchor = anchored[1] as string;
      rest = (anchored[2] as string).trim();
      if (rest !== "") fail(no, "an anchor is supported only before a nested block");
    }
    let value: YamlValue;
    if (rest === "|") {
      value = literal(parentIndent, no);
    } else if (rest !== "") {
      pos += 1;
      value = scalar(rest, no);
    } else {
      pos += 1;
      const next = peek();
      value =
        next && next.indent > parentIndent
          ? block(next.indent)
          : next && next.indent === parentIndent && next.text.startsWith("- ")
            ? block(next.indent)
            : null;
    }
    if (anchor) anchors.set(anchor, value);
    return value;
  };

  /** A mapping or a sequence whose entries are all at `indent`. */
  const block = (indent: number): YamlValue => {
    const first = peek() as Line;
    if (first.text.startsWith("- ") || first.text === "-") {
      const items: YamlValue[] = [];
      for (let line = peek(); line && line.indent === indent && (line.text.startsWith("- ") || line.text === "-"); line = peek()) {
        const item = line.text.slice(1).trim();
        if (item === "" || /^[^"'[].*:(\s|$)/.test(item)) fail(line.no, "only scalars are supported as block sequence items");
        pos += 1;
        items.push(scalar(item, line.no));
      }
      const after = peek();
      if (after && after.indent > indent) fail(after.no, "unexpected indentation after a sequence");
      return items;
    }
    const map: { [key: string]: YamlValue } = {};
    for (let line = peek(); line && line.indent >= indent; line = peek()) {
      if (line.indent > indent) fail(line.no, "unexpected indentation");
      const match = /^("[^"]*"|'[^']*'|[^\s"'#:][^:]*?)\s*:(?:\s+(.*))?$/.exec(line.text);
      if (!match) fail(line.no, `expected "key: value", found ${line.text}`);
      const key = scalar((match as RegExpExecArray)[1] as string, line.no);
      if (typeof key !== "string") fail(line.no, "keys must be strings");
      if (key === "<<") fail(line.no, "merge keys are not supported");
      if (Object.hasOwn(map, key as string)) fail(line.no, `duplicate key ${key}`);
      map[key as string] = valueAfter((match as RegExpExecArray)[2] ?? "", indent, line.no);
    }
    return map;
  };

  const first = peek();
  if (!first) return null;
  if (first.indent !== 0) fail(first.no, "the document must start at column 0");
  const doc = block(0);
  const extra = peek();
  if (extra) fail(extra.no, "unexpected content after the document");
  return doc;
}
