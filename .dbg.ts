import { buildRegistry } from './src/attribute/speakers.js';
import { readFileSync } from 'node:fs';
const text = readFileSync('/tmp/mp.txt', 'utf8');
const reg = buildRegistry(text);
const e = reg.entities.get('Mansfield Park');
console.log(e, reg.occurrences.filter(o => o.entity === e).length);
