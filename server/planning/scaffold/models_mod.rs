// One `pub mod` line per model file; nocodo adds them as tasks create the files.
