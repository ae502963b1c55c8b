// Runs in every test worker: the infrastructure chosen by the global setup travels in env vars.
process.env.TZ = 'UTC';
