// A process that cannot start, like an API given an invalid configuration.
process.stderr.write('Invalid configuration: PORT must be a whole number\n');
process.exit(1);
