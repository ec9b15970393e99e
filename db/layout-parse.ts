// Reads layout JSON text into a validated Layout. Errors name the JSON path and, where it can be
// found, the line in the file, e.g. `layout.json:57: $.racks[3].xM: expected number`.
import { parse, printParseErrorCode, visit, type JSONPath, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { layoutSchema, type Layout } from '../core/model/layout.js';
import { fmtLimit, jsonTooDeep, LIMITS } from '../core/model/limits.js';

export type JsonPath = (string | number)[];

/** A problem in a layout document, at a JSON path. */
export class LayoutError extends Error {
  constructor(
    /** `$.racks[3].hall` */
    readonly where: string,
    readonly reason: string,
    /** 1-based line in the JSON text, when known. */
    readonly line: number | null = null,
    readonly file: string | null = null,
    /** How many more problems were found after this one. */
    readonly more = 0,
    /** The search stopped early: there may be more than `more`. */
    readonly capped = false,
  ) {
    const tail = more ? ` (and ${capped ? 'at least ' : ''}${more} more problem${more === 1 ? '' : 's'})` : '';
    super(`${[file, line].filter((x) => x !== null).join(':')}${file !== null || line !== null ? ': ' : ''}${where}: ${reason}${tail}`);
    this.name = 'LayoutError';
  }
}

export function pathString(path: JsonPath): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('');
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const isPrefix = (p: JSONPath, of: JsonPath) => p.length <= of.length && p.every((x, i) => x === of[i]);

/**
 * Finds the line of a JSON path in the text; a missing member is reported at its object. A scan,
 * not a syntax tree: the tree of a 100 MB document (about 13 million nodes) ran the process out of
 * memory, while the scan skips every object and array off the path and keeps nothing.
 */
export class JsonLocator {
  constructor(private readonly text: string) {}

  line(path: JsonPath): number | null {
    let found: number | null = null;
    let depth = -1;
    const at = (p: JSONPath, line: number) => {
      if (!isPrefix(p, path)) return false;
      if (p.length > depth) [found, depth] = [line + 1, p.length];
      return true;
    };
    visit(
      this.text,
      {
        onObjectBegin: (_o, _l, line, _c, ps) => at(ps(), line),
        onArrayBegin: (_o, _l, line, _c, ps) => at(ps(), line),
        // jsonc-parser 3.3 resumes after a skipped object or array only when these are given
        onObjectEnd: () => undefined,
        onArrayEnd: () => undefined,
        onObjectProperty: (name, _o, _l, line, _c, ps) => void at([...ps(), name], line),
        onLiteralValue: (_v, _o, _l, line, _c, ps) => void at(ps(), line),
      },
      { disallowComments: true },
    );
    return found;
  }
}

/** A layout section over the entry bound is refused before any entry is validated (zod would build them all). */
function sectionTooLong(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  for (const [key, value] of Object.entries(raw)) if (Array.isArray(value) && value.length > LIMITS.layoutItems) return key;
  return null;
}

function zodToLayoutError(error: z.ZodError, locate: JsonLocator, file: string | null): LayoutError {
  const issue = error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  return new LayoutError(pathString(path), issue.message, locate.line(path), file, error.issues.length - 1);
}

/** Parses and validates layout JSON text; throws LayoutError naming the file, line and path. */
export function parseLayoutText(text: string, file: string | null = null): { layout: Layout; locate: JsonLocator } {
  const locate = new JsonLocator(text);
  if (text.length > LIMITS.fileBytes) throw new LayoutError('$', `the document is larger than ${fmtLimit(LIMITS.fileBytes / 1024 / 1024)} MB`, null, file);
  // Before any parser walks it: 100,000 nested arrays would overflow the stack or the memory.
  const deep = jsonTooDeep(text);
  if (deep !== null) throw new LayoutError('$', `nested more than ${LIMITS.jsonDepth} levels deep (a layout document is 4)`, deep, file);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // JSON.parse does not always say where; jsonc-parser does (with comments disallowed).
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const line = first ? lineAt(text, first.offset) : null;
    throw new LayoutError('$', `not valid JSON: ${first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : (e as Error).message}`, line, file);
  }
  const long = sectionTooLong(raw);
  if (long !== null) {
    const count = (raw as Record<string, unknown[]>)[long]!.length;
    throw new LayoutError(pathString([long]), `${fmtLimit(count)} entries: at most ${fmtLimit(LIMITS.layoutItems)} entries`, locate.line([long]), file);
  }
  const parsed = layoutSchema.safeParse(raw);
  if (!parsed.success) throw zodToLayoutError(parsed.error, locate, file);
  return { layout: parsed.data, locate };
}
