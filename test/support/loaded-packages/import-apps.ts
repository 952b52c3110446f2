// Loads the code of the API and the worker as their start does, without starting them.
await import('../../../apps/api/src/create-api-app.js');
await import('../../../apps/worker/src/create-worker-app.js');
