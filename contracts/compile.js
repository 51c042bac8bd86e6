#!/usr/bin/env node
// Compiles contracts/src/**/*.sol with solc-js (standard-JSON API) and writes
// contracts/artifacts/<Name>.abi and <Name>.bin for every deployable contract
// defined there, plus the third-party artifacts (Uniswap V2, WETH9 and Safe
// 1.4.1) taken as they are from their npm packages.
//
// Usage: node compile.js   (run `npm ci` in contracts/ first)
//
// The output is deterministic: ABI JSON is written with sorted keys and fixed
// indentation, bytecode as lowercase hex without 0x, no timestamps, and any
// artifact file that is no longer produced is removed. Contracts under
// RUNTIME_DIR also get <Name>.runtime (deployed bytecode), for tests that
// place code at a fixed address through the genesis allocation. The script exits
// non-zero on any compiler error, on any warning in our own sources, and on
// any missing or malformed third-party artifact.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
const SRC_DIR = path.join(ROOT, 'src');
const OUT_DIR = path.join(ROOT, 'artifacts');
const NODE_MODULES = path.join(ROOT, 'node_modules');

const SOLC_VERSION = '0.8.30';
// Sources under this directory (unit name prefix) also get <Name>.runtime.
const RUNTIME_DIR = 'src/scenarios/mixer/';
const SETTINGS = {
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 200 },
  outputSelection: {
    // Keys must be "*" or exact source unit names; globs select nothing.
    '*': { '*': ['abi', 'evm.bytecode.object'] },
  },
};

// Third-party contracts we deploy from their published build artifacts.
const THIRD_PARTY = [
  { name: 'UniswapV2Factory', file: '@uniswap/v2-core/build/UniswapV2Factory.json' },
  { name: 'UniswapV2Pair', file: '@uniswap/v2-core/build/UniswapV2Pair.json' },
  { name: 'UniswapV2Router02', file: '@uniswap/v2-periphery/build/UniswapV2Router02.json' },
  { name: 'WETH9', file: '@uniswap/v2-periphery/build/WETH9.json' },
  // Safe 1.4.1 (Hardhat artifacts): the singleton, the proxy factory that
  // creates Safes from it, and the fallback handler Safes are set up with.
  { name: 'Safe', file: '@safe-global/safe-contracts/build/artifacts/contracts/Safe.sol/Safe.json' },
  { name: 'SafeProxyFactory', file: '@safe-global/safe-contracts/build/artifacts/contracts/proxies/SafeProxyFactory.sol/SafeProxyFactory.json' },
  {
    name: 'CompatibilityFallbackHandler',
    file: '@safe-global/safe-contracts/build/artifacts/contracts/handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json',
  },
];

function fail(msg) {
  process.stderr.write(`compile.js: ${msg}\n`);
  process.exit(1);
}

// sortKeys returns a deep copy of v with object keys in sorted order, so that
// JSON.stringify output does not depend on the producer's key order.
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

function normalizeHex(name, hex) {
  if (typeof hex !== 'string') fail(`${name}: bytecode is not a string`);
  let h = hex.trim().toLowerCase();
  if (h.startsWith('0x')) h = h.slice(2);
  if (h.length === 0) fail(`${name}: empty bytecode`);
  if (h.includes('__')) fail(`${name}: bytecode has unlinked library placeholders`);
  if (!/^[0-9a-f]*$/.test(h) || h.length % 2 !== 0) fail(`${name}: bytecode is not valid hex`);
  return h;
}

// Resolves an import that is not one of our own sources: package imports
// (e.g. "@openzeppelin/contracts/...") from node_modules, anything else
// relative to contracts/. Never reads outside contracts/.
function findImport(importPath) {
  const candidates = [path.join(NODE_MODULES, importPath), path.join(ROOT, importPath)];
  for (const p of candidates) {
    const rel = path.relative(ROOT, p);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (fs.existsSync(p) && fs.statSync(p).isFile()) {
      return { contents: fs.readFileSync(p, 'utf8') };
    }
  }
  return { error: `File not found: ${importPath} (looked in node_modules/ and contracts/)` };
}

function loadSolc() {
  let solc;
  try {
    solc = require('solc');
  } catch (e) {
    fail(`cannot load solc (run "npm ci" in contracts/ first): ${e.message}`);
  }
  const v = solc.version();
  if (!v.startsWith(SOLC_VERSION + '+')) fail(`solc ${SOLC_VERSION} expected, node_modules has ${v}`);
  return solc;
}

function listSol(dir, rel) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listSol(path.join(dir, e.name), r));
    else if (e.isFile() && e.name.endsWith('.sol')) out.push(r);
  }
  return out;
}

function compileSources(solc) {
  // Sources may sit in subdirectories (src/scenarios/...); unit names keep
  // the relative path with forward slashes on every platform.
  const files = listSol(SRC_DIR, '').sort();
  if (files.length === 0) fail(`no .sol files in ${SRC_DIR}`);
  const sources = {};
  for (const f of files) {
    // Source unit names are relative ("src/X.sol") so that the metadata hash
    // embedded in the bytecode does not depend on where the repo is checked out.
    sources[`src/${f}`] = { content: fs.readFileSync(path.join(SRC_DIR, f), 'utf8') };
  }
  // Deployed bytecode is selected only for the sources that need it.
  const outputSelection = { ...SETTINGS.outputSelection };
  for (const unit of Object.keys(sources)) {
    if (unit.startsWith(RUNTIME_DIR)) {
      outputSelection[unit] = { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] };
    }
  }
  const input = { language: 'Solidity', sources, settings: { ...SETTINGS, outputSelection } };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  let broken = false;
  for (const e of output.errors || []) {
    const file = e.sourceLocation ? e.sourceLocation.file : '';
    const ours = file.startsWith('src/');
    const text = e.formattedMessage || e.message;
    if (e.severity === 'error') {
      broken = true;
      process.stderr.write(`ERROR ${text}\n`);
    } else if (e.severity === 'warning' && ours) {
      // Keep our own sources warning-free.
      broken = true;
      process.stderr.write(`WARNING (treated as error) ${text}\n`);
    } else if (e.severity === 'warning') {
      process.stderr.write(`warning ${text}\n`);
    }
  }
  if (broken) fail('compilation failed');

  const artifacts = {};
  for (const unit of Object.keys(output.contracts || {}).sort()) {
    if (!unit.startsWith('src/')) continue;
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      const c = output.contracts[unit][name];
      const bin = c.evm && c.evm.bytecode ? c.evm.bytecode.object : '';
      if (!bin) continue; // interfaces and abstract contracts are not deployed
      if (artifacts[name]) fail(`contract name ${name} defined twice`);
      artifacts[name] = { abi: c.abi, bin: normalizeHex(name, bin), from: unit };
      if (unit.startsWith(RUNTIME_DIR)) {
        const rt = c.evm.deployedBytecode ? c.evm.deployedBytecode.object : '';
        artifacts[name].runtime = normalizeHex(`${name} (runtime)`, rt);
      }
    }
  }
  return artifacts;
}

function thirdParty() {
  const artifacts = {};
  for (const t of THIRD_PARTY) {
    const p = path.join(NODE_MODULES, t.file);
    if (!fs.existsSync(p)) fail(`${t.file} not found (run "npm ci" in contracts/)`);
    const j = JSON.parse(fs.readFileSync(p, 'utf8'));
    if (!Array.isArray(j.abi)) fail(`${t.file}: no abi array`);
    artifacts[t.name] = { abi: j.abi, bin: normalizeHex(t.name, j.bytecode), from: t.file };
  }
  return artifacts;
}

function main() {
  const solc = loadSolc();
  const ours = compileSources(solc);
  const theirs = thirdParty();
  const all = { ...ours };
  for (const name of Object.keys(theirs)) {
    if (all[name]) fail(`${name} is both compiled from src/ and taken from npm`);
    all[name] = theirs[name];
  }

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const wanted = new Set();
  for (const name of Object.keys(all).sort()) {
    const a = all[name];
    const abiFile = `${name}.abi`;
    const binFile = `${name}.bin`;
    fs.writeFileSync(path.join(OUT_DIR, abiFile), JSON.stringify(sortKeys(a.abi), null, 2) + '\n');
    fs.writeFileSync(path.join(OUT_DIR, binFile), a.bin + '\n');
    wanted.add(abiFile).add(binFile);
    if (a.runtime) {
      fs.writeFileSync(path.join(OUT_DIR, `${name}.runtime`), a.runtime + '\n');
      wanted.add(`${name}.runtime`);
    }
    process.stdout.write(`${name.padEnd(28)} ${String(a.bin.length / 2).padStart(6)} bytes  (${a.from})\n`);
  }
  for (const f of fs.readdirSync(OUT_DIR).sort()) {
    if ((f.endsWith('.abi') || f.endsWith('.bin') || f.endsWith('.runtime')) && !wanted.has(f)) {
      fs.unlinkSync(path.join(OUT_DIR, f));
      process.stdout.write(`removed stale ${f}\n`);
    }
  }
}

main();
