// Preloaded (node -r) into the API only for the profiling run: SIGUSR2 exits the process
// normally, so that --cpu-prof writes its profile (a signal death would not).
process.prependListener('SIGUSR2', () => process.exit(0));
