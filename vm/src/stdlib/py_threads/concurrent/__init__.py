# Package for concurrent-execution modules (see concurrent.futures).
