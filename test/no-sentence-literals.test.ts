import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/**
 * A word of letters, English or Spanish (accents, ñ, an opening ¿ or ¡), allowing an apostrophe and one closing
 * punctuation mark: a sentence in either catalogue's language outside the catalogues is found.
 */
const word = /^[¿¡]?[A-Za-zÁÉÍÓÚÑáéíóúüñ][a-záéíóúüñ']*[.,;:!?]?$/;

/** Reads as English: two or more words of letters, and most of its pieces are such words. */
function readsAsSentence(text: string): boolean {
  const pieces = text.trim().split(/\s+/).filter(Boolean);
  const words = pieces.filter((p) => word.test(p)).length;
  return words >= 2 && words * 2 > pieces.length;
}

/** JSX attributes that hold code for the browser, never words for a person. */
const codeAttributes =
  /^(class|className|id|key|type|name|href|src|rel|for|htmlFor|role|autocomplete|autoComplete|inputMode|pattern|method|action|lang|dir|style|data-.*)$/;

/** Calls whose arguments are code or go to a log, never shown to a person. */
const codeCallees =
  /(^|\.)(query|exec|prepare|sql|log\.(trace|debug|info|warn|error|fatal)|console\.\w+|querySelector(All)?|getElementById|addEventListener|removeEventListener|matchMedia|setAttribute|getAttribute|register)$/;

function calleeName(node: ts.Node, source: ts.SourceFile): string | undefined {
  const p = node.parent;
  if (p && (ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(node as ts.Expression))
    return p.expression.getText(source);
  if (p && ts.isTaggedTemplateExpression(p)) return p.tag.getText(source);
  return undefined;
}

/** Whether a literal sits where the language reads it as code: by its syntax position, never its text. */
function inCodePosition(node: ts.Node, source: ts.SourceFile): boolean {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p)) return true;
    if (ts.isLiteralTypeNode(p) || ts.isTypeNode(p)) return true;
    // A function's body is its own place: a literal in a callback handed to a code callee (`app.register`) is
    // judged where it is written, not by the call around the function.
    if (ts.isFunctionLike(p) || ts.isClassLike(p)) return false;
    if (
      (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) &&
      p.name === n
    )
      return true;
    if (ts.isElementAccessExpression(p) && p.argumentExpression === n) return true;
    if (ts.isBinaryExpression(p) && /^(===|!==|==|!=)$/.test(p.operatorToken.getText(source))) return true;
    if (ts.isCaseClause(p) && p.expression === n) return true;
    if (ts.isJsxAttribute(p) && codeAttributes.test(p.name.getText(source))) return true;
    const callee = calleeName(n, source);
    if (callee && codeCallees.test(callee)) return true;
    // Stop climbing at the statement or the JSX element that holds the literal.
    if (ts.isStatement(p) || ts.isJsxElement(p) || ts.isJsxSelfClosingElement(p)) return false;
  }
  return false;
}

/** Every English sentence written as a literal in a file, with its line. */
export function sentenceLiterals(file: string): string[] {
  return sentenceLiteralsIn(readFileSync(join(root, file), 'utf8'), file);
}

/** The same, for source text given directly (the file name picks TS or TSX). */
export function sentenceLiteralsIn(text: string, file: string): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      literal = node.text;
    else if (ts.isJsxText(node)) literal = node.text;
    const at =
      ts.isTemplateLiteralToken(node) && !ts.isNoSubstitutionTemplateLiteral(node)
        ? node.parent.parent
        : node;
    if (literal !== undefined && readsAsSentence(literal) && !inCodePosition(at, source)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${file}:${line}: ${literal.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('sentences a person reads come from the catalogue, not from literals', () => {
  it('finds a sentence literal where one is written, so the check itself works', () => {
    const probe = ts.createSourceFile(
      'p.ts',
      "const a = 'Call the emergency number now.';",
      ts.ScriptTarget.Latest,
      true,
    );
    assert.ok(readsAsSentence('Call the emergency number now.'));
    assert.ok(readsAsSentence('¿Llame ahora al número de emergencias?'));
    assert.ok(!readsAsSentence('text/plain; charset=utf-8'));
    assert.ok(!readsAsSentence('episode'));
    assert.equal(probe.statements.length, 1);
  });

  it('judges a literal inside a callback by where it is written, not by the call the callback is given to', () => {
    const found = sentenceLiteralsIn(
      [
        "app.register(async (app) => { app.get('/x', async () => ({ message: 'Your diary is saved here.' })); });",
        "app.register(routes, { prefix: '/api/v1' });",
        "navigator.serviceWorker.register('/sw.js');",
        "db.query('SELECT id FROM shares WHERE clinician_id = $1 AND revoked_at IS NULL');",
      ].join('\n'),
      'probe.ts',
    );
    assert.deepEqual(found, ['probe.ts:1: Your diary is saved here.']);
  });

  it('has none in the CLI renderer, its input, batch and help', () => {
    const done = ['render', 'input', 'batch', 'io', 'main'].map((f) => `src/cli/${f}.ts`);
    assert.deepEqual(done.flatMap(sentenceLiterals), []);
  });

  it('has none anywhere in the CLI', () => {
    assert.deepEqual(files('src/cli', /\.ts$/).flatMap(sentenceLiterals), []);
  });

  it('has none in the server routes, its messages, the API document and `unknot serve`', () => {
    assert.deepEqual(files('src/server', /\.ts$/).flatMap(sentenceLiterals), []);
  });

  it('has none in the web app', () => {
    assert.deepEqual(files('src/web', /\.tsx?$/).flatMap(sentenceLiterals), []);
  });

  it('has none in the core outside its knowledge, but for text no person reads', () => {
    /**
     * Literals that read as English but are not words for a person, each with its reason: a thrown
     * programmer's error (the caller broke a precondition; never shown, only logged or failing a test)
     * and the fixed display of a code in a code system, which FHIR requires as the system spells it.
     */
    const notForAPerson = new Map([
      [
        'src/core/share.ts: shareCodeFrom needs 10 random bytes',
        'programmer error: the caller gave too few bytes',
      ],
      ['src/core/dates.ts: not a calendar date:', 'programmer error: a date the schema already checked'],
      [
        'src/core/instant-order.ts: not an instant:',
        'programmer error: an instant the schema already checked',
      ],
      [
        'src/core/flow.ts: flow finished without a valid case:',
        'programmer error: the flow asked everything',
      ],
      [
        'src/core/flow.ts: answer does not fit question',
        'programmer error: a screen sent the wrong answer kind',
      ],
      ['src/core/export/fhir.ts: Low back pain', 'the SNOMED CT display of 279039007'],
      [
        'src/core/export/fhir.ts: Pain severity - 0-10 verbal numeric rating [Score] - Reported',
        'the LOINC display of 72514-3',
      ],
      ['src/core/export/fhir.ts: Asked But Unknown', 'the data-absent-reason display of asked-unknown'],
    ]);
    const found = files('src/core', /\.ts$/)
      .filter((f) => !f.startsWith('src/core/knowledge/'))
      .flatMap(sentenceLiterals)
      .map((hit) => hit.replace(/:\d+:/, ':'));
    assert.deepEqual(
      found.filter((hit) => !notForAPerson.has(hit)),
      [],
    );
    // Each exception is still there, so the list does not outlive its reason.
    assert.deepEqual(
      [...notForAPerson.keys()].filter((k) => !found.includes(k)),
      [],
    );
  });
});
