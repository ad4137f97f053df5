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

/** A word of letters, allowing an apostrophe and one closing punctuation mark. */
const word = /^[A-Za-z][a-z']*[.,;:!?]?$/;

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
  const text = readFileSync(join(root, file), 'utf8');
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
    assert.ok(!readsAsSentence('text/plain; charset=utf-8'));
    assert.ok(!readsAsSentence('episode'));
    assert.equal(probe.statements.length, 1);
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
});
