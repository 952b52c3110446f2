// Imported first by benchmarks that run the app inside their own process: libraries that pick their build from
// NODE_ENV when loaded (React renders every mail) must run as in production (the Dockerfile sets it), not in their
// development build, which checks every element and ran the mail pipeline at a fraction of its speed.
process.env.NODE_ENV = 'production';
