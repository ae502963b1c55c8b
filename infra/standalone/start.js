#!/usr/bin/env node
// Standalone mode: all six services in one process on embedded storage with an in-process bus
// and demo data. The services land issue by issue; until the first one exists this says so.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const services = fs.existsSync(path.join(__dirname, '../../services'))
  ? fs
      .readdirSync(path.join(__dirname, '../../services'))
      .filter((d) => fs.existsSync(path.join(__dirname, '../../services', d, 'package.json')))
  : [];
if (services.length === 0) {
  console.error(
    'The standalone back office (all six services on embedded PostgreSQL and an in-process bus, with demo data)\n' +
      'starts here once the first service has landed. Today the kernel is in place: run `npm test` to exercise it\n' +
      'against a real Kafka broker and PostgreSQL.',
  );
  process.exit(1);
}
