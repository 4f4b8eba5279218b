// Where things are in a content file, so a validation error can name the line to fix.

/** One element of a top-level JSON array: the line it starts on and the lines of its own keys. */
export interface JsonItemLines {
  line: number;
  keys: Map<string, number>;
}

/**
 * Scans a JSON array's text for the line of each element and of each element's direct keys.
 * Only call it on text that JSON.parse accepted; it does not validate.
 */
export function jsonArrayItemLines(text: string): JsonItemLines[] {
  const items: JsonItemLines[] = [];
  let line = 1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (char === "\n") line++;
    if (/\s/.test(char) || char === "," || char === ":") continue;
    if (depth === 1 && char !== "]") items.push({ line, keys: new Map() });
    if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") depth--;
    else if (char === '"') {
      const end = stringEnd(text, i);
      if (depth === 2 && /^\s*:/.test(text.slice(end + 1, end + 40)))
        items.at(-1)?.keys.set(JSON.parse(text.slice(i, end + 1)) as string, line);
      i = end;
    } else while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1] ?? "")) i++;
  }
  return items;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

/** The 1-based line a JSON.parse error points at ("… at position 42" or "(line 3 column 5)"). */
export function jsonErrorLine(text: string, error: Error): number | undefined {
  const explicit = /\(line (\d+) column \d+\)/.exec(error.message);
  if (explicit) return Number(explicit[1]);
  const position = /at position (\d+)/.exec(error.message);
  if (position) return text.slice(0, Number(position[1])).split("\n").length;
  if (/Unexpected end of JSON input/.test(error.message)) return text.split("\n").length;
  return undefined;
}

/** The 1-based line of a top-level `key:` in a note's frontmatter block, if it is there. */
export function frontmatterKeyLine(raw: string, key: string): number | undefined {
  const lines = raw.split("\n");
  if (lines[0]?.trim() !== "---") return undefined;
  for (let index = 1; index < lines.length && lines[index]?.trim() !== "---"; index++) {
    if (lines[index]?.startsWith(`${key}:`)) return index + 1;
  }
  return undefined;
}
