#!/usr/bin/env node
// Runs the search script's stemmers (Templates/assets/search.js) on the word lists that the
// Swift stemmers are tested with (Tests/GuidepostCoreTests/Fixtures/stemming/), so that a query
// is stemmed in the browser exactly as the index was stemmed at build time. Exits 1 on any
// difference. Usage: node scripts/check_stemmers.js (from the repository root or anywhere).
"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");

const root = path.resolve(__dirname, "..");
const source = fs.readFileSync(path.join(root, "Templates/assets/search.js"), "utf8");
// Outside a browser the script hands over its stemmers in module.exports and stops.
const sandbox = { module: { exports: {} } };
vm.runInNewContext(source, sandbox, { filename: "search.js" });
const stemmers = sandbox.module.exports;

let failed = 0;
let checked = 0;
for (const language of ["english", "spanish"]) {
  const stem = stemmers[language];
  if (typeof stem !== "function") {
    console.error(`search.js has no ${language} stemmer`);
    process.exit(1);
  }
  const list = fs.readFileSync(path.join(root, "Tests/GuidepostCoreTests/Fixtures/stemming", language + ".txt"), "utf8");
  let pairs = 0;
  for (const line of list.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [word, expected] = line.split(" ");
    const got = stem(word);
    pairs += 1;
    if (got !== expected) {
      failed += 1;
      console.error(`${language}: ${word} gives ${got}, expected ${expected}`);
    }
  }
  if (pairs < 60) {
    console.error(`${language}: only ${pairs} words in the list`);
    failed += 1;
  }
  checked += pairs;
}
if (failed) console.error(`search.js stemmers: ${failed} of ${checked} words differ from the lists`);
else console.log(`search.js stemmers: the stems of all ${checked} words agree with the Swift stemmers' lists`);
process.exit(failed ? 1 : 0);
