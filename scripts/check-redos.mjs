#!/usr/bin/env node
/**
 * ReDoS check of the project's regular expressions (CI: `npm run check:redos`, run by `npm test`).
 * Collects every regex literal and `new RegExp('literal')` in src/, and every pattern in the
 * lexicons (boilerplate line rules and wire patterns, with {AGENCY} filled in), and runs recheck
 * on each. A pattern recheck calls vulnerable fails the check, unless it is listed in
 * scripts/redos-allow.json with the reason its input is bounded (a rule tested on a line tail).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';

const root = join(import.meta.dirname, '..');
const allow = JSON.parse(readFileSync(join(root, 'scripts/redos-allow.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Regex literals and `new RegExp('...', 'flags')` with literal arguments, with where they are. */
function sourcePatterns() {
  const out = [];
  for (const file of files(join(root, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        out.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.length) {
        const [src, flags] = node.arguments;
        if (ts.isStringLiteral(src) || ts.isNoSubstitutionTemplateLiteral(src)) {
          out.push({ where: where(node), source: src.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function lexiconPatterns() {
  const b = JSON.parse(readFileSync(join(root, 'lexicons/boilerplate.json'), 'utf8'));
  const agencies = [...b.wireAgencies].sort((x, y) => y.length - x.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const rules = [...b.lineRules, b.relatedPostsLabel, b.citationsLabel, b.bylinePrefix];
  return [
    ...rules.map((r) => ({ where: `lexicons/boilerplate.json#${r.id}`, source: r.pattern, flags: r.flags ?? 'iu' })),
    ...b.wirePatterns.map((p) => ({ where: `lexicons/boilerplate.json#${p.id}`, source: p.pattern.replace('{AGENCY}', agencies), flags: (p.flags ?? 'dgu').replace(/[dg]/g, '') })),
  ];
}

const patterns = [...sourcePatterns(), ...lexiconPatterns()];
const problems = [];
let checked = 0;
for (const p of patterns) {
  const flags = [...new Set(p.flags.replace(/[gyd]/g, ''))].join('');
  let result;
  try {
    // A fixed seed: the fuzz checker (used for lookarounds) then tries the same strings on every run.
    result = await check(p.source, flags, { timeout: 5000, randomSeed: 42 });
  } catch (e) {
    result = { status: 'unknown', error: { message: String(e) } };
  }
  checked++;
  if (result.status !== 'vulnerable') continue;
  const allowed = allow.find((a) => a.source === p.source);
  if (allowed) continue;
  problems.push(`${p.where}: /${p.source}/${p.flags} is ${result.complexity?.summary ?? 'vulnerable'}; attack: ${result.attack?.pattern ?? '?'}`);
}
console.log(`redos: ${checked} patterns checked, ${problems.length} vulnerable`);
for (const line of problems) console.log(`  ${line}`);
process.exit(problems.length ? 1 : 0);
