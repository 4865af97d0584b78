/**
 * After the single-file build: hash its inline <script> and <style>, put a
 * Content-Security-Policy <meta> with those hashes at the top of <head>, rename the file,
 * and write the policy to csp.txt for hosts that send it as a header.
 */
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { outDir } from '../tooling/dataset';
import { singleFilePolicy } from './singleFilePolicy';

const dir = `${outDir()}/single`;
const html = readFileSync(`${dir}/index.html`, 'utf8');
const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
const policy = singleFilePolicy(scripts, styles);
const out = html.replace(
  /<meta charset="utf-8"\s*\/?>/i,
  (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
);
if (out === html) throw new Error('no <meta charset> to put the policy after');
writeFileSync(`${dir}/diplomatic-timeline.html`, out);
writeFileSync(`${dir}/csp.txt`, `${policy}\n`);
unlinkSync(`${dir}/index.html`);
console.log(
  `${dir}/diplomatic-timeline.html: ${scripts.length} script and ${styles.length} style hash(es)`,
);
