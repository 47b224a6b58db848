// Checks the stylesheets in style/ (plain node, no dependencies):
//
//   (a) formatting: no line over 100 characters, at most one declaration a line, braces at the
//       ends of their lines;
//   (b) with --orig DIR (the old style/ files: tokens, base, layout, components, forms, and print
//       linked with media="print") or --orig-rev REV (the same files from git): the cascade is
//       the one the old files gave. Both sides become (media, selector, property, value) tuples,
//       one per selector of a group, in the order the page loads them: the old files in their old
//       link order; target/style/app.css and print.css as scripts/style.mjs builds them, plain
//       and minified. The multisets must be equal, and the order must hold for every pair of
//       tuples where order decides the outcome: both could style one element (see `meet`), set
//       the same longhand with different values, with equal specificity and importance, under
//       media queries that can hold together.
//
//   node scripts/style-check.mjs [--orig /tmp/style-orig | --orig-rev 209822e]
//
// Exits 1 and prints what differs when a check fails.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, STYLE_DIR } from "./style.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MAX_LINE = 100;
// The stylesheets before style/ was split by block, in index.html's order then.
const ORIGINAL = [["tokens"], ["base"], ["layout"], ["components"], ["forms"], ["print", "print"]];
// Where the app writes its class attributes: every string with two or more app- classes is a mix.
const SOURCES = ["app/src", "server/src", "index.html"];

// ---- (a) formatting

function lint() {
  const problems = [];
  const files = readdirSync(STYLE_DIR, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".css"))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of files) {
    const name = relative(root, file);
    // Comments and strings blanked (same length), so only the code is looked at.
    const code = blank(readFileSync(file, "utf8")).split("\n");
    readFileSync(file, "utf8").split("\n").forEach((line, k) => {
      const at = `${name}:${k + 1}`;
      if (line.length > MAX_LINE) problems.push(`${at}: ${line.length} characters (at most ${MAX_LINE})`);
      const text = code[k].trim();
      const semicolons = text.split(";").length - 1;
      if (semicolons > 1) problems.push(`${at}: ${semicolons} declarations on one line`);
      const open = text.indexOf("{");
      if (open >= 0 && (open !== text.length - 1 || text.includes("}"))) problems.push(`${at}: code after "{"`);
      const close = text.indexOf("}");
      if (close >= 0 && text !== "}") problems.push(`${at}: "}" not alone on its line`);
      if (semicolons === 1 && !text.endsWith(";")) problems.push(`${at}: code after ";"`);
      if (text && !/[{},;]$/.test(text)) problems.push(`${at}: a line must end in "{", "}", "," or ";"`);
    });
  }
  return { files: files.length, problems };
}

function blank(text) {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '"' || text[k] === "'") {
      const end = stringEnd(text, k);
      out += `"${text.slice(k + 1, end - 1).replace(/[^\n]/g, "x")}"`;
      k = end - 1;
    } else if (text.startsWith("/*", k)) {
      const end = text.indexOf("*/", k + 2) + 2;
      out += text.slice(k, end).replace(/[^\n]/g, " ");
      k = end - 1;
    } else out += text[k];
  }
  return out;
}

function stringEnd(text, k) {
  for (let j = k + 1; j < text.length; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === text[k]) return j + 1;
  }
  throw new Error(`unterminated string at ${k}`);
}

// ---- parsing: {type: "at", prelude, children} | {type: "rule", prelude, decls: [{prop, value,
// important}]}, comments dropped

export function parseCss(text) {
  text = blankComments(text);
  let i = 0;
  function nodes(inBlock) {
    const out = [];
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (i >= text.length) {
        if (inBlock) throw new Error("unterminated @media");
        return out;
      }
      if (text[i] === "}") {
        if (!inBlock) throw new Error(`stray "}" at ${i}`);
        i++;
        return out;
      }
      const start = i;
      for (let depth = 0; i < text.length; i++) {
        if (text[i] === '"' || text[i] === "'") i = stringEnd(text, i) - 1;
        else if (text[i] === "(" || text[i] === "[") depth++;
        else if (text[i] === ")" || text[i] === "]") depth--;
        else if (text[i] === "{" && depth === 0) break;
        else if (text[i] === ";" || text[i] === "}") throw new Error(`bad rule: ${text.slice(start, i + 1)}`);
      }
      const prelude = text.slice(start, i).trim();
      i++;
      if (/^@(media|supports)\b/.test(prelude)) out.push({ type: "at", prelude, children: nodes(true) });
      else out.push({ type: "rule", prelude, decls: declarations() });
    }
  }
  function declarations() {
    const decls = [];
    let start = i;
    for (let depth = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"' || c === "'") i = stringEnd(text, i) - 1;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
      else if ((c === ";" || c === "}") && depth === 0) {
        const raw = text.slice(start, i).trim();
        if (raw) {
          const colon = raw.indexOf(":");
          if (colon < 0) throw new Error(`bad declaration: ${raw}`);
          const value = raw.slice(colon + 1).trim();
          const important = /!\s*important$/i.test(value);
          decls.push({ prop: raw.slice(0, colon).trim().toLowerCase(), value: important ? value.replace(/\s*!\s*important$/i, "") : value, important });
        }
        start = i + 1;
        if (c === "}") {
          i++;
          return decls;
        }
      } else if (c === "{") throw new Error(`nested block at ${text.slice(start, i)}`);
    }
    throw new Error("unterminated rule");
  }
  return nodes(false);
}

function blankComments(text) {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '"' || text[k] === "'") {
      const end = stringEnd(text, k);
      out += text.slice(k, end);
      k = end - 1;
    } else if (text.startsWith("/*", k)) {
      const end = text.indexOf("*/", k + 2);
      if (end < 0) throw new Error("unterminated comment");
      out += " ";
      k = end + 1;
    } else out += text[k];
  }
  return out;
}

/** Splits at the commas outside (), [] and strings. */
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '"' || c === "'") k = stringEnd(text, k) - 1;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, k).trim());
      start = k + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

// Outside strings: whitespace collapsed, none after commas or around combinators and colons.
function normalise(text, { selector = false } = {}) {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '"' || c === "'") {
      const end = stringEnd(text, k);
      out += text.slice(k, end);
      k = end - 1;
    } else if (/\s/.test(c)) {
      if (!out.endsWith(" ")) out += " ";
    } else if (c === "," || (selector && /[>+~]/.test(c))) {
      out = out.replace(/ $/, "") + c;
      while (/\s/.test(text[k + 1] ?? "")) k++;
    } else out += c;
  }
  return out.trim();
}
const normaliseMedia = (prelude) => prelude.replace(/^@media\s*/i, "").replace(/\s+/g, "").toLowerCase();

/** The tuples of a stylesheet, in order. `media` is the link's media attribute, if any. */
export function tuples(text, source, media = []) {
  const out = [];
  const walk = (nodes, context) => {
    for (const node of nodes) {
      if (node.type === "at") walk(node.children, [...context, normaliseMedia(node.prelude)]);
      else {
        const selectors = node.prelude.startsWith("@") ? [node.prelude.replace(/\s+/g, "")] : splitTop(node.prelude);
        for (const raw of selectors) {
          const selector = normalise(raw, { selector: true });
          for (const d of node.decls) {
            out.push({ source, media: context, selector, prop: d.prop, value: normalise(d.value), important: d.important });
          }
        }
      }
    }
  };
  walk(parseCss(text), media);
  return out;
}
const keyOf = (t) => `${t.media.map((m) => `@media ${m} `).join("")}${t.selector} { ${t.prop}: ${t.value}${t.important ? " !important" : ""} }`;

// ---- selectors

const classesOf = (selector) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);

/** The compound selectors, combinators dropped. */
function compounds(selector) {
  const out = [];
  let current = "";
  let depth = 0;
  for (const c of selector) {
    if (c === "(" || c === "[") depth++;
    if (c === ")" || c === "]") depth--;
    if (depth === 0 && /[\s>+~]/.test(c)) {
      if (current) out.push(current);
      current = "";
    } else current += c;
  }
  if (current) out.push(current);
  return out;
}

function specificity(selector) {
  const s = [0, 0, 0];
  const add = (t) => t.forEach((v, k) => (s[k] += v));
  for (const compound of compounds(selector)) {
    for (let k = 0; k < compound.length; ) {
      const c = compound[k];
      if (c === "#") (s[0]++, (k = word(compound, k + 1)));
      else if (c === ".") (s[1]++, (k = word(compound, k + 1)));
      else if (c === "[") (s[1]++, (k = compound.indexOf("]", k) + 1));
      else if (c === ":" && compound[k + 1] === ":") (s[2]++, (k = group(compound, word(compound, k + 2)).end));
      else if (c === ":") {
        const end = word(compound, k + 1);
        const name = compound.slice(k + 1, end);
        const args = group(compound, end);
        if (["not", "is", "has", "matches"].includes(name)) {
          add(splitTop(args.inner).map(specificity).sort((x, y) => compare(y, x))[0]);
        } else if (name !== "where") s[1]++;
        k = args.end;
      } else if (/[a-zA-Z]/.test(c)) (s[2]++, (k = word(compound, k)));
      else k++; // `*`, or the `@` of @page
    }
  }
  return s;
}
const word = (s, k) => {
  while (k < s.length && /[\w-]/.test(s[k])) k++;
  return k;
};
function group(s, k) {
  if (s[k] !== "(") return { end: k, inner: "" };
  for (let j = k, depth = 0; j < s.length; j++) {
    if (s[j] === "(") depth++;
    else if (s[j] === ")" && --depth === 0) return { end: j + 1, inner: s.slice(k + 1, j) };
  }
  throw new Error(`unbalanced "(" in ${s}`);
}
const compare = (x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

// The html element: its classes are set by public/boot.js and app/src/preferences.rs.
const ROOT_CLASS = /^app-(js|text-[a-z]+|theme-[a-z]+)$/;
// Selectors whose subject has no class of its own, but whose elements are known: the children
// of .app-document are the viewer's image or PDF frame only (app/src/components/document_viewer.rs).
const KNOWN_CHILDREN = [[/^\.app-document>\*$/, ["app-document__image", "app-document__pdf"]]];

/** What the element a selector styles is known to be. */
function subject(selector) {
  const parts = compounds(selector.replace(/\s*([>+~])\s*/g, " $1 "));
  const last = parts[parts.length - 1] ?? "";
  const type = last.match(/^[a-zA-Z][\w-]*/)?.[0].toLowerCase() ?? null;
  const pseudo = last.match(/::([\w-]+)/)?.[1] ?? "";
  const known = KNOWN_CHILDREN.find(([pattern]) => pattern.test(selector));
  const html = type === "html" || /^:root\b/.test(last);
  return { type, pseudo, html, classes: known ? known[1] : classesOf(last.replace(/:[\w-]+\(.*\)/g, "")) };
}

// ---- properties: the longhands a declaration sets (logical sides as physical ones, LTR)

const SIDES = ["top", "right", "bottom", "left"];
const LOGICAL = {
  block: ["top", "bottom"], inline: ["left", "right"], "block-start": ["top"], "block-end": ["bottom"],
  "inline-start": ["left"], "inline-end": ["right"],
};
const SHORTHANDS = {
  font: ["font-family", "font-size", "font-weight", "font-style", "font-variant-numeric", "font-stretch", "line-height"],
  flex: ["flex-grow", "flex-shrink", "flex-basis"],
  gap: ["row-gap", "column-gap"],
  "list-style": ["list-style-type", "list-style-position", "list-style-image"],
  outline: ["outline-width", "outline-style", "outline-color"],
  overflow: ["overflow-x", "overflow-y"],
  "text-decoration": ["text-decoration-line", "text-decoration-style", "text-decoration-color", "text-decoration-thickness"],
  "grid-column": ["grid-column-start", "grid-column-end"],
  background: ["background-color", "background-image", "background-position", "background-size", "background-repeat"],
};
function longhands(prop) {
  let m;
  if (prop.startsWith("--")) return [prop];
  if ((m = prop.match(/^(margin|padding)(?:-(.+))?$/))) {
    return (m[2] === undefined ? SIDES : LOGICAL[m[2]] ?? [m[2]]).map((side) => `${m[1]}-${side}`);
  }
  if (prop === "inset") return SIDES;
  if ((m = prop.match(/^inset-(.+)$/))) return LOGICAL[m[1]];
  if ((m = prop.match(/^border(?:-(top|right|bottom|left|block|inline|block-start|block-end|inline-start|inline-end))?(?:-(width|style|color))?$/))) {
    const sides = m[1] === undefined ? SIDES : LOGICAL[m[1]] ?? [m[1]];
    return sides.flatMap((side) => (m[2] ? [m[2]] : ["width", "style", "color"]).map((kind) => `border-${side}-${kind}`));
  }
  return SHORTHANDS[prop] ?? [prop];
}

/** Can both media contexts hold at once? (widths in em; anything else may always hold) */
function together(m1, m2) {
  const range = (media) => {
    let lo = 0;
    let hi = Infinity;
    for (const q of media) {
      for (const [, side, value] of q.matchAll(/\((min|max)-width:([\d.]+)em\)/g)) {
        if (side === "min") lo = Math.max(lo, +value);
        else hi = Math.min(hi, +value);
      }
    }
    return [lo, hi];
  };
  const [a, b] = [range(m1), range(m2)];
  return Math.max(a[0], b[0]) <= Math.min(a[1], b[1]);
}

// ---- mixes: the classes one element carries, from the app's class strings

export function mixes() {
  const found = new Set();
  const scan = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const file = join(path, entry.name);
      if (entry.isDirectory()) scan(file);
      else if (/\.(rs|html)$/.test(entry.name)) {
        for (const m of readFileSync(file, "utf8").matchAll(/"(app-[\w-]+(?: +app-[\w-]+)+)"/g)) found.add(m[1].split(/ +/).join(" "));
      }
    }
  };
  for (const source of SOURCES) {
    const path = join(root, source);
    if (source.endsWith(".html")) {
      for (const m of readFileSync(path, "utf8").matchAll(/class="(app-[\w-]+(?: +app-[\w-]+)+)"/g)) found.add(m[1].split(/ +/).join(" "));
    } else scan(path);
  }
  return [...found].sort().map((s) => s.split(" "));
}

/** Could one element be styled by both tuples, with the order deciding which wins? */
function conflict(a, b, mixed) {
  if (a.important !== b.important || compare(a.spec, b.spec) !== 0) return false;
  if (a.prop === b.prop && a.value === b.value) return false;
  if (!a.longhands.some((l) => b.longhands.includes(l))) return false;
  return meet(a.subject, b.subject, mixed) && together(a.media, b.media);
}
function meet(x, y, mixed) {
  if (x.pseudo !== y.pseudo) return false;
  if (x.type && y.type && x.type !== y.type) return false;
  // The html element carries only its own classes; :root and html style nothing else.
  if (x.html || y.html) {
    const other = x.html ? y : x;
    return other.html || (!other.type || other.type === "html") && other.classes.every((c) => ROOT_CLASS.test(c));
  }
  // A subject without a class (`.app-list a`, `.app-card > :last-child`) may be any element.
  if (!x.classes.length || !y.classes.length) return true;
  return x.classes.some((c) => y.classes.some((d) => c === d || mixed.has(`${c} ${d}`)));
}

// ---- (b) the cascade, old against new

function originalSheets(options) {
  return ORIGINAL.map(([name, media]) => {
    const text = options.dir
      ? readFileSync(join(options.dir, `${name}.css`), "utf8")
      : execFileSync("git", ["show", `${options.rev}:style/${name}.css`], { cwd: root, encoding: "utf8" });
    return tuples(text, `${name}.css`, media ? [media] : []);
  }).flat();
}

function newSheets(minify) {
  // What index.html links: the generated files under target/style, in its order.
  const html = readFileSync(join(root, "index.html"), "utf8");
  const files = build({ minify });
  const links = [...html.matchAll(/<link data-trunk rel="css" href="([^"]+)"([^>]*)>/g)];
  if (!links.length) throw new Error("index.html links no css");
  return links.flatMap(([, href, rest]) => {
    const media = rest.match(/media="([^"]+)"/)?.[1];
    const name = href.replace(/^target\/style\//, "");
    if (!(name in files)) throw new Error(`index.html links ${href}, which scripts/style.mjs does not write`);
    return tuples(files[name], `${href}${minify ? " (minified)" : ""}`, media ? [media] : []);
  });
}

function compareCascade(before, after, mixed) {
  const lines = [];
  // Pair the k-th occurrence of a tuple before with its k-th occurrence after.
  const positions = new Map();
  after.forEach((t, k) => {
    const key = keyOf(t);
    if (!positions.has(key)) positions.set(key, []);
    positions.get(key).push(k);
  });
  const used = new Map();
  const missing = [];
  before.forEach((t) => {
    const key = keyOf(t);
    const n = used.get(key) ?? 0;
    const list = positions.get(key) ?? [];
    if (n < list.length) t.after = list[n];
    else missing.push(t);
    used.set(key, n + 1);
  });
  const extra = [...positions].flatMap(([key, list]) => list.slice(used.get(key) ?? 0).map((k) => after[k]));
  for (const t of missing) lines.push(`  missing (${t.source}): ${keyOf(t)}`);
  for (const t of extra) lines.push(`  extra (${t.source}): ${keyOf(t)}`);
  let pairs = 0;
  let moved = 0;
  const matched = before.filter((t) => t.after !== undefined);
  for (const t of matched) {
    t.spec = specificity(t.selector);
    t.longhands = longhands(t.prop);
    t.subject = subject(t.selector);
  }
  for (let x = 0; x < matched.length; x++) {
    for (let y = x + 1; y < matched.length; y++) {
      const [a, b] = [matched[x], matched[y]];
      if (!conflict(a, b, mixed)) continue;
      pairs++;
      if (a.after > b.after) {
        moved++;
        lines.push(`  order: ${keyOf(a)} (${a.source}) must stay before ${keyOf(b)} (${b.source})`);
      }
    }
  }
  return { lines, pairs, moved, missing: missing.length, extra: extra.length };
}

// ---- main

if (resolve(process.argv[1] || "") === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  let failed = false;

  const { files, problems } = lint();
  console.log(`formatting: ${files} files under style/, ${problems.length} problems`);
  for (const p of problems) console.log(`  ${p}`);
  failed ||= problems.length > 0;

  const dir = option("--orig");
  const rev = option("--orig-rev");
  if (dir || rev) {
    const mixList = mixes();
    const mixed = new Set();
    for (const m of mixList) for (const c of m) for (const d of m) if (c !== d) mixed.add(`${c} ${d}`);
    console.log(`mixes (class strings in ${SOURCES.join(", ")}): ${mixList.map((m) => m.join(" ")).join("; ")}`);
    const before = originalSheets({ dir: dir && resolve(dir), rev });
    for (const minify of [false, true]) {
      let after;
      try {
        after = newSheets(minify);
      } catch (error) {
        console.log(`cascade${minify ? " (minified)" : ""}: ${error.message}`);
        failed = true;
        continue;
      }
      const r = compareCascade(before.map((t) => ({ ...t })), after, mixed);
      console.log(
        `cascade${minify ? " (minified)" : ""}: ${before.length} tuples before, ${after.length} after; ` +
          `${r.missing} missing, ${r.extra} extra; ${r.pairs} pairs where order decides, ${r.moved} out of order`,
      );
      for (const line of r.lines) console.log(line);
      failed ||= r.lines.length > 0;
    }
  } else {
    console.log("cascade: not compared (give --orig DIR or --orig-rev REV: the files before the split)");
  }
  process.exit(failed ? 1 : 0);
}
